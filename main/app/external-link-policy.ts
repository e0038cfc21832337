// When a page may hand a link to the user's browser (shell.openExternal). Pure decisions,
// unit-tested; main/app/external-links.ts applies them.
//
//  - Only an https URL the navigation policies already normalised (externalUrlFor,
//    portalExternalUrl) ever gets here.
//  - Only right after the user did something in that page (a click, a key, a tap): a page cannot
//    send the user to a web site on its own, from a timer or a hidden frame. The window is
//    Chromium's own for transient user activation (5 s), and one gesture opens at most one prompt.
//  - Never silently: the user sees the full address in a native dialog and chooses Open or Cancel;
//    while one prompt is open, others are dropped (a page cannot queue a stream of them).
import { translate, type Locale } from '../../shared/i18n/catalog';
import { ACT_BUTTON, actChosen, SAFE_BUTTON, safeChoicePrompt, type SafeChoicePrompt } from './safe-choice-prompt';

/** Chromium's transient user activation lasts 5 seconds (HTML "transient activation duration"). */
export const USER_ACTIVATION_MS = 5_000;

/** Input that counts as a user gesture (what gives a page transient activation in HTML). */
const ACTIVATING_INPUT = new Set(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'pointerDown', 'pointerUp', 'touchEnd', 'gestureTap']);

/** Electron's InputEvent.type; mouse moves, wheels and key releases are not gestures. */
export function isActivatingInput(type: unknown): boolean {
  return typeof type === 'string' && ACTIVATING_INPUT.has(type);
}

export interface ExternalOpenState {
  /** When the page last had an activating input (ms since the epoch), or null. */
  lastActivationAt: number | null;
  /** A prompt is already on screen. */
  promptOpen: boolean;
}

export type ExternalOpenDecision =
  | { action: 'ask'; url: string }
  | { action: 'ignore'; reason: 'not-https' | 'no-gesture' | 'prompt-open' };

export function decideExternalOpen(url: string | null | undefined, state: ExternalOpenState, now: number): ExternalOpenDecision {
  if (typeof url !== 'string' || !url.startsWith('https://')) return { action: 'ignore', reason: 'not-https' };
  if (state.promptOpen) return { action: 'ignore', reason: 'prompt-open' };
  const since = state.lastActivationAt === null ? Number.POSITIVE_INFINITY : now - state.lastActivationAt;
  if (!(since >= 0 && since <= USER_ACTIVATION_MS)) return { action: 'ignore', reason: 'no-gesture' };
  return { action: 'ask', url };
}

/** Index of the "Open in browser" button; Cancel is the default and what Esc answers. */
export const OPEN_BUTTON = ACT_BUTTON;
export const CANCEL_BUTTON = SAFE_BUTTON;

export type ExternalOpenPrompt = SafeChoicePrompt<'question'>;

/** The native dialog's options, in the user's language; the full address is the detail, on its own line. */
export function externalOpenPrompt(locale: Locale, url: string): ExternalOpenPrompt {
  const host = new URL(url).host;
  return safeChoicePrompt('question', {
    title: translate(locale, 'desktop.external.title'),
    message: translate(locale, 'desktop.external.message', { host }),
    detail: url,
    act: translate(locale, 'desktop.external.open'),
    safe: translate(locale, 'desktop.external.cancel'),
  });
}

/** The dialog's answer: open only on the Open button. */
export const openChosen = actChosen;
