// The one rule for the text of a cell read from a user's file, whatever its format.

/**
 * Characters no name, ID or note ever holds, and that can hide or corrupt what is written to the
 * ASSIST files: C0 controls except tab and line breaks (NUL, ESC, …), DEL, C1 controls, and the
 * Unicode bidirectional embeddings, overrides and isolates (which make text display differently
 * from what it is). U+FFFD is what a lossy decoder leaves for bytes it could not read.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The first forbidden control character in text, written as "U+001B", or null when there is none. */
export function controlCharacterIn(text: string): string | null {
  const match = CONTROL.exec(text);
  if (!match) return null;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A value quoted back to the user in a message: at most `max` characters, with "…" when cut. */
export function quotedValue(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
