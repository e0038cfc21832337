import type { z } from 'zod';
import { hasMessage } from '../../../shared/i18n/catalog';
import type { Message } from '../i18n/messages';

/**
 * The first problem of each field of a failed shared-schema parse, as catalogue messages. The
 * shared schemas name their message keys directly ("companies.error.name.required").
 */
export function fieldMessages(error: z.ZodError): Record<string, Message> {
  const byField: Record<string, Message> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (field in byField) continue;
    const params: Record<string, string | number> = { field };
    if ('maximum' in issue && (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')) {
      params.max = Number(issue.maximum);
    }
    if ('minimum' in issue && (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')) {
      params.min = Number(issue.minimum);
    }
    byField[field] = hasMessage(issue.message) ? { key: issue.message, params } : { key: 'error.validation.invalid', params };
  }
  return byField;
}
