// What a month's files report beyond ASSIST's own: each file's totals for KWSP and LHDN, and who
// was left out of which file. Stored with every run (report_json), so only additions: a report
// written before the EPF and CP39 files existed reads the same.
import type { FileTotals, LeftOut, NameChangeReport } from '../assist/build';
import type { FileFamily, MonthFileKind } from './kinds';

/** Form A: the shares (whole ringgit, in sen) and the EPF wages of the members written. */
export interface EpfFileTotals {
  wagesSen: number;
  employerSen: number;
  employeeSen: number;
}

/** CP39: the PCB and CP38 deducted, and how many employees have each (the header's counts). */
export interface PcbFileTotals {
  pcbSen: number;
  pcbRecords: number;
  cp38Sen: number;
  cp38Records: number;
}

/**
 * A file's totals. amountSen is what is paid for it: PERKESO's contributions, KWSP's employer +
 * employee shares, LHDN's PCB + CP38.
 */
export interface MonthFileTotals extends FileTotals {
  epf?: EpfFileTotals;
  pcb?: PcbFileTotals;
}

export interface MonthLeftOut extends Omit<LeftOut, 'kind'> {
  kind: MonthFileKind;
}

/** A name written differently from the record; `family` absent: the ASSIST files (reports before migration 9). */
export interface MonthNameChange extends NameChangeReport {
  family?: FileFamily;
}
