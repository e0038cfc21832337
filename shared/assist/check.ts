// Reads any ASSIST text file (ours or another program's) and lists what the portal would reject or
// what looks wrong, with line and column. Pure: the bytes come in, problems (message keys) go out.
//
// In steps, each returning its results: the lines and their characters (check-lines.ts), which
// layout (detectLayout, here), each field by its kind (check-fields.ts), each record as a whole
// (check-record.ts), and its amounts against PERKESO's tables (check-amounts.ts).
import { formatRinggit } from '../money/sen';
import type { FileTotals, ReportItem } from './build';
import { readLines, type Line } from './check-lines';
import { problemAt, type CheckProblem } from './check-problem';
import { checkRecordLine, newFileState, type RecordParts } from './check-record';
import { COMBINED_278, EIS_223, SOCSO_223, type AssistKind, type Layout } from './layouts';
import { otherFileKind } from '../file-check/lines';

export type { CheckProblem } from './check-problem';

/**
 * What the file is: one of the layouts, a 223-character file whose scheme is unknown, a file of
 * another agency's that another checker claimed (shared/file-check: KWSP's Form A, LHDN's CP39),
 * or unknown.
 */
export type DetectedLayout = AssistKind | 'socso-or-eis' | 'epf' | 'cp39' | null;

/** What the app knows of an employee, for checking a file against a company's records. */
export interface KnownEmployee {
  name: string;
  eisEligible: boolean;
  /** Why not eligible (a statutory message), when not. */
  eisReason?: ReportItem;
  /** SOCSO employer + employee computed from stored wages for the month; null when no wages are stored. */
  socsoSen: number | null;
  /** EIS employer + employee computed from stored wages; null when no wages are stored. */
  eisSen: number | null;
}

export interface CheckContext {
  employerCode: string;
  /** The employee with this file ID in the company, as of the month "YYYY-MM"; null when unknown. */
  lookup(idNumber: string, month: string): KnownEmployee | null;
}

export interface CheckInput {
  bytes: Uint8Array;
  /** The file's name, used as a hint for 223-character files (SOCSO_, PERKESO, 8A → SOCSO; EIS_, SIP → EIS). */
  fileName?: string;
  /** Overrides the name hint. */
  kind?: AssistKind;
  /** "YYYY-MM-DD": records for a later month are errors. */
  today: string;
  context?: CheckContext;
}

export interface CheckedRecord {
  line: number;
  employerCode: string;
  idNumber: string;
  name: string;
  /** "YYYY-MM", or null when field 5 is not a month. */
  month: string | null;
  /** Field 6 of a 223 file; fields 7–11 added up for the 278 file; null when not numeric. */
  amountSen: number | null;
  wagesSen?: number | null;
  status?: string;
  eventDate?: string;
}

export interface CheckResult {
  layout: DetectedLayout;
  /** How the layout was decided: 'length', 'fileName', 'given', 'content' (another checker claimed it: a Form A header, CP39 records) or 'unknown'. */
  layoutSource: 'length' | 'fileName' | 'given' | 'content' | 'unknown';
  records: CheckedRecord[];
  totals: FileTotals;
  problems: CheckProblem[];
  errors: number;
  warnings: number;
}

/** The scheme a file name points to, for a 223-character file. */
export function kindFromFileName(fileName: string | undefined): 'socso' | 'eis' | null {
  if (!fileName) return null;
  const base = (fileName.split(/[\\/]/).pop() ?? '').toUpperCase();
  if (/^(EIS|SIP)(?![A-Z])/.test(base)) return 'eis';
  if (/^(SOCSO|PERKESO|BORANG ?8A|8A)(?![A-Z])/.test(base)) {
    // "SOCSO-EIS-LINDUNG_…" is the 278 file; its length decides it anyway.
    return 'socso';
  }
  return null;
}

export function checkAssistFile(input: CheckInput): CheckResult {
  const read = readLines(input.bytes);
  const detection = detectLayout(read.lines, input);
  const checked = detection.layout ? checkRecords(detection.layout, detection.detected, read.lines, input) : null;
  const totals: FileTotals = checked?.totals ?? { records: 0, amountSen: 0, amount: formatRinggit(0) };
  // A file of no known layout (a CSV, a PDF) is said in one line: what it looks like and what to
  // choose instead, not one error per line about line ends and characters it was never meant to have.
  const problems = detection.layout ? [...read.problems, ...detection.problems, ...(checked?.problems ?? [])] : detection.problems;
  problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { layout: detection.detected, layoutSource: detection.layoutSource, records: checked?.records ?? [], totals, problems, errors, warnings: problems.length - errors };
}

interface Detection {
  layout: Layout | null;
  detected: DetectedLayout;
  layoutSource: CheckResult['layoutSource'];
  problems: CheckProblem[];
}

/** Step 2: the layout most lines have; for 223 characters, SOCSO or EIS from the kind given or the file name. */
function detectLayout(lines: readonly Line[], input: CheckInput): Detection {
  if (lines.length === 0) return { layout: null, detected: null, layoutSource: 'unknown', problems: [problemAt(0, null, 'assist.check.emptyFile', {})] };
  const count223 = lines.filter((l) => l.text.length === 223).length;
  const count278 = lines.filter((l) => l.text.length === 278).length;
  if (count278 > count223) return { layout: COMBINED_278, detected: 'lindung', layoutSource: 'length', problems: [] };
  if (count223 > 0) {
    const given = input.kind === 'socso' || input.kind === 'eis' ? input.kind : null;
    const hinted = given ?? kindFromFileName(input.fileName);
    return {
      layout: hinted === 'eis' ? EIS_223 : SOCSO_223,
      detected: hinted ?? 'socso-or-eis',
      layoutSource: given ? 'given' : hinted ? 'fileName' : 'unknown',
      problems: [],
    };
  }
  const kind = otherFileKind(input.bytes, lines[0]?.text ?? '');
  if (kind !== 'text') return { layout: null, detected: null, layoutSource: 'unknown', problems: [problemAt(0, null, `assist.check.notPortalFile.${kind}`, {})] };
  const lengths = [...new Set(lines.map((l) => l.text.length))].slice(0, 5).join(', ');
  return { layout: null, detected: null, layoutSource: 'unknown', problems: [problemAt(0, null, 'assist.check.unknownLayout', { lengths })] };
}

/** Steps 3–5 for every line, and the file's totals. */
function checkRecords(layout: Layout, detected: DetectedLayout, lines: readonly Line[], input: CheckInput) {
  const file = newFileState(input.today, input.context);
  const records: CheckedRecord[] = [];
  const problems: CheckProblem[] = [];
  let amountSen = 0;
  const parts: RecordParts = { wagesSen: 0, socsoEmployerSen: 0, socsoEmployeeSen: 0, eisEmployerSen: 0, eisEmployeeSen: 0, lindungEmployeeSen: 0 };
  for (const line of lines) {
    const checked = checkRecordLine(layout, detected, line, file);
    problems.push(...checked.problems);
    if (!checked.record) continue;
    records.push(checked.record);
    amountSen += checked.record.amountSen ?? 0;
    if (checked.parts) for (const key of Object.keys(parts) as (keyof RecordParts)[]) parts[key] += checked.parts[key];
  }
  const totals: FileTotals = { records: records.length, amountSen, amount: formatRinggit(amountSen) };
  if (layout.kind === 'lindung') totals.parts = parts;
  return { records, problems, totals };
}
