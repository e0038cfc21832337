import { describe, expect, it } from 'vitest';
import { IPC_INVOKE_CHANNEL } from '../../../main/app/ipc-channel';
import { forbiddenSenderResult, isTrustedSender } from '../../../main/app/ipc-sender';
import { translate } from '../../../shared/i18n/catalog';

describe('IPC sender check', () => {
  it('trusts the main window top frame on app://caruman', () => {
    expect(isTrustedSender('app://caruman/index.html', true)).toBe(true);
    expect(isTrustedSender('app://caruman/index.html#/companies', true)).toBe(true);
  });

  it('refuses sub-frames and other windows even on the app origin', () => {
    expect(isTrustedSender('app://caruman/index.html', false)).toBe(false);
  });

  it.each([
    'https://assist.perkeso.gov.my/',
    'http://localhost:5173/',
    'file:///app/dist/renderer/index.html',
    'app://caruman.evil/index.html',
    'app://user:pass@caruman/index.html',
    'about:blank',
    'data:text/html,x',
    '',
  ])('refuses a frame showing %j', (url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });

  it('refuses a missing frame', () => {
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender(null, true)).toBe(false);
  });

  it('answers refused callers with a translated FORBIDDEN result', () => {
    const en = forbiddenSenderResult('en');
    expect(en.ok).toBe(false);
    if (en.ok) return;
    expect(en.error.code).toBe('FORBIDDEN');
    expect(en.error.key).toBe('error.forbidden.sender');
    expect(en.error.message).toBe(translate('en', 'error.forbidden.sender'));
    expect(en.error.message).not.toBe('error.forbidden.sender');
    const ms = forbiddenSenderResult('ms');
    expect(!ms.ok && ms.error.message).toBe(translate('ms', 'error.forbidden.sender'));
  });

  it('uses one fixed channel name', () => {
    expect(IPC_INVOKE_CHANNEL).toBe('app:invoke');
  });
});
