// How a KWSP or LHDN file that cannot be made right is said: refused when it was asked for by
// name, left out of the set with a warning when it was only a default, and "nobody to pay" is
// never a refusal of the others.
import type { ReportItem } from '../../../shared/assist';
import type { MessageKey } from '../../../shared/i18n/catalog';
import type { FileFamily } from '../../../shared/month-files/kinds';
import { ServiceError } from '../service-error';

/** The file's own name in both languages (a portal's term, never translated). */
export const FILE_LABEL: Readonly<Record<FileFamily, string>> = { assist: 'ASSIST', epf: 'KWSP Form A', pcb: 'CP39' };

/** Nothing is due: the file is not made, and that is not a problem with the records. */
export const NOTHING_TO_PAY = new Set(['monthFiles.epf.nobodyToPay', 'monthFiles.pcb.nobodyToPay']);

/** The refusal of a file asked for by name: the first problem, and how many more there are. */
export function refusalError(family: FileFamily, refusals: readonly ReportItem[]): ServiceError {
  const first = refusals[0]!;
  if (refusals.length === 1) return new ServiceError('VALIDATION', first.key as MessageKey, first.params, 'formats');
  return new ServiceError(
    'VALIDATION',
    'monthFiles.error.refusedMany',
    { ...first.params, problem: first.key, more: refusals.length - 1, file: FILE_LABEL[family] },
    'formats',
  );
}

/** A default file left out of the set because it would be wrong: the first problem and the count. */
export function notMadeWarning(family: FileFamily, refusals: readonly ReportItem[]): ReportItem {
  const first = refusals[0]!;
  return { key: 'monthFiles.warning.notMade', params: { ...first.params, problem: first.key, count: refusals.length, file: FILE_LABEL[family] } };
}

/**
 * A file Caruman made must pass the same checker a user runs on any file before it is written:
 * an error there is Caruman's own fault (never the records'), so nothing is written and it says
 * which file, line and rule. Used for ASSIST, Form A and CP39 alike.
 */
export function requirePassesOwnCheck(
  fileName: string,
  problems: readonly { severity: string; line: number; key: string; params?: Record<string, string | number> }[],
): void {
  const error = problems.find((p) => p.severity === 'error');
  if (error) throw new ServiceError('INTERNAL', 'assist.error.checkFailed', { ...error.params, file: fileName, line: error.line, problem: error.key });
}
