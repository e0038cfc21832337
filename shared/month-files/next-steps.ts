// What to do with a month's files once written, one sentence per portal: PERKESO's as ASSIST
// says it (shared/assist/next-step), then KWSP's Form A in i-Akaun (Majikan) and LHDN's CP39 in
// e-PCB Plus. Said the same by the Files screen and `caruman export`.
import type { MessageKey, MessageParams } from '../i18n/catalog';
import { nextStep } from '../assist/next-step';
import { isAssistKind, isEpfKind, type MonthFileKind } from './kinds';

export function nextSteps(files: readonly { kind: MonthFileKind; fileName: string }[]): { key: MessageKey; params: MessageParams }[] {
  const steps: { key: MessageKey; params: MessageParams }[] = [];
  const assist = files.flatMap((f) => (isAssistKind(f.kind) ? [{ kind: f.kind, fileName: f.fileName }] : []));
  if (assist.length > 0) steps.push(nextStep(assist));
  const epf = files.find((f) => isEpfKind(f.kind));
  if (epf) steps.push({ key: 'monthFiles.next.epf', params: { file: epf.fileName } });
  const pcb = files.find((f) => f.kind === 'pcb');
  if (pcb) steps.push({ key: 'monthFiles.next.pcb', params: { file: pcb.fileName } });
  return steps;
}
