// The list of one kind of payroll record of an employee (TP1 claims, TP3, CP38), loaded through
// its channel for this company and employee, with what saving or deleting one says: a refusal
// kept as a Message (said again after a language switch) and the field it names.
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { messageOf, type Message } from '../../../i18n/messages';
import { useLoad } from '../../../lib/useLoad';

export interface RecordList<T> {
  items: T[] | null;
  loadError: Message | null;
  /** The last refusal of a save or delete, and the field it names ("amount"), if any. */
  problem: { message: Message; field: string | null } | null;
  status: Message | null;
  /** Runs a save or delete; on success reloads the list and says `done`. False when refused. */
  run(action: () => Promise<unknown>, done: Message): Promise<boolean>;
}

export function useRecordList<T>(load: () => Promise<T[]>): RecordList<T> {
  // `load` is the section's memoised channel call for this company and employee.
  const list = useLoad(() => load(), [load]);
  const [problem, setProblem] = useState<RecordList<T>['problem']>(null);
  const [status, setStatus] = useState<Message | null>(null);

  async function run(action: () => Promise<unknown>, done: Message): Promise<boolean> {
    setProblem(null);
    setStatus(null);
    try {
      await action();
    } catch (failure) {
      // "instruction.amount" → "amount": the control of this section's form.
      const field = failure instanceof ApiError && failure.field ? (failure.field.split('.').at(-1) ?? null) : null;
      setProblem({ message: messageOf(failure), field });
      return false;
    }
    setStatus(done);
    list.reload();
    return true;
  }

  return { items: list.value, loadError: list.error, problem, status, run };
}
