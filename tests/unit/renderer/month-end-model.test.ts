// The month-end dashboard's table logic (renderer/src/screens/month-end/model.ts): what needs
// action, what is ready for bulk generation, filtering, sorting and a row's deadline words.
import { describe, expect, it } from 'vitest';
import type { DashboardRow } from '../../../shared/domain/month-end';
import {
  deadlineMessage,
  filterRows,
  isReadyToGenerate,
  needsAction,
  nextSort,
  openTarget,
  sortRows,
  stepsDone,
} from '../../../renderer/src/screens/month-end/model';

function row(overrides: Partial<DashboardRow> & { name?: string; id?: number; code?: string } = {}): DashboardRow {
  const { name = 'Kedai Ali', id = 1, code = 'E1', ...rest } = overrides;
  return {
    company: { id, name, employerCode: code },
    month: '2026-05',
    employees: 3,
    wagesEntered: 3,
    wagesComplete: true,
    filesGenerated: false,
    lastGeneratedAt: null,
    filesOutOfDate: false,
    stage: 'ready',
    contributionSen: 50_000,
    dueDate: '2026-06-15',
    daysToDeadline: 10,
    overdue: false,
    interestEstimateSen: 0,
    lateRegistrations: 0,
    kwsp: { stage: 'nothing_due', mark: null, file: null, dueDate: '2026-06-15', daysToDeadline: 10, overdue: false, amountSen: 0, lateCharge: null },
    lhdn: { stage: 'nothing_due', mark: null, file: null, dueDate: '2026-06-15', daysToDeadline: 10, overdue: false, amountSen: null },
    payslips: null,
    pack: null,
    yearEnd: null,
    ...rest,
  };
}

const names = (rows: DashboardRow[]) => rows.map((r) => r.company.name);

describe('what needs action', () => {
  it('a month with employees needs action until it is paid', () => {
    expect(needsAction(row({ stage: 'ready' }))).toBe(true);
    expect(needsAction(row({ stage: 'submitted' }))).toBe(true);
    expect(needsAction(row({ stage: 'paid' }))).toBe(false);
    expect(needsAction(row({ stage: 'receipt_filed' }))).toBe(false);
  });

  it('a company without employees needs nothing, unless late, stale or with a late registration', () => {
    const empty = { employees: 0, wagesEntered: 0, stage: 'not_started' as const };
    expect(needsAction(row(empty))).toBe(false);
    expect(needsAction(row({ ...empty, overdue: true }))).toBe(true);
    expect(needsAction(row({ stage: 'paid', filesOutOfDate: true }))).toBe(true);
    expect(needsAction(row({ stage: 'paid', lateRegistrations: 1 }))).toBe(true);
  });

  it('ready for bulk generation: wages complete and no files yet, or files made before a change and not submitted', () => {
    expect(isReadyToGenerate(row({ stage: 'ready' }))).toBe(true);
    expect(isReadyToGenerate(row({ stage: 'ready', wagesComplete: false }))).toBe(false);
    expect(isReadyToGenerate(row({ stage: 'generated', filesGenerated: true }))).toBe(false);
    expect(isReadyToGenerate(row({ stage: 'generated', filesGenerated: true, filesOutOfDate: true }))).toBe(true);
    expect(isReadyToGenerate(row({ stage: 'submitted', filesGenerated: true, filesOutOfDate: true }))).toBe(false);
  });
});

describe('filtering', () => {
  const rows = [
    row({ id: 1, name: 'Kedai Ali', code: 'A100' }),
    row({ id: 2, name: 'Bengkel Siti', code: 'B200', stage: 'paid' }),
    row({ id: 3, name: 'Restoran Chong', code: 'C300', overdue: true, daysToDeadline: -4 }),
  ];

  it('searches name and employer code, ignoring case and surrounding spaces', () => {
    expect(names(filterRows(rows, '  siti ', 'all'))).toEqual(['Bengkel Siti']);
    expect(names(filterRows(rows, 'c300', 'all'))).toEqual(['Restoran Chong']);
    expect(names(filterRows(rows, '', 'all'))).toEqual(['Kedai Ali', 'Bengkel Siti', 'Restoran Chong']);
  });

  it('shows only what needs action, or only what is overdue', () => {
    expect(names(filterRows(rows, '', 'action'))).toEqual(['Kedai Ali', 'Restoran Chong']);
    expect(names(filterRows(rows, '', 'overdue'))).toEqual(['Restoran Chong']);
    expect(names(filterRows(rows, 'ali', 'overdue'))).toEqual([]);
  });
});

describe('sorting', () => {
  const a = row({ id: 1, name: 'alpha', contributionSen: 30_000, daysToDeadline: 5, wagesEntered: 1, employees: 4 });
  const b = row({ id: 2, name: 'Bravo', contributionSen: 90_000, daysToDeadline: -2, overdue: true, interestEstimateSen: 500 });
  const c = row({ id: 3, name: 'charlie', contributionSen: 30_000, daysToDeadline: 12, employees: 0, wagesEntered: 0 });

  it('sorts names without regard to case, and by amounts either way; ties fall back to the name', () => {
    expect(names(sortRows([c, b, a], { key: 'company', direction: 'ascending' }))).toEqual(['alpha', 'Bravo', 'charlie']);
    expect(names(sortRows([a, b, c], { key: 'contribution', direction: 'descending' }))).toEqual(['Bravo', 'alpha', 'charlie']);
    expect(names(sortRows([c, b, a], { key: 'contribution', direction: 'ascending' }))).toEqual(['alpha', 'charlie', 'Bravo']);
  });

  it('puts the overdue first when sorting by overdue, the nearest deadline first by due, and a company without employees last by wages', () => {
    expect(names(sortRows([a, c, b], { key: 'overdue', direction: 'descending' }))[0]).toBe('Bravo');
    expect(names(sortRows([a, b, c], { key: 'due', direction: 'ascending' }))).toEqual(['Bravo', 'alpha', 'charlie']);
    // Wages entered: 3 of 3, 1 of 4, and no employees at all.
    expect(names(sortRows([a, b, c], { key: 'wages', direction: 'descending' }))).toEqual(['Bravo', 'alpha', 'charlie']);
  });

  it('leaves the rows it was given as they were', () => {
    const given = [c, b, a];
    sortRows(given, { key: 'company', direction: 'ascending' });
    expect(names(given)).toEqual(['charlie', 'Bravo', 'alpha']);
  });

  it('a header clicked again flips; a new one starts ascending for names and due dates, descending for the rest', () => {
    expect(nextSort({ key: 'company', direction: 'ascending' }, 'company')).toEqual({ key: 'company', direction: 'descending' });
    expect(nextSort({ key: 'company', direction: 'ascending' }, 'due')).toEqual({ key: 'due', direction: 'ascending' });
    expect(nextSort({ key: 'due', direction: 'ascending' }, 'contribution')).toEqual({ key: 'contribution', direction: 'descending' });
    expect(nextSort({ key: 'contribution', direction: 'descending' }, 'company')).toEqual({ key: 'company', direction: 'ascending' });
  });
});

describe('a row in words', () => {
  it('says days left or late, with one day and the day itself said apart, and nothing due once paid', () => {
    expect(deadlineMessage(row({ daysToDeadline: 10 }))).toEqual({ key: 'dashboard.due.left', params: { days: 10 } });
    expect(deadlineMessage(row({ daysToDeadline: 1 }))).toEqual({ key: 'dashboard.due.leftOne' });
    expect(deadlineMessage(row({ daysToDeadline: 0 }))).toEqual({ key: 'dashboard.due.today' });
    expect(deadlineMessage(row({ daysToDeadline: -1 }))).toEqual({ key: 'dashboard.due.lateOne' });
    expect(deadlineMessage(row({ daysToDeadline: -9 }))).toEqual({ key: 'dashboard.due.late', params: { days: 9 } });
    expect(deadlineMessage(row({ daysToDeadline: -9, stage: 'paid' }))).toEqual({ key: 'dashboard.due.paid' });
  });

  it('opens the wages until they are complete, then the files; counts the steps after the wages', () => {
    expect(openTarget(row({ wagesComplete: false }))).toBe('wages');
    expect(openTarget(row())).toBe('files');
    expect([row({ stage: 'ready' }), row({ stage: 'generated' }), row({ stage: 'submitted' }), row({ stage: 'paid' }), row({ stage: 'receipt_filed' })].map(stepsDone)).toEqual([0, 1, 2, 3, 4]);
  });
});
