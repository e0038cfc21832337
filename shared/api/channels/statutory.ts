// The statutory engine on typed cases (no database): SOCSO, EIS and LINDUNG 24 Jam for a batch of
// employee-months, each as a person typed it. `caruman calc` sends its options or its file here.
import { z } from 'zod';
import { channel } from '../channel';
import {
  CONTRIBUTION_CASE_COLUMNS,
  OPTIONAL_CONTRIBUTION_CASE_COLUMNS,
  type ContributionCaseField,
  type ContributionCaseOutcome,
} from '../../statutory/cases';

/** More cases than any company has employee-months in a year, yet a bounded reply. */
export const MAX_CASES_PER_CALL = 100_000;

const typedValue = z.string().max(200).optional();
const caseFields: ContributionCaseField[] = [...CONTRIBUTION_CASE_COLUMNS, ...OPTIONAL_CONTRIBUTION_CASE_COLUMNS, 'ic'];
const contributionCaseSchema = z
  .object(Object.fromEntries(caseFields.map((field) => [field, typedValue])) as Record<ContributionCaseField, typeof typedValue>)
  .strict();

export const statutoryChannels = {
  /** One outcome per case, in order: the contributions, or the problem with the field it belongs to. */
  'statutory:calculate': channel<ContributionCaseOutcome[]>()(z.object({ cases: z.array(contributionCaseSchema).min(1).max(MAX_CASES_PER_CALL) }).strict()),
};
