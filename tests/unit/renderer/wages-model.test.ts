// The wage grid's model: typed text over stored rows, computed live; totals; what Save sends.
// Contribution amounts are PERKESO's tables (shared/spec/tables, 2024-10): RM2,900.01–3,000.00 is
// SOCSO Category 1 RM51.65 + RM14.75 and EIS RM5.90 + RM5.90; LINDUNG is not in force in 2025.
import { describe, expect, it } from 'vitest';
import { computeRow, entryOf, parseClipboardBlock, readEvent, savedRow } from '../../../renderer/src/screens/wages/model';
import { createSummarizer, summaryOf } from '../../../renderer/src/screens/wages/totals';
import { employee, gridRow as employeeMonth } from './fixtures';

const MONTH = '2025-05';
const ali = employee();

describe('computeRow', () => {
  it('shows the stored row as it is when nothing was typed', () => {
    const row = employeeMonth(MONTH, ali, { basic: 300000 });
    const computed = computeRow(MONTH, row, undefined);
    expect(computed.changed).toBe(false);
    expect(computed.wagesSen).toBe(300000);
    expect(computed.amounts).toBe(row.amounts);
  });

  it('recomputes from the typed amounts: RM3,000 of pay falls in the RM2,900.01–3,000 band', () => {
    const computed = computeRow(MONTH, employeeMonth(MONTH, ali), { basic: '2,500', overtime: '500.00' });
    expect(computed.changed).toBe(true);
    expect(computed.wagesSen).toBe(300000);
    expect(computed.amounts).toMatchObject({ socsoEmployer: 5165, socsoEmployee: 1475, eisEmployer: 590, eisEmployee: 590 });
    expect(computed.amounts?.total).toBe(5165 + 1475 + 590 + 590);
    // EPF wages leave overtime out (EPF.md §3): RM2,500 is Part A 2022-07's RM2,480.01–2,500.00 row, RM325 / RM275.
    expect(computed.amounts).toMatchObject({ epfEmployer: 32500, epfEmployee: 27500 });
  });

  it('a bonus is not wages for SOCSO and EIS (their amounts stay those of the stored pay), but it is for EPF', () => {
    const row = employeeMonth(MONTH, ali, { basic: 300000 });
    const computed = computeRow(MONTH, row, { bonus: '5000' });
    expect(computed.changed).toBe(true);
    expect(computed.items.bonus).toBe(500000);
    expect(computed.wagesSen).toBe(300000);
    const { epfEmployer: _a, epfEmployee: _b, ...perkeso } = row.amounts;
    expect(computed.amounts).toMatchObject(perkeso);
    // EPF: RM3,000 + RM5,000 bonus = RM8,000 lifts wages of RM5,000 or less above it (E5): the
    // employer pays 13 % of RM8,000 = RM1,040; the employee's share is the RM7,900.01–8,000.00 row.
    expect(computed.amounts).toMatchObject({ epfEmployer: 104000, epfEmployee: 88000 });
  });

  it('typing back the stored amount is no change', () => {
    expect(computeRow(MONTH, employeeMonth(MONTH, ali, { basic: 300000 }), { basic: '3000' }).changed).toBe(false);
    expect(computeRow(MONTH, employeeMonth(MONTH, ali), { basic: '' }).changed).toBe(false);
  });

  it('marks each bad cell with its reason; a bad liable cell leaves no amount to show', () => {
    const computed = computeRow(MONTH, employeeMonth(MONTH, ali), { basic: '-100', overtime: 'abc', bonus: '99999999999', event: 'x' });
    expect(computed.invalid).toEqual({
      basic: 'error.money.negative',
      overtime: 'error.money.format',
      bonus: 'error.money.tooLarge',
      event: 'wages.error.event',
    });
    expect(computed.invalidCount).toBe(4);
    expect(computed.changed).toBe(true);
    expect(computed.wagesSen).toBeNull();
    expect(computed.amounts).toBeNull();
  });

  it('a bad cell that does not count as wages still lets the row compute', () => {
    const computed = computeRow(MONTH, employeeMonth(MONTH, ali), { basic: '3000', gift: '1.234' });
    expect(computed.invalid).toEqual({ gift: 'error.money.format' });
    expect(computed.wagesSen).toBe(300000);
    expect(computed.amounts?.socsoEmployer).toBe(5165);
  });
});

describe('readEvent', () => {
  it('takes S and T in either case, empty for none, nothing else', () => {
    expect(readEvent(' s ')).toEqual({ ok: true, value: 'S' });
    expect(readEvent('t')).toEqual({ ok: true, value: 'T' });
    expect(readEvent('')).toEqual({ ok: true, value: null });
    expect(readEvent('X')).toEqual({ ok: false });
  });
});

describe('the grid summary (wages/totals.ts)', () => {
  it('adds every row, items and contributions; a row that cannot compute adds its items only', () => {
    const siti = employee({ id: 2, name: 'Siti', idNumber: '900202105154', dateOfBirth: '1990-02-02', gender: 'female' });
    const rows = [
      computeRow(MONTH, employeeMonth(MONTH, ali), { basic: '3000', bonus: '100' }),
      computeRow(MONTH, employeeMonth(MONTH, siti), { basic: '3000' }),
      computeRow(MONTH, employeeMonth(MONTH, employee({ id: 3 })), { basic: 'x', overtime: '10' }),
    ];
    const summary = summaryOf(rows);
    const totals = summary.totals;
    expect([summary.changed, summary.uncounted, summary.invalid, summary.lindungRows]).toEqual([3, 1, 1, 0]);
    expect(totals.items.basic).toBe(600000);
    expect(totals.items.overtime).toBe(1000);
    expect(totals.items.bonus).toBe(10000);
    expect(totals.wagesSen).toBe(600000);
    expect(totals.socsoEmployer).toBe(2 * 5165);
    expect(totals.socsoEmployee).toBe(2 * 1475);
    expect(totals.eisEmployer).toBe(2 * 590);
    expect(totals.eisEmployee).toBe(2 * 590);
    expect(totals.lindung).toBe(0);
    expect(totals.employer).toBe(2 * (5165 + 590));
    expect(totals.employee).toBe(2 * (1475 + 590));
    expect(totals.total).toBe(2 * (5165 + 1475 + 590 + 590));
    // EPF counts the bonus (Part A 2022-07): RM3,100 → RM403 / RM341, RM3,000 → RM390 / RM330.
    expect(totals.epfEmployer).toBe(40300 + 39000);
    expect(totals.epfEmployee).toBe(34100 + 33000);
  });

  it('after a keystroke takes the row’s old figures out and its new ones in: the same as adding everything up again', () => {
    const people = Array.from({ length: 40 }, (_, i) => employeeMonth(MONTH, employee({ id: i + 1 })));
    const stored = people.map((row) => computeRow(MONTH, row, undefined));
    const summarize = createSummarizer();
    expect(summarize(stored)).toEqual(summaryOf(stored));
    // Ali (row 0) types RM3,000 then a bad amount then RM1,500; Siti (row 7) RM2,000 with a bonus.
    const steps: [number, Record<string, string>][] = [[0, { basic: '3000' }], [0, { basic: '3000x' }], [7, { basic: '2000', bonus: '50' }], [0, { basic: '1500' }]];
    let computed = stored;
    for (const [index, draft] of steps) {
      computed = computed.map((row, i) => (i === index ? computeRow(MONTH, people[i]!, draft) : row));
      const carried = summarize(computed);
      expect(carried).toEqual(summaryOf(computed));
    }
    // (summaryOf itself is checked against amounts worked by hand above.)
    const last = summarize(computed);
    expect([last.changed, last.uncounted, last.invalid]).toEqual([2, 0, 0]);
    expect(last.totals.items.bonus).toBe(5000);
    // Back to what is stored: nothing changed, the first totals again.
    expect(summarize(stored)).toEqual(summaryOf(stored));
  });
});

describe('entryOf', () => {
  it('sends every item with an amount, typed over stored, as decimal text (empty ones are zero); the event read', () => {
    const row = employeeMonth(MONTH, ali, { basic: 250000, allowance: 20000, overtime: 5000 });
    const entry = entryOf(row, { basic: ' 2,600 ', overtime: ' ', event: 't' });
    expect(entry.employeeId).toBe(ali.id);
    expect(entry.event).toBe('T');
    expect(entry.items).toEqual({ basic: '2,600', allowance: '200.00' });
  });

  it('sends the version the grid loaded, so a row changed elsewhere since is refused (null: nothing was stored)', () => {
    expect(entryOf({ ...employeeMonth(MONTH, ali, { basic: 250000 }), version: '2025-06-01T00:00:00.000Z' }, { basic: '1' }).expectedVersion).toBe(
      '2025-06-01T00:00:00.000Z',
    );
    expect(entryOf(employeeMonth(MONTH, ali), { basic: '1' }).expectedVersion).toBeNull();
  });
});

describe('savedRow', () => {
  it('is the row as stored after Save: the typed values and the amounts worked out for them', () => {
    const row = employeeMonth(MONTH, ali, { basic: 250000, bonus: 1000 });
    const saved = savedRow(row, computeRow(MONTH, row, { basic: '3000', bonus: '', event: 's' }), '2025-07-01T00:00:00.000Z');
    // RM3,000 falls in the RM2,900.01–3,000 band: SOCSO RM51.65 + RM14.75, EIS RM5.90 + RM5.90.
    expect(saved).toMatchObject({ employeeId: ali.id, items: { basic: 300000 }, event: 'S', wagesSen: 300000, version: '2025-07-01T00:00:00.000Z' });
    expect(saved?.amounts).toMatchObject({ socsoEmployer: 5165, socsoEmployee: 1475, eisEmployer: 590, eisEmployee: 590, total: 7820 });
  });

  it('is none while a cell is invalid (Save refuses it anyway)', () => {
    const row = employeeMonth(MONTH, ali);
    expect(savedRow(row, computeRow(MONTH, row, { basic: 'abc' }), null)).toBeNull();
    expect(savedRow(row, computeRow(MONTH, row, { gift: '1.234' }), null)).toBeNull();
  });
});

describe('parseClipboardBlock', () => {
  it('reads tab-separated rows copied from a spreadsheet, the last line break dropped', () => {
    expect(parseClipboardBlock('2000\t150.5\r\n1,800.00\t\r\n')).toEqual([
      ['2000', '150.5'],
      ['1,800.00', ''],
    ]);
    expect(parseClipboardBlock('12')).toEqual([['12']]);
  });
});
