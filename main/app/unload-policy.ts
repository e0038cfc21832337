// Closing (or reloading) the window while a screen has unsaved changes. The renderer keeps a
// beforeunload handler while it has unsaved typing (wages, a form); Electron then emits
// 'will-prevent-unload' instead of closing, and main asks the user, natively and in their
// language: Leave without saving, or Stay. Pure, unit-tested; unsaved-changes.ts applies it.
import { translate, type Locale } from '../../shared/i18n/catalog';
import { ACT_BUTTON, actChosen, SAFE_BUTTON, safeChoicePrompt, type SafeChoicePrompt } from './safe-choice-prompt';

export const LEAVE_BUTTON = ACT_BUTTON;
/** Stay is the default and what Esc (or closing the dialog) answers: typing is never lost by accident. */
export const STAY_BUTTON = SAFE_BUTTON;

export type UnloadPrompt = SafeChoicePrompt<'warning'>;

export function unloadPrompt(locale: Locale): UnloadPrompt {
  return safeChoicePrompt('warning', {
    title: translate(locale, 'desktop.unsaved.title'),
    message: translate(locale, 'desktop.unsaved.message'),
    detail: translate(locale, 'desktop.unsaved.detail'),
    act: translate(locale, 'desktop.unsaved.leave'),
    safe: translate(locale, 'desktop.unsaved.stay'),
  });
}

/**
 * The dialog's answer → whether the window may unload. Only the Leave button leaves; anything
 * else (Stay, Esc, an unexpected index) keeps the window and what was typed.
 */
export const shouldLeave = actChosen;
