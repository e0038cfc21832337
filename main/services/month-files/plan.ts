// What one body's files of a month would be (PERKESO's ASSIST files, KWSP's Form A, LHDN's CP39),
// built in memory and checked, before anything is written: the service puts the plans of a set
// together, shows their warnings, refuses what would be wrong, and writes them as one set.
import { createHash } from 'node:crypto';
import type { ReportItem } from '../../../shared/assist';
import type { FileFamily, MonthFileKind } from '../../../shared/month-files/kinds';
import type { MonthFileTotals, MonthLeftOut, MonthNameChange } from '../../../shared/month-files/report';
import { formatRinggit } from '../../../shared/money/sen';

export interface PlannedFile {
  kind: MonthFileKind;
  fileName: string;
  /** The file's text; written as latin1 bytes (every kind is printable ASCII). */
  content: string;
  totals: MonthFileTotals;
}

/** A file's count and amount as every report shows them: sen, and the same in ringgit for the eye. */
export function fileTotals(records: number, amountSen: number): Pick<MonthFileTotals, 'records' | 'amountSen' | 'amount'> {
  return { records, amountSen, amount: formatRinggit(amountSen) };
}

/** What each employee's figures are in this family's files (stored per run, for differences later). */
export interface EpfSnapshot {
  epfWagesSen: number;
  epfEmployerSen: number;
  epfEmployeeSen: number;
}
export interface PcbSnapshot {
  pcbSen: number;
  cp38Sen: number;
}

export interface FamilyPlan {
  family: FileFamily;
  files: PlannedFile[];
  leftOut: MonthLeftOut[];
  nameChanges: MonthNameChange[];
  /** To see before writing; the files are still right to write. */
  warnings: ReportItem[];
  /** What would make the files wrong: none of this family is written while there is one. */
  refusals: ReportItem[];
  /** sha256 of the inputs that decide these files: a different value now means they are out of date. */
  fingerprint: string;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
