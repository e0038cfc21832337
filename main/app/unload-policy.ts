// Closing (or reloading) the window while a screen has unsaved changes. The renderer keeps a
// beforeunload handler while it has unsaved typing (wages, a form); Electron then emits
// 'will-prevent-unload' instead of closing, and main asks the user, natively and in their
// language: Leave without saving, or Stay. Pure, unit-tested; unsaved-changes.ts applies it.
import { translate, type Locale } from '../../shared/i18n/catalog';

export const LEAVE_BUTTON = 0;
export const STAY_BUTTON = 1;

export interface UnloadPrompt {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: [string, string];
  /** Stay is the default and what Esc (or closing the dialog) answers: typing is never lost by accident. */
  defaultId: typeof STAY_BUTTON;
  cancelId: typeof STAY_BUTTON;
  noLink: true;
}

export function unloadPrompt(locale: Locale): UnloadPrompt {
  return {
    type: 'warning',
    title: translate(locale, 'desktop.unsaved.title'),
    message: translate(locale, 'desktop.unsaved.message'),
    detail: translate(locale, 'desktop.unsaved.detail'),
    buttons: [translate(locale, 'desktop.unsaved.leave'), translate(locale, 'desktop.unsaved.stay')],
    defaultId: STAY_BUTTON,
    cancelId: STAY_BUTTON,
    noLink: true,
  };
}

/**
 * The dialog's answer → whether the window may unload. Only the Leave button leaves; anything
 * else (Stay, Esc, an unexpected index) keeps the window and what was typed.
 */
export function shouldLeave(response: number): boolean {
  return response === LEAVE_BUTTON;
}
