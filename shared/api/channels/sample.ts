// "Try Caruman with sample data" and "Remove sample data".
import { z } from 'zod';
import { channel } from '../channel';
import { companyIdSchema } from '../../domain/company';
import type { SampleCreated, SampleRemoved } from '../../domain/sample';

export type { SampleCreated, SampleRemoved } from '../../domain/sample';

export const sampleChannels = {
  'sample:create': channel<SampleCreated>()(z.object({}).strict()),
  /** Refused (FORBIDDEN) for a company that is not a sample. */
  'sample:remove': channel<SampleRemoved>()(z.object({ companyId: companyIdSchema }).strict()),
};
