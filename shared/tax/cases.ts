// A PCB case as a person types it — a row of `caruman pcb --input FILE` (its columns in
// case-columns.ts) — turned into engine input and calculated. Every problem is kept with the
// column it came from, so the caller can say "row 7, column sum_x". Money is ringgit with up to
// two decimals; an empty number is 0.
import { MAX_SEN, parseRinggit } from '../money/sen';
import { calculatePcb, MAX_CHILDREN, MAX_YEAR_SEN } from './calculate';
import { TaxError } from './errors';
import type { TaxMessageKey } from '../i18n/messages/tax';
import type { PcbInput } from './types';
import { pcbWorking } from './working';
import type { PcbCase, PcbCaseColumn, PcbCaseOutcome, PcbCaseProblem } from './case-columns';
import { CaseCellError, caseColumnOf, yesNoCell } from '../csv/case-cells';

class CaseColumnError extends CaseCellError<PcbCaseProblem> {}

function refuse(column: PcbCaseColumn, key: TaxMessageKey, params: Record<string, string | number> = {}): never {
  throw new CaseColumnError({ column, key, params });
}

/** Calculates one typed case; a problem with the input is returned with its column, never thrown. */
export function calculatePcbCase(typed: PcbCase, fallbackId = '1'): PcbCaseOutcome {
  const id = typed.id?.trim() || fallbackId;
  try {
    const result = calculatePcb(pcbCaseInput(typed));
    return { id, result, working: pcbWorking(result), error: null };
  } catch (error) {
    if (error instanceof CaseColumnError) return { id, result: null, working: null, error: error.problem };
    if (error instanceof TaxError) return { id, result: null, working: null, error: { column: caseColumnOf(COLUMN_OF_FIELD, error.field), key: error.key, params: error.params } };
    throw error;
  }
}

/** The engine input of a typed case; throws CaseColumnError. */
export function pcbCaseInput(typed: PcbCase): PcbInput {
  const cell = (column: PcbCaseColumn) => (typed[column] ?? '').trim();
  const yearText = cell('year');
  if (yearText === '') refuse('year', 'tax.input.required');
  if (!/^\d{4}$/.test(yearText)) refuse('year', 'tax.error.year.format', { value: yearText });
  const monthText = cell('month');
  if (monthText === '') refuse('month', 'tax.input.required');
  if (!/^\d{1,2}$/.test(monthText)) refuse('month', 'tax.error.month', { value: monthText });

  const residentText = cell('resident').toLowerCase();
  if (residentText === '') refuse('resident', 'tax.input.required');
  if (residentText !== 'yes' && residentText !== 'no') refuse('resident', 'tax.error.flag', { value: cell('resident') });
  const resident = residentText === 'yes';
  const categoryText = cell('category');
  // A non-resident's category does not enter the calculation: it may be left empty.
  if (categoryText === '' && resident) refuse('category', 'tax.input.required');
  if (categoryText !== '' && !/^[123]$/.test(categoryText)) refuse('category', 'tax.error.category', { value: categoryText });

  return {
    yearOfAssessment: Number(yearText),
    month: Number(monthText),
    employee: {
      resident,
      category: (categoryText === '' ? 1 : Number(categoryText)) as 1 | 2 | 3,
      disabled: yesOrEmpty(typed, 'disabled'),
      spouseDisabled: yesOrEmpty(typed, 'spouse_disabled'),
      children: {
        qualifying: count(typed, 'children'),
        higherEducation: count(typed, 'children_study'),
        disabled: count(typed, 'children_disabled'),
        disabledHigherEducation: count(typed, 'children_disabled_study'),
      },
    },
    yearToDate: {
      sumYSen: money(typed, 'sum_y', MAX_YEAR_SEN),
      sumKSen: money(typed, 'sum_k', MAX_YEAR_SEN),
      xSen: money(typed, 'sum_x', MAX_YEAR_SEN),
      zSen: money(typed, 'sum_z', MAX_YEAR_SEN),
      sumLpSen: money(typed, 'sum_lp', MAX_YEAR_SEN),
    },
    current: {
      y1Sen: money(typed, 'y1', MAX_SEN),
      k1Sen: money(typed, 'k1', MAX_SEN),
      lp1Sen: money(typed, 'lp1', MAX_SEN),
      ytSen: money(typed, 'yt', MAX_SEN),
      ktSen: money(typed, 'kt', MAX_SEN),
      zakatSen: money(typed, 'zakat', MAX_SEN),
    },
  };
}

/** "yes" (any case) is true; empty or "no" is false; anything else is refused. */
function yesOrEmpty(typed: PcbCase, column: PcbCaseColumn): boolean {
  return yesNoCell(typed[column], false) ?? refuse(column, 'tax.input.yesOrEmpty', { value: (typed[column] ?? '').trim() });
}

function count(typed: PcbCase, column: PcbCaseColumn): number {
  const text = (typed[column] ?? '').trim();
  if (text === '') return 0;
  if (!/^\d{1,3}$/.test(text) || Number(text) > MAX_CHILDREN) refuse(column, 'tax.error.children', { value: text, max: MAX_CHILDREN });
  return Number(text);
}

/** Ringgit with up to two decimals ("5500", "605.50", "1,234.56" when quoted, "RM 12"); empty is 0. */
function money(typed: PcbCase, column: PcbCaseColumn, maxSen: number): number {
  const text = (typed[column] ?? '').trim();
  if (text === '') return 0;
  const parsed = parseRinggit(text);
  if (parsed.ok) return parsed.sen;
  if (parsed.reason === 'negative') refuse(column, 'tax.input.negative', { value: text });
  if (parsed.reason === 'too_large') {
    // A year's sums may pass RM10 million (twelve months of a large salary): read them here.
    const plain = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.replace(/^RM\s*/i, '').replace(/,/g, ''));
    const sen = plain ? Number(plain[1]) * 100 + Number((plain[2] ?? '').padEnd(2, '0')) : Number.POSITIVE_INFINITY;
    if (sen <= maxSen) return sen;
    refuse(column, 'tax.input.tooLarge', { value: text, max: (maxSen / 100).toLocaleString('en-US') });
  }
  return refuse(column, 'tax.error.amount', { value: text });
}

/** The engine names fields of its own input; the user knows the columns. */
const COLUMN_OF_FIELD: Readonly<Record<string, PcbCaseColumn>> = {
  yearOfAssessment: 'year',
  month: 'month',
  'employee.resident': 'resident',
  'employee.category': 'category',
  'employee.disabled': 'disabled',
  'employee.spouseDisabled': 'spouse_disabled',
  'employee.children.qualifying': 'children',
  'employee.children.higherEducation': 'children_study',
  'employee.children.disabled': 'children_disabled',
  'employee.children.disabledHigherEducation': 'children_disabled_study',
  'yearToDate.sumYSen': 'sum_y',
  'yearToDate.sumKSen': 'sum_k',
  'yearToDate.xSen': 'sum_x',
  'yearToDate.zSen': 'sum_z',
  'yearToDate.sumLpSen': 'sum_lp',
  'current.y1Sen': 'y1',
  'current.k1Sen': 'k1',
  'current.lp1Sen': 'lp1',
  'current.ytSen': 'yt',
  'current.ktSen': 'kt',
  'current.zakatSen': 'zakat',
};

