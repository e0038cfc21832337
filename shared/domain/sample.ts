// The sample company: what creating and removing it did.
import type { Company } from './company';

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
