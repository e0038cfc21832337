// Step 5 of the checker: amounts against PERKESO's tables for the record's month. A 223-character
// file carries no wages, so its amount must be some total of the month's table (and the records'
// amount when the company is known); the 278-character file carries the wages, so every scheme's
// amount must be exactly the table's for them.
import { formatRinggit } from '../money/sen';
import { monthIndex } from '../calendar';
import { eisTableFor, findRow, lindungTableFor, rules, socsoTablesFor, type RateTable } from '../statutory';
import { problemAt, type CheckProblem } from './check-problem';
import { fieldOf, type Layout } from './layouts';
import type { DetectedLayout, KnownEmployee } from './check';

// Every table total for a month, by scheme, so a 223 file from anywhere can be checked for amounts
// no table row gives (its wages are not in the file).
const totalsCache = new Map<string, Set<number>>();
function tableTotals(scheme: 'socso' | 'eis', idx: number): Set<number> {
  const tables: RateTable[] = [];
  if (scheme === 'socso') {
    const s = socsoTablesFor(idx);
    if (s) tables.push(s.first, s.second);
  } else {
    const e = eisTableFor(idx);
    if (e) tables.push(e);
  }
  const key = tables.map((t) => t.id).join('+');
  let set = totalsCache.get(key);
  if (!set) {
    set = new Set(tables.flatMap((t) => t.rows.map((r) => r.totalSen)));
    totalsCache.set(key, set);
  }
  return set;
}

/** The amount of a 223-character record (field 6) for its month. */
export function check223Amount(detected: DetectedLayout, month: string, amount: number, known: KnownEmployee | null, line: number, column: number): CheckProblem[] {
  const idx = monthIndex(month);
  const found = formatRinggit(amount);
  if (detected === 'socso' || detected === 'eis') {
    const totals = tableTotals(detected, idx);
    if (totals.size === 0) return [problemAt(line, column, detected === 'eis' ? 'assist.check.eisNotInForce' : 'assist.check.amountNotInTable', { found, month })];
    if (!totals.has(amount)) return [problemAt(line, column, 'assist.check.amountNotInTable', { found, month })];
    const expected = known ? (detected === 'socso' ? known.socsoSen : known.eisSen) : null;
    if (expected !== null && expected !== amount) {
      return [problemAt(line, column, 'assist.check.amountDiffersFromRecords', { found, expected: formatRinggit(expected) })];
    }
    return [];
  }
  // A 223 file whose scheme is not known: the amount must be some SOCSO or EIS table total.
  if (!tableTotals('socso', idx).has(amount) && !tableTotals('eis', idx).has(amount)) {
    return [problemAt(line, column, 'assist.check.amountNotInTable', { found, month })];
  }
  if (known && known.socsoSen !== amount && known.eisSen !== amount && (known.socsoSen !== null || known.eisSen !== null)) {
    return [problemAt(line, column, 'assist.check.amountDiffersFromRecords', { found, expected: formatRinggit(known.socsoSen ?? known.eisSen ?? 0) }, 'warning')];
  }
  return [];
}

export type CombinedAmounts = Record<'socsoEmployer' | 'socsoEmployee' | 'eisEmployer' | 'eisEmployee' | 'lindungEmployee', number | null>;

/** The 278 file carries the wages: every scheme amount must be the table's for those wages. */
export function checkCombinedAmounts(layout: Layout, month: string, wagesSen: number, a: CombinedAmounts, line: number): CheckProblem[] {
  const idx = monthIndex(month);
  const problems: CheckProblem[] = [];
  const mismatch = (name: keyof CombinedAmounts, expected: number, table: string) => {
    const found = a[name];
    if (found === null || found === expected) return;
    const field = fieldOf(layout, name);
    problems.push(
      problemAt(line, field.start, 'assist.check.amountMismatch', {
        field: field.number,
        found: formatRinggit(found),
        expected: formatRinggit(expected),
        wages: formatRinggit(wagesSen),
        table,
      }),
    );
  };
  const row = (table: RateTable) => (wagesSen === 0 ? null : findRow(table, wagesSen));

  // SOCSO: an employee share means Category 1; an employer share alone means Category 2.
  const socso = socsoTablesFor(idx);
  if (socso && ((a.socsoEmployer ?? 0) > 0 || (a.socsoEmployee ?? 0) > 0)) {
    const table = (a.socsoEmployee ?? 0) > 0 ? socso.first : socso.second;
    const r = row(table);
    mismatch('socsoEmployer', r?.employerSen ?? 0, table.id);
    mismatch('socsoEmployee', r?.employeeSen ?? 0, table.id);
  }
  const eis = eisTableFor(idx);
  if ((a.eisEmployer ?? 0) > 0 || (a.eisEmployee ?? 0) > 0) {
    if (!eis) {
      problems.push(problemAt(line, fieldOf(layout, 'eisEmployer').start, 'assist.check.eisNotInForce', { month, found: formatRinggit((a.eisEmployer ?? 0) + (a.eisEmployee ?? 0)) }));
    } else {
      const r = row(eis);
      mismatch('eisEmployer', r?.employerSen ?? 0, eis.id);
      mismatch('eisEmployee', r?.employeeSen ?? 0, eis.id);
    }
  }
  if ((a.lindungEmployee ?? 0) > 0) {
    const lindung = lindungTableFor(idx);
    if (!lindung) problems.push(problemAt(line, fieldOf(layout, 'lindungEmployee').start, 'assist.check.lindungNotInForce', { month, first: rules.LINDUNG_START_MONTH }));
    else mismatch('lindungEmployee', row(lindung.table)?.employeeSen ?? 0, lindung.table.id);
  }
  return problems;
}
