// Where a company's month stands with KWSP and LHDN, and when each is due: the month-end
// dashboard's KWSP and LHDN columns, and last year's Forms EA and Form E from January. Pure
// given the figures: the dashboard row gathers them.
import { daysBetween, monthNumberOf, yearOfMonth } from '../../../shared/calendar';
import { contributionMonthOf, daysToEpfDeadline, epfDueDate, estimateEpfLateCharge } from '../../../shared/epf';
import { eaDueDate, formEDueDate, pcbDueDate } from '../../../shared/tax/deadlines';
import type { FilingFile, FilingMark, FilingStage, KwspFiling, LhdnFiling, YearEndDeadlines } from '../../../shared/domain/month-end';

/** The forms for last year are shown from January until Form E is due (31 March). */
const YEAR_END_SHOWN_UNTIL_MONTH = 3;

function stageOf(mark: FilingMark | null, file: FilingFile | null, amountSen: number | null, hasEmployerNumber: boolean): FilingStage {
  if (mark !== null) return mark;
  if (file !== null) return file.outOfDate ? 'out_of_date' : 'made';
  if (amountSen === null) return hasEmployerNumber ? 'unknown' : 'no_employer_number';
  if (amountSen === 0) return 'nothing_due';
  return hasEmployerNumber ? 'to_make' : 'no_employer_number';
}

/**
 * CHOSEN: Caruman follows a company's KWSP (LHDN) month once it has its KWSP (LHDN) employer
 * number, or a file or a mark says it files there: before that, "no employer number", never
 * "overdue" — a company that pays KWSP outside Caruman is not told every past month is late.
 */
function followed(input: FilingInput): boolean {
  return input.hasEmployerNumber || input.file !== null || input.mark !== null;
}

export interface FilingInput {
  month: string;
  today: string;
  mark: FilingMark | null;
  file: FilingFile | null;
  hasEmployerNumber: boolean;
}

/**
 * KWSP: due on the 15th of the contribution month (E8); while overdue, the late-payment charge
 * estimated with the dividend rate of the contribution month's year (EPF.md §5), or a note that
 * the rate is not entered yet — never a guessed rate.
 */
export function kwspFiling(input: FilingInput & { amountSen: number; dividendRateBp: (year: number) => number | null }): KwspFiling {
  const { month, today, mark, file, amountSen } = input;
  const daysToDeadline = daysToEpfDeadline(month, today);
  const overdue = daysToDeadline < 0 && mark !== 'paid' && amountSen > 0 && followed(input);
  let lateCharge: KwspFiling['lateCharge'] = null;
  if (overdue) {
    const dividendYear = yearOfMonth(contributionMonthOf(month));
    const rateBp = input.dividendRateBp(dividendYear);
    if (rateBp === null) lateCharge = { kind: 'rateMissing', dividendYear };
    else {
      const estimate = estimateEpfLateCharge(month, amountSen, today, rateBp);
      lateCharge = { kind: 'estimate', chargeSen: estimate.chargeSen, rateBp: estimate.chargeRateBp, dividendYear, daysLate: estimate.daysLate, minimumApplied: estimate.minimumApplied };
    }
  }
  return { stage: stageOf(mark, file, amountSen, input.hasEmployerNumber), mark, file, amountSen, dueDate: epfDueDate(month), daysToDeadline, overdue, lateCharge };
}

/** LHDN: PCB and CP38 deducted in the month are due by the 15th of the next month (PCB.md §6.1). */
export function lhdnFiling(input: FilingInput & { amountSen: number | null }): LhdnFiling {
  const { month, today, mark, file, amountSen } = input;
  const dueDate = pcbDueDate(month);
  const daysToDeadline = daysBetween(today, dueDate);
  const owed = amountSen ?? file?.totalSen ?? 0;
  const overdue = daysToDeadline < 0 && mark !== 'paid' && owed > 0 && followed(input);
  return { stage: stageOf(mark, file, amountSen, input.hasEmployerNumber), mark, file, amountSen, dueDate, daysToDeadline, overdue };
}

/** Last year's Forms EA and Form E, from January to 31 March, for a company that paid anyone last year. */
export function yearEndDeadlines(today: string, paidAnyoneIn: (year: number) => boolean): YearEndDeadlines | null {
  const month = today.slice(0, 7);
  if (monthNumberOf(month) > YEAR_END_SHOWN_UNTIL_MONTH) return null;
  const year = yearOfMonth(month) - 1;
  if (!paidAnyoneIn(year)) return null;
  const ea = eaDueDate(year);
  const formE = formEDueDate(year);
  return { year, ea: { dueDate: ea, daysToDeadline: daysBetween(today, ea) }, formE: { dueDate: formE, daysToDeadline: daysBetween(today, formE) } };
}
