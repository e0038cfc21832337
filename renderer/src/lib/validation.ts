import type { z } from 'zod';
import { describeIssuesByField } from '../../../shared/api/validation-issue';
import type { Message } from '../i18n/messages';

/**
 * The first problem of each field of a failed shared-schema parse, as messages for the form
 * (the mapping itself is shared with the router: shared/api/validation-issue.ts).
 */
export function fieldMessages(error: z.ZodError): Record<string, Message> {
  return Object.fromEntries(Object.entries(describeIssuesByField(error)).map(([field, { key, params }]) => [field, { key, params }]));
}
