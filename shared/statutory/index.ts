// The statutory engine's public face. Import from 'shared/statutory' rather than its files.
export { calculateContributions, contributionResultData, supportedMonthIndex, type ContributionInput, type ContributionResult, type SchemeContribution } from './calculate';
export { calculateContributionCase } from './calculate-case';
export {
  CONTRIBUTION_CASE_COLUMNS,
  OPTIONAL_CONTRIBUTION_CASE_COLUMNS,
  type CaseMessage,
  type CaseProblem,
  type ContributionCase,
  type ContributionCaseColumn,
  type ContributionCaseField,
  type ContributionCaseOutcome,
} from './cases';
export { decideCoverage, type Coverage, type SchemeStatus } from './coverage';
export { StatutoryError, type StatutoryErrorCode } from './errors';
export { bandLabel, type ExplanationItem } from './explanation';
export { type LindungPhase } from './derived-tables';
export { NATIONALITIES, isNationality, type Category, type Nationality, type PersonFacts, type PersonOverrides } from './person';
// Pay items live in shared/pay (every scheme reads them); re-exported for the SOCSO callers.
export { PAY_ITEMS, PAY_ITEM_NAMES, isLiablePayItem, isPayItemName, liableWagesSen, socsoWagesSen, type PayItemName, type PayItems } from '../pay/pay-items';
export { findRow, type RateRow, type RateTable, type Scheme } from './rate-table';
export * as rules from './rules';
export { ALL_TABLES, EIS_PERIODS, LINDUNG_PERIODS, SOCSO_PERIODS, eisTableFor, lindungTableFor, socsoTablesFor } from './schedule';
