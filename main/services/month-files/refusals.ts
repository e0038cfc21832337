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
