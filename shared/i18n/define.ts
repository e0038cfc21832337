// Message catalogues are split by area (shared/i18n/messages/<area>.ts) so that each feature owns
// its words. English defines the keys; the compiler refuses a Malay catalogue that misses one.
export const LOCALES = ['ms', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ms';

export type Messages<K extends string> = Record<K, string>;

export function defineMessages<const E extends Record<string, string>>(catalogue: {
  en: E;
  ms: Messages<keyof E & string>;
}): { en: E; ms: Messages<keyof E & string> } {
  return catalogue;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
