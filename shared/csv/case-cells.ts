// What every kind of case file (`caruman calc`, `epf`, `pcb`; case-file.ts reads their rows) does
// with a cell: a cell that cannot be taken is thrown from wherever the case is read and caught
// where the case's outcome is made, so the caller can say "row 7, column wages"; the column of a
// field the engine refused; and the one reading of a yes/no cell.

/** A cell of a typed case that cannot be taken; `problem` names its column and the message. */
export class CaseCellError<Problem extends { key: string }> extends Error {
  override name = 'CaseCellError';
  constructor(readonly problem: Problem) {
    super(problem.key);
  }
}

/**
 * The column of a field an engine refused: engines name fields of their own input
 * ("person.dateOfBirth"), the user knows the columns ("dob"). A field no column holds is the
 * row's, said at its id.
 */
export function caseColumnOf<Column extends string>(columnOfField: Readonly<Record<string, Column>>, engineField: string): Column | 'id' {
  return columnOfField[engineField] ?? 'id';
}

/** A yes/no cell: "yes" or "no" in any case; a blank cell is `blank`; null for anything else (the caller refuses it). */
export function yesNoCell(value: string | undefined, blank: boolean): boolean | null {
  const word = (value ?? '').trim().toLowerCase();
  if (word === '') return blank;
  if (word === 'yes') return true;
  if (word === 'no') return false;
  return null;
}
