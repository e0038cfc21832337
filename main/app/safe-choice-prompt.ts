// A native dialog with two buttons where the second is the safe one: it is the default, and what
// Esc or closing the dialog answers, so nothing happens by accident (a web site opened, typing
// lost). The policies (external-link-policy.ts, unload-policy.ts) say the words; this says the shape.

/** The button that acts (Open in browser, Leave without saving). */
export const ACT_BUTTON = 0;
/** The button that changes nothing (Cancel, Stay): the default. */
export const SAFE_BUTTON = 1;

export interface SafeChoicePrompt<Type extends 'question' | 'warning'> {
  type: Type;
  title: string;
  message: string;
  detail: string;
  buttons: [act: string, safe: string];
  defaultId: typeof SAFE_BUTTON;
  cancelId: typeof SAFE_BUTTON;
  noLink: true;
}

/** Electron's showMessageBox options for the two choices, the safe one the default. */
export function safeChoicePrompt<Type extends 'question' | 'warning'>(
  type: Type,
  words: { title: string; message: string; detail: string; act: string; safe: string },
): SafeChoicePrompt<Type> {
  return {
    type,
    title: words.title,
    message: words.message,
    detail: words.detail,
    buttons: [words.act, words.safe],
    defaultId: SAFE_BUTTON,
    cancelId: SAFE_BUTTON,
    noLink: true,
  };
}

/** The dialog's answer: only the acting button acts; anything else (the safe one, Esc, an unexpected index) does not. */
export function actChosen(response: number): boolean {
  return response === ACT_BUTTON;
}
