import type { z } from 'zod';
import { hasMessage, type MessageKey, type MessageParams } from '../i18n/catalog';

export interface ValidationProblem {
  key: MessageKey;
  params: MessageParams;
  field: string;
}

type Issue = z.ZodError['issues'][number];

/**
 * The one mapping from a zod issue to a catalogue message, used by the router, the services and
 * the renderer's forms. Our schemas name their message keys directly
 * ("companies.error.name.required"); anything else falls back to a generic message that still
 * names the field.
 */
export function describeIssue(issue: Issue): ValidationProblem {
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
    return { key: isMissing(issue) ? 'error.validation.required' : 'error.validation.type', params, field };
  }
  return { key: 'error.validation.invalid', params, field };
}

/** A value left out, rather than one of the wrong kind. zod keeps the input only when asked to
 * (reportInput); otherwise its message ends "received undefined". */
function isMissing(issue: Issue): boolean {
  return 'input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
}

/** The first problem of a failed parse (what the router reports). */
export function describeValidationIssue(error: z.ZodError): ValidationProblem {
  const issue = error.issues[0];
  return issue ? describeIssue(issue) : { key: 'error.validation.invalid', params: { field: '?' }, field: '' };
}

/** The first problem of each field, by field path ("employee.idNumber"; "" for the whole input): what a form shows. */
export function describeIssuesByField(error: z.ZodError): Record<string, ValidationProblem> {
  const byField: Record<string, ValidationProblem> = {};
  for (const issue of error.issues) {
    const problem = describeIssue(issue);
    if (!(problem.field in byField)) byField[problem.field] = problem;
  }
  return byField;
}
