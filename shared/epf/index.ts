// The EPF (KWSP) engine's public face. Import from 'shared/epf' rather than its files.
export {
  calculateEpf,
  supportedWageMonthIndex,
  type EpfBasis,
  type EpfInput,
  type EpfResult,
  type Keep11Use,
} from './calculate';
export { explainEpf, bandLabel, formatRateBp, formatShare, type EpfExplanationItem } from './explain';
export { EpfError, type EpfErrorCode } from './errors';
export {
  EPF_PARTS,
  EPF_STATUSES,
  defaultEpfStatus,
  isEpfStatus,
  type EpfPart,
  type EpfPerson,
  type EpfStatus,
} from './person';
export { bandEdges, bandIndexOf } from './bands';
export { EPF_EDITIONS, editionById, editionFor, tableOf, type EpfEdition, type PartRates } from './schedule';
export { type EpfTable } from './table';
export * as epfRules from './rules';
export { contributionMonthOf, wageMonthOf, type PartReason } from './rules';
export {
  daysToEpfDeadline,
  epfDueDate,
  estimateEpfLateCharge,
  knownDividendRateBp,
  KNOWN_DIVIDEND_RATES_BP,
  type EpfLateChargeEstimate,
} from './deadlines';
export { calculateEpfCase, epfCaseInput, epfResultData } from './calculate-case';
export {
  EPF_CASE_COLUMNS,
  MAX_EPF_CASES_PER_CALL,
  type EpfCase,
  type EpfCaseColumn,
  type EpfCaseOutcome,
  type EpfCaseProblem,
  type EpfResultData,
} from './cases';
