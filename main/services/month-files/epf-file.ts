// KWSP's Form A for a wage month, from each employee's EPF (epf-figures.ts): the text file or its
// less certain CSV form (shared/epf/form-a builds both), checked by the same checker `caruman
// check` runs, with what the user must know before writing it — in words that say how to fix it.
import type { Company } from '../../../shared/domain/company';
import { toAsciiUpper } from '../../../shared/assist/text';
import type { ReportItem } from '../../../shared/assist';
import { buildFormACsv, buildFormAFile, checkFormAFile, MEMBER_02, formAFieldOf, type FormAFile, type FormAMember, type FormAMessage } from '../../../shared/epf/form-a';
import { compareMonths } from '../../../shared/calendar';
import { requirePassesOwnCheck } from './refusals';
import { FIRST_SUPPORTED_WAGE_MONTH } from '../../../shared/epf/rules';
import type { EpfKind } from '../../../shared/month-files/kinds';
import type { EpfFigure } from './epf-figures';
import { fileTotals, sha256, type EpfSnapshot, type FamilyPlan } from './plan';

export interface EpfFileInput {
  company: Pick<Company, 'name' | 'epfEmployerNumber'>;
  /** The wage month; the file carries the contribution month, the next one (E8). */
  month: string;
  figures: readonly EpfFigure[];
  kind: EpfKind;
  /** "YYYY-MM-DD": the file's date (record 00). */
  today: string;
}

export interface EpfFilePlan extends FamilyPlan {
  family: 'epf';
  /** What each employee's EPF is in this file (employees left out have zeros). */
  snapshot: Map<number, EpfSnapshot>;
}

/** Form A's own messages that get Caruman's wording with how to fix it. */
const ACTIONABLE: Partial<Record<string, string>> = {
  'epf.formA.error.employerNumberMissing': 'monthFiles.epf.noEmployerNumber',
  'epf.formA.warning.noMemberNumber': 'monthFiles.epf.noMemberNumber',
  'epf.formA.error.noMembers': 'monthFiles.epf.nobodyToPay',
};

/** The Form A's members (those the engine could compute), what each one's EPF is, and who could not be computed. */
export function epfMembersOf(figures: readonly EpfFigure[]): { members: FormAMember[]; snapshot: Map<number, EpfSnapshot>; problems: ReportItem[] } {
  const members: FormAMember[] = [];
  const snapshot = new Map<number, EpfSnapshot>();
  const problems: ReportItem[] = [];
  for (const figure of figures) {
    const e = figure.employee;
    if (figure.problem) problems.push(figure.problem);
    const result = figure.result;
    snapshot.set(e.id, { epfWagesSen: figure.wagesSen + figure.bonusSen, epfEmployerSen: result?.employerSen ?? 0, epfEmployeeSen: result?.employeeSen ?? 0 });
    if (!result) continue;
    members.push({
      employeeId: e.id,
      memberNumber: e.epfMemberNumber,
      idNumber: e.idNumber,
      nonCitizen: e.nationality === 'foreign' || e.nationality === 'temporary',
      name: e.name,
      staffCode: e.staffNumber,
      wagesSen: result.totalWagesSen,
      employerSen: result.employerSen,
      employeeSen: result.employeeSen,
    });
  }
  return { members, snapshot, problems };
}

/** sha256 of everything the Form A says but its date: a different value now means the file is out of date. */
export function epfFingerprint(company: Pick<Company, 'epfEmployerNumber'>, month: string, figures: readonly EpfFigure[]): string {
  return sha256(JSON.stringify({ v: 1, family: 'epf', employerNumber: company.epfEmployerNumber, month, members: epfMembersOf(figures).members }));
}

export function planEpfFile(input: EpfFileInput): EpfFilePlan {
  const { company, month, kind } = input;
  const refusals: ReportItem[] = [];
  const { members, snapshot, problems } = epfMembersOf(input.figures);
  if (compareMonths(month, FIRST_SUPPORTED_WAGE_MONTH) < 0) {
    refusals.push({ key: 'epf.error.month.tooEarly', params: { month, first: FIRST_SUPPORTED_WAGE_MONTH } });
  } else refusals.push(...problems);
  const formAInput = { employerNumber: company.epfEmployerNumber ?? '', wageMonth: month, fileDate: input.today, members };
  const text = buildFormAFile(formAInput);
  const built: FormAFile = kind === 'epf' ? text : buildFormACsv(formAInput);
  const said = (m: FormAMessage): ReportItem => ({ key: ACTIONABLE[m.key] ?? m.key, params: { ...m.params, company: company.name, month } });
  refusals.push(...built.errors.map(said));

  const plan: EpfFilePlan = {
    family: 'epf',
    files: [],
    leftOut: built.leftOut.map((l) => ({ kind, employeeId: l.employeeId ?? 0, name: l.name, idNumber: l.idNumber, reason: l.reason })),
    nameChanges: built.nameChanges.map((c) => {
      const ascii = toAsciiUpper(c.original, formAFieldOf(MEMBER_02, 'name').length);
      return { family: 'epf', employeeId: c.employeeId ?? 0, idNumber: c.idNumber, original: c.original, written: c.written, changes: ascii.changes, removed: ascii.removed.join('') };
    }),
    warnings: built.warnings.map(said),
    refusals: dedupe(refusals),
    fingerprint: epfFingerprint(company, month, input.figures),
    snapshot,
  };
  if (plan.refusals.length > 0) return plan;

  // The same check a user runs on any Form A, against the same figures: a file Caruman makes
  // must pass it (the CSV form is read from the text file's records, so the text file is checked).
  requirePassesOwnCheck(built.fileName, checkFormAFile({ bytes: Buffer.from(text.content, 'latin1'), today: input.today }).problems);

  const t = built.totals;
  plan.files.push({
    kind,
    fileName: built.fileName,
    content: built.content,
    totals: { ...fileTotals(t.records, t.employerSen + t.employeeSen), epf: { wagesSen: t.wagesSen, employerSen: t.employerSen, employeeSen: t.employeeSen } },
  });
  return plan;
}

function dedupe(items: readonly ReportItem[]): ReportItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.key} ${JSON.stringify(item.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
