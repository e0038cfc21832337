// "Try Caruman with sample data" and "Remove sample data".
import { z } from 'zod';
import { channel } from '../channel';
import { companyIdSchema, type Company } from '../../domain/company';

export interface SampleCreated {
  company: Company;
  employees: number;
  /** The two months with wages ("YYYY-MM"), older first. */
  months: [string, string];
}

export interface SampleRemoved {
  companyId: number;
  /** The removed company's UUID (its portal session, wiped with it). */
  companyUuid: string;
  /** Rows deleted per table. */
  deleted: Record<string, number>;
}

export const sampleChannels = {
  'sample:create': channel<SampleCreated>()(z.object({}).strict()),
  /** Refused (FORBIDDEN) for a company that is not a sample. */
  'sample:remove': channel<SampleRemoved>()(z.object({ companyId: companyIdSchema }).strict()),
};
