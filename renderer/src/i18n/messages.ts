// A message that is not text yet: a catalogue key and its parameters. Screens keep errors and
// status lines in this form so they are re-said in the new language after a language switch.
import { hasMessage, translate, type Locale, type MessageParams } from '../../../shared/i18n/catalog';
import { ApiError, BridgeMissingError } from '../api/client';

export interface Message {
  key: string;
  params?: MessageParams;
  /** Text to show when the key is not in this renderer's catalogue (a newer main process). */
  fallback?: string;
}

export function say(locale: Locale, message: Message): string {
  if (message.fallback !== undefined && !hasMessage(message.key)) return message.fallback;
  return translate(locale, message.key, message.params);
}

/** What to tell the user about anything a call threw. */
export function messageOf(error: unknown): Message {
  if (error instanceof ApiError) return { key: error.key, params: error.params, fallback: error.message };
  if (error instanceof BridgeMissingError) return { key: error.key };
  console.error(error);
  return { key: 'error.internal' };
}
