// The month's upload files, by kind: PERKESO's ASSIST files, KWSP's Form A (text, or its less
// certain CSV form) and LHDN's CP39. The kinds are the names `caruman export --format` takes;
// each belongs to one body (family) and goes to one portal. Pure: the app, the CLI and the
// services read the same lists.
import { ASSIST_KINDS, type AssistKind } from '../assist/layouts';

export const MONTH_FILE_KINDS = ['socso', 'eis', 'lindung', 'epf', 'epf-csv', 'pcb'] as const;
export type MonthFileKind = (typeof MONTH_FILE_KINDS)[number];

/** Who the file is for: PERKESO (ASSIST), KWSP (Form A) or LHDN (CP39). */
export type FileFamily = 'assist' | 'epf' | 'pcb';
export const FILE_FAMILIES: readonly FileFamily[] = ['assist', 'epf', 'pcb'];

export const EPF_KINDS = ['epf', 'epf-csv'] as const satisfies readonly MonthFileKind[];
export type EpfKind = (typeof EPF_KINDS)[number];

export function isMonthFileKind(value: unknown): value is MonthFileKind {
  return typeof value === 'string' && (MONTH_FILE_KINDS as readonly string[]).includes(value);
}

export function isAssistKind(kind: MonthFileKind): kind is AssistKind {
  return (ASSIST_KINDS as readonly string[]).includes(kind);
}

export function isEpfKind(kind: MonthFileKind): kind is EpfKind {
  return kind === 'epf' || kind === 'epf-csv';
}

export function familyOf(kind: MonthFileKind): FileFamily {
  if (isAssistKind(kind)) return 'assist';
  return isEpfKind(kind) ? 'epf' : 'pcb';
}

/**
 * Where each file is uploaded (PCB.md §6.1: e-PCB Plus took over e-CP39 and e-Data PCB in 2025;
 * EPF.md §4.1: i-Akaun (Majikan) takes Form A as TXT or CSV).
 */
export const PORTAL_OF_FAMILY: Readonly<Record<FileFamily, 'assist' | 'i-akaun' | 'e-pcb-plus'>> = {
  assist: 'assist',
  epf: 'i-akaun',
  pcb: 'e-pcb-plus',
};

/** The kinds in the order files are written and listed: ASSIST, then KWSP, then LHDN. */
export function inFileOrder(kinds: readonly MonthFileKind[]): MonthFileKind[] {
  return MONTH_FILE_KINDS.filter((kind) => kinds.includes(kind));
}

/**
 * The text file and the CSV form are the same Form A: both in one set would invite uploading the
 * same contributions twice (as ASSIST's 278-character file with a 223-character one), so a set
 * has at most one of them.
 */
export function mixesEpfForms(kinds: readonly MonthFileKind[]): boolean {
  return kinds.includes('epf') && kinds.includes('epf-csv');
}

export type FormatsProblem = { key: 'monthFiles.error.formatUnknown'; params: { value: string; known: string } } | { key: 'monthFiles.error.formatEmpty'; params: Record<string, never> };

/** "socso, EPF,pcb" → the kinds in file order, or what is wrong with the list (the CLI's --format). */
export function parseFormats(text: string): { kinds: MonthFileKind[] } | { problem: FormatsProblem } {
  const list = text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (list.length === 0) return { problem: { key: 'monthFiles.error.formatEmpty', params: {} } };
  const bad = list.find((k) => !isMonthFileKind(k));
  if (bad !== undefined) return { problem: { key: 'monthFiles.error.formatUnknown', params: { value: bad, known: MONTH_FILE_KINDS.join(', ') } } };
  return { kinds: inFileOrder(list as MonthFileKind[]) };
}
