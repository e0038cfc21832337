// The one next step after a month's files are made, in words that follow the files (issue 12
// item 2, STATUTORY.md §2.2): "upload this one file" for the SOCSO + EIS + LINDUNG file; "two
// uploads" for the SOCSO and EIS files. Said the same by the Files screen and `caruman export`.
import type { MessageKey, MessageParams } from '../i18n/catalog';
import type { AssistKind } from './layouts';

export function nextStep(files: readonly { kind: AssistKind; fileName: string }[]): { key: MessageKey; params: MessageParams } {
  const one = files.find((f) => f.kind === 'lindung');
  const socso = files.find((f) => f.kind === 'socso');
  const eis = files.find((f) => f.kind === 'eis');
  if (one) return { key: 'files.next.one', params: { file: one.fileName } };
  if (socso && eis) return { key: 'files.next.two', params: { socso: socso.fileName, eis: eis.fileName } };
  if (socso) return { key: 'files.next.socso', params: { file: socso.fileName } };
  if (eis) return { key: 'files.next.eis', params: { file: eis.fileName } };
  return { key: 'files.next', params: {} };
}
