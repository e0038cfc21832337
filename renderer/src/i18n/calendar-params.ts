// Months and dates in messages are written the Malaysian way in the language of the moment:
// months by name ("Disember 2026", "December 2026"), dates as DD/MM/YYYY, never "2026-12" or
// "2026-12-01". Messages are kept as { key, params } with months and dates as data (ISO), so the
// words follow a language switch; this writes such params out when the message is said.
import { formatMalaysianDate, formatMonthName, isIsoDate, isMonth } from '../../../shared/calendar';
import type { Locale, MessageParams } from '../../../shared/i18n/catalog';
import type { Message } from './messages';

export function withCalendarWords(message: Message, locale: Locale): Message {
  if (!message.params) return message;
  let params: MessageParams | null = null;
  for (const [name, value] of Object.entries(message.params)) {
    if (typeof value !== 'string') continue;
    const written = isMonth(value) ? formatMonthName(value, locale) : isIsoDate(value) ? formatMalaysianDate(value) : null;
    if (written !== null) {
      params ??= { ...message.params };
      params[name] = written;
    }
  }
  return params ? { ...message, params } : message;
}
