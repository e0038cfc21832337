import type { z } from 'zod';
import { hasMessage, type MessageKey, type MessageParams } from '../i18n/catalog';

export interface ValidationProblem {
  key: MessageKey;
  params: MessageParams;
  field: string;
}

/**
 * Turns zod's first issue into a catalogue message. Our schemas name their message keys directly
 * ("companies.error.name.required"); anything else falls back to a generic message that still
 * names the field.
 */
export function describeValidationIssue(error: z.ZodError): ValidationProblem {
  const issue = error.issues[0];
  if (!issue) return { key: 'error.validation.invalid', params: { field: '?' }, field: '' };
  const field = issue.path.map(String).join('.');
  const params: MessageParams = { field: field || 'input' };
  if ('maximum' in issue && (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')) {
    params.max = Number(issue.maximum);
  }
  if ('minimum' in issue && (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')) {
    params.min = Number(issue.minimum);
  }
  if (hasMessage(issue.message)) return { key: issue.message, params, field };
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { key: 'error.validation.unknownField', params: { field: field ? `${field}.${key}` : key }, field };
  }
  if (issue.code === 'invalid_type') {
    return { key: issue.input === undefined ? 'error.validation.required' : 'error.validation.type', params, field };
  }
  return { key: 'error.validation.invalid', params, field };
}
