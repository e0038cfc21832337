// Employee import: every row is read and validated first; the write happens only when no row
// has an error, in one transaction, so an import is all or nothing.
import type { Db } from '../db/open';
import type { EmployeeService } from '../employees';
import { historyView } from '../employees';
import { employeeInputSchema, employeeToInput, normalizeEmployee, type EmployeeFields } from '../../../shared/domain/employee';
import { normalizeIdNumber } from '../../../shared/domain/employee-id';
import {
  EMPLOYEE_COLUMNS,
  matchHeaders,
  readDate,
  readFlag,
  readGender,
  readIdType,
  readLeaveReason,
  readNationality,
  type EmployeeColumn,
} from '../../../shared/domain/import-columns';
import { describeValidationIssue } from '../../../shared/api/validation-issue';
import { issue, type ImportChange, type ImportReport, type Translate } from './report';

const FIELD_OF_COLUMN: Record<EmployeeColumn, string> = {
  name: 'name',
  id_type: 'idType',
  id_number: 'idNumber',
  perkeso_id: 'perkesoId',
  date_of_birth: 'dateOfBirth',
  gender: 'gender',
  nationality: 'nationality',
  domestic_worker: 'domesticWorker',
  hire_date: 'hireDate',
  leave_date: 'leaveDate',
  leave_reason: 'leaveReason',
  perkeso_registered_date: 'perkesoRegisteredDate',
  first_insured_at_55: 'firstInsuredAt55',
  no_eis_before_57: 'noEisBefore57',
  pays_lindung: 'paysLindung',
  notes: 'notes',
};
const COLUMN_OF_FIELD = Object.fromEntries(Object.entries(FIELD_OF_COLUMN).map(([c, f]) => [f, c]));

type CellReader = (cell: string) => unknown;
const READERS: Partial<Record<EmployeeColumn, { read: CellReader; key: string }>> = {
  id_type: { read: readIdType, key: 'import.error.value.idType' },
  gender: { read: readGender, key: 'import.error.value.gender' },
  nationality: { read: readNationality, key: 'import.error.value.nationality' },
  leave_reason: { read: readLeaveReason, key: 'import.error.value.leaveReason' },
  domestic_worker: { read: readFlag, key: 'import.error.value.flag' },
  first_insured_at_55: { read: readFlag, key: 'import.error.value.flag' },
  no_eis_before_57: { read: readFlag, key: 'import.error.value.flag' },
  pays_lindung: { read: readFlag, key: 'import.error.value.flag' },
  date_of_birth: { read: readDate, key: 'records.error.date' },
  hire_date: { read: readDate, key: 'records.error.date' },
  leave_date: { read: readDate, key: 'records.error.date' },
  perkeso_registered_date: { read: readDate, key: 'records.error.date' },
};

interface PlannedRow {
  row: number;
  fields: EmployeeFields;
  existingId: number | null;
  change: ImportChange;
}

export interface ImportOptions {
  dryRun: boolean;
  today: string;
  t: Translate;
  /** Called before the write phase of a committed import (the app takes a backup here). */
  beforeWrite?: () => Promise<string | null>;
  onProgress?: (done: number, total: number) => void;
}

export async function importEmployees(db: Db, employees: EmployeeService, companyId: number, table: string[][], options: ImportOptions): Promise<ImportReport> {
  const { t } = options;
  const report: ImportReport = {
    kind: 'employees', dryRun: options.dryRun, committed: false, rows: 0, created: 0, updated: 0, unchanged: 0,
    errors: [], warnings: [], ignoredColumns: [], changes: [], backup: null,
  };
  const [header, ...rows] = table;
  if (!header) {
    report.errors.push(issue(t, 1, null, 'import.error.empty'));
    return report;
  }
  const match = matchHeaders(header, EMPLOYEE_COLUMNS);
  if (!match.ok) {
    report.errors.push(issue(t, 1, match.params.column ?? null, match.key, match.params));
    return report;
  }
  report.ignoredColumns = match.unknown ?? [];
  report.rows = rows.length;

  const planned: PlannedRow[] = [];
  const known = employees.byIdNumber(companyId);
  const seenIds = new Map<string, number>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    const errorsBefore = report.errors.length;
    const given: Record<string, unknown> = {};
    match.columns.forEach((column, c) => {
      if (!column) return;
      const cell = (cells[c] ?? '').trim();
      const reader = READERS[column as EmployeeColumn];
      if (!reader) {
        if (cell !== '') given[FIELD_OF_COLUMN[column as EmployeeColumn]] = cell;
        return;
      }
      const value = reader.read(cell);
      if (value === null) report.errors.push(issue(t, row, column, reader.key, { value: cell }));
      else if (value !== undefined) given[FIELD_OF_COLUMN[column as EmployeeColumn]] = value;
    });
    if (report.errors.length > errorsBefore) return;

    const idNumber = typeof given.idNumber === 'string' ? given.idNumber : '';
    const id = normalizeIdNumber(given.idType as never, idNumber, options.today);
    const existing = id.ok ? (known.get(id.idNumber) ?? null) : null;
    // An update starts from what is stored: columns left out or left empty keep their values.
    const input = existing ? { ...employeeToInput(existing), ...given } : given;
    const parsed = employeeInputSchema.safeParse(input);
    if (!parsed.success) {
      const problem = describeValidationIssue(parsed.error);
      report.errors.push(issue(t, row, COLUMN_OF_FIELD[problem.field.split('.')[0] ?? ''] ?? null, problem.key, problem.params));
      return;
    }
    const normalized = normalizeEmployee(parsed.data, options.today);
    if (!normalized.ok) {
      const column = COLUMN_OF_FIELD[normalized.error.field] ?? null;
      report.errors.push(issue(t, row, column, normalized.error.key, normalized.error.params ?? {}));
      return;
    }
    for (const w of normalized.warnings) report.warnings.push(issue(t, row, COLUMN_OF_FIELD[w.field] ?? null, w.key, w.params ?? {}));
    const fields = normalized.fields;
    const earlier = seenIds.get(fields.idNumber);
    if (earlier) {
      report.errors.push(issue(t, row, 'id_number', 'import.error.duplicateInFile', { idNumber: fields.idNumber, row: earlier }));
      return;
    }
    seenIds.set(fields.idNumber, row);

    let action: ImportChange['action'] = 'create';
    let changed: string[] = [];
    if (existing) {
      const before = historyView(existing);
      const after = historyView(fields);
      changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      action = changed.length === 0 ? 'unchanged' : 'update';
    }
    report[action === 'create' ? 'created' : action === 'update' ? 'updated' : 'unchanged'] += 1;
    const change = { row, idNumber: fields.idNumber, name: fields.name, action, fields: changed };
    report.changes.push(change);
    planned.push({ row, fields, existingId: existing?.id ?? null, change });
  });

  if (report.errors.length > 0 || options.dryRun) return report;
  report.backup = (await options.beforeWrite?.()) ?? null;
  writePlanned(db, employees, companyId, planned, options.onProgress);
  report.committed = true;
  return report;
}

function writePlanned(
  db: Db,
  employees: EmployeeService,
  companyId: number,
  planned: PlannedRow[],
  onProgress?: (done: number, total: number) => void,
) {
  db.transaction(() => {
    planned.forEach((p, i) => {
      if (p.change.action === 'create') employees.insertFields(companyId, p.fields, 'import');
      else if (p.change.action === 'update' && p.existingId !== null) employees.updateFields(p.existingId, p.fields, 'import');
      if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1, planned.length);
    });
  })();
  onProgress?.(planned.length, planned.length);
}
