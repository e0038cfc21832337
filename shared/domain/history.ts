// One recorded change to a company, an employee, a month's wages, or an employee's TP1 claim, TP3
// or CP38 instruction ('pay_run': the pay run's finalise / unlock, migration 10).
export type ChangeSource = 'app' | 'import' | 'cli' | 'copy';
export type ChangeEntity = 'company' | 'employee' | 'wages' | 'tp1' | 'tp3' | 'cp38' | 'pay_run';

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
