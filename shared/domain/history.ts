// One recorded change to a company, an employee or a month's wages.
export type ChangeSource = 'app' | 'import' | 'cli' | 'copy';
export type ChangeEntity = 'company' | 'employee' | 'wages';

export interface ChangeEntry {
  id: number;
  entity: ChangeEntity;
  entityId: number;
  employeeId: number | null;
  month: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  source: ChangeSource;
  changedAt: string;
}
