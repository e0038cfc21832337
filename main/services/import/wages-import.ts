// Wage import for one company and month: rows name employees by ID number and give pay items in
// ringgit. Validated whole before anything is written; written in one transaction.
import type { EmployeeService } from '../employees';
import type { WageService, WageWrite } from '../wages';
import { WAGE_COLUMNS, matchHeaders } from '../../../shared/domain/import-columns';
import { normalizeIdNumber } from '../../../shared/domain/employee-id';
import { PAY_ITEM_NAMES, type PayItemName } from '../../../shared/statutory/pay-items';
import { WAGE_EVENTS, type WageEvent } from '../../../shared/domain/wages';
import { parseRinggit } from '../../../shared/money/sen';
import { issue, type ImportReport } from './report';
import type { ImportOptions } from './employees-import';

const MONEY_KEYS = { format: 'error.money.format', negative: 'error.money.negative', too_large: 'error.money.tooLarge' } as const;
const PAY_ITEM_SET = new Set<string>(PAY_ITEM_NAMES);

export async function importWages(
  employees: EmployeeService,
  wages: WageService,
  companyId: number,
  month: string,
  table: string[][],
  options: ImportOptions,
): Promise<ImportReport> {
  const { t } = options;
  const report: ImportReport = {
    kind: 'wages', dryRun: options.dryRun, committed: false, rows: 0, created: 0, updated: 0, unchanged: 0,
    errors: [], warnings: [], ignoredColumns: [], changes: [], backup: null,
  };
  const [header, ...rows] = table;
  if (!header) {
    report.errors.push(issue(t, 1, null, 'import.error.empty'));
    return report;
  }
  const match = matchHeaders(header, WAGE_COLUMNS);
  if (!match.ok) {
    report.errors.push(issue(t, 1, match.params.column ?? null, match.key, match.params));
    return report;
  }
  report.ignoredColumns = match.unknown ?? [];
  report.rows = rows.length;

  const existing = wages.entriesFor(companyId, month);
  const known = employees.byIdNumber(companyId);
  const writes: WageWrite[] = [];
  const seen = new Map<number, number>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    const errorsBefore = report.errors.length;
    const items: Partial<Record<PayItemName, number>> = {};
    let idText = '';
    let event: WageEvent | null | undefined;
    let notes: string | null | undefined;
    match.columns.forEach((column, c) => {
      const cell = (cells[c] ?? '').trim();
      if (column === 'id_number') idText = cell;
      else if (column === 'event') {
        const code = cell.toUpperCase();
        if (code === '') event = null;
        else if ((WAGE_EVENTS as readonly string[]).includes(code)) event = code as WageEvent;
        else report.errors.push(issue(t, row, 'event', 'wages.error.event', { value: cell }));
      } else if (column === 'notes') notes = cell === '' ? null : cell.slice(0, 500);
      else if (column && PAY_ITEM_SET.has(column)) {
        if (cell === '') items[column as PayItemName] = 0;
        else {
          const parsed = parseRinggit(cell);
          if (parsed.ok) items[column as PayItemName] = parsed.sen;
          else report.errors.push(issue(t, row, column, MONEY_KEYS[parsed.reason], { value: cell }));
        }
      }
    });
    if (idText === '') {
      report.errors.push(issue(t, row, 'id_number', 'employees.error.idNumber.required'));
      return;
    }
    const id = normalizeIdNumber(undefined, idText, options.today);
    const compact = id.ok ? id.idNumber : idText.toUpperCase().replace(/[\s-]/g, '');
    const employee = known.get(compact);
    if (!employee) {
      report.errors.push(issue(t, row, 'id_number', 'import.error.unknownEmployee', { idNumber: compact }));
      return;
    }
    if (report.errors.length > errorsBefore) return;
    const earlier = seen.get(employee.id);
    if (earlier) {
      report.errors.push(issue(t, row, 'id_number', 'import.error.duplicateInFile', { idNumber: compact, row: earlier }));
      return;
    }
    seen.set(employee.id, row);

    const before = existing.get(employee.id);
    // Items not in the file keep what is stored; items in it (blank = 0) replace it.
    const merged = { ...(before?.items ?? {}), ...items };
    const nextEvent = event === undefined ? (before?.event ?? null) : event;
    const changedFields = before
      ? [
          ...PAY_ITEM_NAMES.filter((n) => (before.items[n] ?? 0) !== (merged[n] ?? 0)),
          ...(before.event !== nextEvent ? ['event'] : []),
          ...(notes !== undefined && notes !== before.notes ? ['notes'] : []),
        ]
      : [];
    const action = !before ? 'create' : changedFields.length === 0 ? 'unchanged' : 'update';
    report[action === 'create' ? 'created' : action === 'update' ? 'updated' : 'unchanged'] += 1;
    report.changes.push({ row, idNumber: employee.idNumber, name: employee.name, action, fields: changedFields });
    if (action !== 'unchanged') writes.push({ employeeId: employee.id, items: merged, event: nextEvent, ...(notes === undefined ? {} : { notes }) });
  });

  if (report.errors.length > 0 || options.dryRun) return report;
  report.backup = (await options.beforeWrite?.()) ?? null;
  wages.write(companyId, month, writes, 'import');
  options.onProgress?.(writes.length, writes.length);
  report.committed = true;
  return report;
}
