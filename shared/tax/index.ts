// The PCB (monthly tax deduction, MTD) engine's public face. Import from 'shared/tax' rather than its files.
export { calculatePcb, MAX_CHILDREN, MAX_YEAR_SEN } from './calculate';
export { daysUntil, eaDueDate, formEDueDate, pcbDueDate, PCB_DUE_DAY_OF_NEXT_MONTH } from './deadlines';
export { TaxError, type TaxErrorCode } from './errors';
export * as taxRules from './rules';
export { TAX_YEARS, taxYear, type TaxBand, type YearReliefs, type YearRules } from './schedule';
export type {
  AdditionalSteps,
  ChargeableIncome,
  ChildCounts,
  CurrentMonth,
  NonResidentSteps,
  NormalSteps,
  PcbInput,
  PcbReliefs,
  PcbResult,
  TaxCategory,
  TaxFacts,
  YearToDate,
} from './types';
export * from './cp39';
export { TP1_ITEMS_2026, type Tp1Item } from './tp1';
export { formatRate, pcbSymbols, pcbSymbolText, pcbWorking, type WorkingLine } from './working';
export { calculatePcbCase, pcbCaseInput } from './cases';
export { PCB_CASE_COLUMNS, type PcbCase, type PcbCaseColumn, type PcbCaseOutcome, type PcbCaseProblem } from './case-columns';
