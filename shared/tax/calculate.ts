// The PCB engine: LHDN's computerised calculation of the monthly tax deduction for one employee and
// one month (PCB.md §1.10, §4, §5). Pure and synchronous; amounts are integer sen, rates basis
// points, and each product or quotient is truncated exactly where LHDN truncates (rules.ts, P10).
// The result carries every symbol's value; working.ts turns it into the worksheet's sentences.
import { MAX_SEN } from '../money/sen';
import { TaxError } from './errors';
import {
  afterMinimumRule,
  bandIndexFor,
  childReliefApplies,
  disabledSpouseReliefSen,
  FIRST_YEAR_OF_ASSESSMENT,
  hasAdditionalRemuneration,
  LAST_YEAR_OF_ASSESSMENT,
  monthsRemaining,
  netOfZakat,
  nonResidentPcbSen,
  nonResidentRateBp,
  roundUpTo5Sen,
  step1ETotalSen,
  truncatedProductSen,
  truncatedQuotientSen,
  yearTaxSen,
} from './rules';
import { taxYear, type TaxBand, type YearRules } from './schedule';
import type { ChargeableIncome, ChildCounts, PcbInput, PcbReliefs, PcbResult, TaxFacts } from './types';

/** A year's sums may hold twelve months of the largest monthly amount Caruman accepts. */
export const MAX_YEAR_SEN = 12 * MAX_SEN;
/** More qualifying children of one kind than this is a typing mistake. */
export const MAX_CHILDREN = 99;

/** PCB for one employee and one month. Throws TaxError for malformed input or a year outside YA2019–YA2026. */
export function calculatePcb(input: PcbInput): PcbResult {
  const year = yearRulesOf(input);
  const month = input.month;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new TaxError('VALIDATION', 'tax.error.month', { value: String(month) }, 'month');
  }
  const { employee, yearToDate: ytd, current } = input;
  validateFacts(employee);
  amount(ytd.sumYSen, 'yearToDate.sumYSen', MAX_YEAR_SEN);
  amount(ytd.sumKSen, 'yearToDate.sumKSen', MAX_YEAR_SEN);
  amount(ytd.xSen, 'yearToDate.xSen', MAX_YEAR_SEN);
  amount(ytd.zSen, 'yearToDate.zSen', MAX_YEAR_SEN);
  amount(ytd.sumLpSen, 'yearToDate.sumLpSen', MAX_YEAR_SEN);
  amount(current.y1Sen, 'current.y1Sen', MAX_SEN);
  amount(current.k1Sen, 'current.k1Sen', MAX_SEN);
  amount(current.lp1Sen, 'current.lp1Sen', MAX_SEN);
  amount(current.ytSen, 'current.ytSen', MAX_SEN);
  amount(current.ktSen, 'current.ktSen', MAX_SEN);
  amount(current.zakatSen, 'current.zakatSen', MAX_SEN);

  const n = monthsRemaining(month);
  if (!employee.resident) {
    const rateBp = nonResidentRateBp(input.yearOfAssessment);
    const remunerationSen = current.y1Sen + current.ytSen;
    const { truncatedSen, pcbSen } = nonResidentPcbSen(remunerationSen, rateBp);
    return { input, n, pcbSen, reliefs: null, normal: null, additional: null, nonResident: { rateBp, remunerationSen, truncatedSen } };
  }

  const reliefs = reliefsOf(year, employee, ytd.sumLpSen + current.lp1Sen);

  // Step 1 (or the whole month): P without this month's additional remuneration.
  const income = chargeableIncome(year, input, n, reliefs.totalSen, false);
  const mtdSen = truncatedQuotientSen(income.taxSen - (ytd.zSen + ytd.xSen), n + 1);
  const afterMinimumSen = afterMinimumRule(mtdSen);

  if (!hasAdditionalRemuneration(current.ytSen, current.ktSen)) {
    const roundedSen = roundUpTo5Sen(afterMinimumSen);
    const step1DSen = roundedSen - current.zakatSen;
    const normal = { income, zSen: ytd.zSen, xSen: ytd.xSen, mtdSen, afterMinimumSen, roundedSen, zakatSen: current.zakatSen, step1DSen };
    return { input, n, pcbSen: netOfZakat(roundedSen, current.zakatSen), reliefs, normal, additional: null, nonResident: null };
  }

  // Additional remuneration: LHDN's five steps (PCB.md §4). Step 1[D] keeps its sign; only the
  // Step 5 sum is rounded (P10).
  const step1DSen = afterMinimumSen - current.zakatSen;
  const normal = { income, zSen: ytd.zSen, xSen: ytd.xSen, mtdSen, afterMinimumSen, roundedSen: afterMinimumSen, zakatSen: current.zakatSen, step1DSen };
  const step1ESen = step1ETotalSen(ytd.xSen, mtdSen, n);
  const withAdditional = chargeableIncome(year, input, n, reliefs.totalSen, true);
  const step4Sen = withAdditional.taxSen - (step1ESen + ytd.zSen);
  const step4AfterMinimumSen = afterMinimumRule(step4Sen);
  const step5Sen = step1DSen + step4AfterMinimumSen;
  const additional = { step1ESen, income: withAdditional, step4Sen, step4AfterMinimumSen, step5Sen };
  return { input, n, pcbSen: roundUpTo5Sen(step5Sen), reliefs, normal, additional, nonResident: null };
}

/**
 * P = [Σ(Y − K) + (Y1 − K1) + [(Y2 − K2) × n] + (Yt − Kt)] − [D + S + DU + SU + QC + (ΣLP + LP1)],
 * with K + K1 + K2 × n + Kt within the year's total qualifying amount; then the band (P1) and the
 * year's tax. Step 1 leaves the additional remuneration out (and K2 is computed without Kt).
 */
function chargeableIncome(year: YearRules, input: PcbInput, n: number, deductionsSen: number, withAdditional: boolean): ChargeableIncome {
  const { yearToDate: ytd, current } = input;
  const capSen = year.reliefs.epfCapSen;
  const kSen = Math.min(ytd.sumKSen, capSen);
  const k1Sen = Math.min(current.k1Sen, capSen - kSen);
  const ktSen = withAdditional ? Math.min(current.ktSen, capSen - kSen - k1Sen) : 0;
  const ytSen = withAdditional ? current.ytSen : 0;
  const y2Sen = current.y1Sen;
  const k2Sen = n === 0 ? 0 : Math.min(k1Sen, truncatedQuotientSen(capSen - (kSen + k1Sen + ktSen), n));
  const pSen = ytd.sumYSen - kSen + (current.y1Sen - k1Sen) + (y2Sen - k2Sen) * n + (ytSen - ktSen) - deductionsSen;

  const bandIndex = bandIndexFor(year.bandFloorsSen, pSen);
  const band = year.bands[bandIndex] as TaxBand;
  const bSen = input.employee.category === 2 ? band.bCat2Sen : band.bCat13Sen;
  const taxOnExcessSen = bandIndex === 0 ? 0 : truncatedProductSen(pSen - band.mSen, band.rateBp);
  const taxSen = yearTaxSen(taxOnExcessSen + bSen);
  return { kSen, k1Sen, ktSen, y2Sen, k2Sen, ytSen, pSen, band, bSen, rebateSen: band.taxOnMSen - bSen, taxOnExcessSen, taxSen };
}

function reliefsOf(year: YearRules, facts: TaxFacts, lpSen: number): PcbReliefs {
  const r = year.reliefs;
  const dSen = r.individualSen;
  const sSen = facts.category === 2 ? r.spouseSen : 0;
  const duSen = facts.disabled ? r.disabledSen : 0;
  const suSen = disabledSpouseReliefSen(facts.spouseDisabled, r.disabledSpouseSen);
  const c = childReliefApplies(facts.category) ? childEquivalents(facts.children, r.childEquivalents) : 0;
  const qcSen = r.childSen * c;
  return { dSen, sSen, duSen, suSen, qSen: r.childSen, c, qcSen, lpSen, totalSen: dSen + sSen + duSen + suSen + qcSen + lpSen };
}

function childEquivalents(children: ChildCounts, as: ChildCounts): number {
  return (
    children.qualifying * as.qualifying +
    children.higherEducation * as.higherEducation +
    children.disabled * as.disabled +
    children.disabledHigherEducation * as.disabledHigherEducation
  );
}

function yearRulesOf(input: PcbInput): YearRules {
  const ya = input.yearOfAssessment;
  if (!Number.isInteger(ya)) throw new TaxError('VALIDATION', 'tax.error.year.format', { value: String(ya) }, 'yearOfAssessment');
  const year = taxYear(ya);
  if (year === null) {
    throw new TaxError('UNSUPPORTED', 'tax.error.year.unsupported', { year: ya, first: FIRST_YEAR_OF_ASSESSMENT, last: LAST_YEAR_OF_ASSESSMENT }, 'yearOfAssessment');
  }
  return year;
}

function amount(value: number, field: string, max: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new TaxError('VALIDATION', 'tax.error.amount', { value: String(value) }, field);
  }
}

function validateFacts(facts: TaxFacts): void {
  if (typeof facts.resident !== 'boolean') throw new TaxError('VALIDATION', 'tax.error.flag', { value: String(facts.resident) }, 'employee.resident');
  if (facts.category !== 1 && facts.category !== 2 && facts.category !== 3) {
    throw new TaxError('VALIDATION', 'tax.error.category', { value: String(facts.category) }, 'employee.category');
  }
  if (typeof facts.disabled !== 'boolean') throw new TaxError('VALIDATION', 'tax.error.flag', { value: String(facts.disabled) }, 'employee.disabled');
  if (typeof facts.spouseDisabled !== 'boolean') {
    throw new TaxError('VALIDATION', 'tax.error.flag', { value: String(facts.spouseDisabled) }, 'employee.spouseDisabled');
  }
  const children = facts.children;
  childCount(children.qualifying, 'employee.children.qualifying');
  childCount(children.higherEducation, 'employee.children.higherEducation');
  childCount(children.disabled, 'employee.children.disabled');
  childCount(children.disabledHigherEducation, 'employee.children.disabledHigherEducation');
}

function childCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_CHILDREN) {
    throw new TaxError('VALIDATION', 'tax.error.children', { value: String(value), max: MAX_CHILDREN }, field);
  }
}
