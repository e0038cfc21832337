// The files made when none are named (apart from kinds.ts: PERKESO's default follows the
// statutory rules, whose tables the CLI's --help must not load).
import { defaultKinds } from '../assist/build';
import type { MonthFileKind } from './kinds';

/**
 * The files made when none are named: PERKESO's as ASSIST decides (one file to upload from
 * LINDUNG's start), KWSP's Form A when the company has its KWSP employer number, and LHDN's CP39
 * when it has its LHDN employer number and the pay run can say the month's PCB.
 */
export function defaultMonthFileKinds(
  month: string,
  company: { epfEmployerNumber: string | null; taxEmployerNumber: string | null },
  pcbAvailable: boolean,
): MonthFileKind[] {
  const kinds: MonthFileKind[] = [...defaultKinds(month)];
  if (company.epfEmployerNumber) kinds.push('epf');
  if (company.taxEmployerNumber && pcbAvailable) kinds.push('pcb');
  return kinds;
}
