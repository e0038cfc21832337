// Issue 11 item 14: a page reaches shell.openExternal only right after a user gesture in it, and
// only once the user has seen the full address and chosen Open (pure decisions; the glue is
// exercised in portal-view.test.ts and electron-glue.test.ts).
import { describe, expect, it } from 'vitest';
import {
  CANCEL_BUTTON,
  OPEN_BUTTON,
  USER_ACTIVATION_MS,
  decideExternalOpen,
  externalOpenPrompt,
  isActivatingInput,
  openChosen,
} from '../../../main/app/external-link-policy';

const NOW = 10_000_000;

describe('decideExternalOpen (issue 11 item 14)', () => {
  it('asks after a gesture in the last 5 seconds', () => {
    expect(decideExternalOpen('https://www.perkeso.gov.my/', { lastActivationAt: NOW - 10, promptOpen: false }, NOW)).toEqual({
      action: 'ask',
      url: 'https://www.perkeso.gov.my/',
    });
    expect(decideExternalOpen('https://x.example/', { lastActivationAt: NOW - USER_ACTIVATION_MS, promptOpen: false }, NOW).action).toBe('ask');
  });

  it.each([
    ['no gesture at all', null],
    ['a gesture 5 s and 1 ms ago', NOW - USER_ACTIVATION_MS - 1],
    ['a clock that went backwards', NOW + 60_000],
  ])('ignores a request with %s', (_what, lastActivationAt) => {
    expect(decideExternalOpen('https://x.example/', { lastActivationAt, promptOpen: false }, NOW)).toEqual({ action: 'ignore', reason: 'no-gesture' });
  });

  it('drops requests while a prompt is on screen, and anything that is not https', () => {
    expect(decideExternalOpen('https://x.example/', { lastActivationAt: NOW, promptOpen: true }, NOW)).toEqual({ action: 'ignore', reason: 'prompt-open' });
    for (const url of ['http://x.example/', 'file:///etc/passwd', 'javascript:alert(1)', '', null, undefined]) {
      expect(decideExternalOpen(url, { lastActivationAt: NOW, promptOpen: false }, NOW)).toEqual({ action: 'ignore', reason: 'not-https' });
    }
  });

  it('counts clicks, keys and taps as gestures, not moves, wheels or key releases', () => {
    for (const type of ['mouseDown', 'mouseUp', 'keyDown', 'rawKeyDown', 'touchEnd', 'gestureTap', 'pointerDown']) expect(isActivatingInput(type), type).toBe(true);
    for (const type of ['mouseMove', 'mouseWheel', 'keyUp', 'mouseEnter', 'char', 'gestureScrollBegin', '', undefined]) expect(isActivatingInput(type), String(type)).toBe(false);
  });
});

describe('externalOpenPrompt', () => {
  it('shows the whole address, defaults to Cancel, in the user’s language', () => {
    const url = 'https://www.perkeso.gov.my/faq?x=1#y';
    const en = externalOpenPrompt('en', url);
    expect(en).toMatchObject({ type: 'question', detail: url, defaultId: CANCEL_BUTTON, cancelId: CANCEL_BUTTON, noLink: true });
    expect(en.message).toBe('The page asks to open www.perkeso.gov.my in your web browser.');
    expect(en.buttons).toEqual(['Open in browser', 'Cancel']);
    const ms = externalOpenPrompt('ms', url);
    expect(ms.message).toBe('Halaman ini meminta untuk membuka www.perkeso.gov.my dalam pelayar web anda.');
    expect(ms.buttons).toEqual(['Buka dalam pelayar', 'Batal']);
    expect(openChosen(OPEN_BUTTON)).toBe(true);
    expect(openChosen(CANCEL_BUTTON)).toBe(false);
  });
});
