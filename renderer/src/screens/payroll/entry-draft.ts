// The deductions and hours of one employee-month as typed on the Payroll screen: the draft made
// from what is stored, the amounts the Employment Act helpers work out from hours and days, and
// the draft read back into what payroll:saveEntry takes — or the fields at fault, with the same
// messages the wage file and the service use (shared/payroll/hours.ts, shared/domain/wages.ts).
import { daysInMonthOf } from '../../../../shared/calendar';
import { parseRinggit, senToDecimal } from '../../../../shared/money/sen';
import { PAY_ITEM_NAMES } from '../../../../shared/pay/pay-items';
import { OTHER_DEDUCTION_NOTE_MAX, zeroOvertimeMinutes, type OvertimeMinutesByKind } from '../../../../shared/pay/deductions';
import { formatHours, parseHours } from '../../../../shared/payroll/hours';
import { monthlyRateOf, overtimeWorking, unpaidLeaveWorking, type MonthlyRate, type Worked } from '../../../../shared/payroll/employment-act-working';
import { OVERTIME_KINDS, type OvertimeKind } from '../../../../shared/payroll/rules';
import { wageEntryProblem, zeroPayItems, type PayItemAmounts, type WageEntry } from '../../../../shared/domain/wages';
import type { Message } from '../../i18n/messages';

/** The amounts typed (ringgit) and the note. */
export const DRAFT_AMOUNTS = ['salary_advance', 'loan_repayment', 'other_deduction', 'zakat', 'unpaid_leave', 'overtime'] as const;
export type DraftAmount = (typeof DRAFT_AMOUNTS)[number];

export interface EntryDraft {
  amounts: Record<DraftAmount, string>;
  otherDeductionNote: string;
  unpaidLeaveDays: string;
  hours: Record<OvertimeKind, string>;
  /** The basic pay, only when the user applied the prorated suggestion (else what is stored stays). */
  basic: string | null;
  /** The overtime amount follows the hours until the user types over it (the amount stays the authority). */
  overtimeFollows: boolean;
  /** The unpaid leave amount follows the days the same way. */
  unpaidFollows: boolean;
}

export type DraftField = DraftAmount | 'otherDeductionNote' | 'unpaidLeaveDays' | `hours.${OvertimeKind}`;

/** What the helpers need besides the draft: the month, the employee's monthly rate, the company's normal day. */
export interface EntryBasis {
  month: string;
  employeeMonthlyRateSen: number | null;
  normalMinutesPerDay: number;
}

const blankIfZero = (sen: number) => (sen === 0 ? '' : senToDecimal(sen));

export function draftOf(entry: WageEntry | null, basis: EntryBasis): EntryDraft {
  const d = entry?.deductions;
  const minutes = entry?.overtimeMinutes ?? zeroOvertimeMinutes();
  const draft: EntryDraft = {
    amounts: {
      salary_advance: blankIfZero(d?.salary_advance ?? 0),
      loan_repayment: blankIfZero(d?.loan_repayment ?? 0),
      other_deduction: blankIfZero(d?.other_deduction ?? 0),
      zakat: blankIfZero(d?.zakat ?? 0),
      unpaid_leave: blankIfZero(d?.unpaid_leave ?? 0),
      overtime: blankIfZero(entry?.items.overtime ?? 0),
    },
    otherDeductionNote: entry?.otherDeductionNote ?? '',
    unpaidLeaveDays: entry && entry.unpaidLeaveDays > 0 ? String(entry.unpaidLeaveDays) : '',
    hours: Object.fromEntries(OVERTIME_KINDS.map((k) => [k, minutes[k] === 0 ? '' : formatHours(minutes[k])])) as Record<OvertimeKind, string>,
    basic: null,
    overtimeFollows: true,
    unpaidFollows: true,
  };
  // What is stored and not what the hours or days come to was typed as an amount: it stays so.
  const worked = workedAmounts(draft, entry, basis);
  draft.overtimeFollows = (entry?.items.overtime ?? 0) === (worked.overtime?.amountSen ?? 0);
  draft.unpaidFollows = (d?.unpaid_leave ?? 0) === (worked.unpaidLeave?.amountSen ?? 0);
  return draft;
}

/** The basic pay the draft will save (sen), or null when it is not an amount. */
function basicOf(draft: EntryDraft, entry: WageEntry | null): number | null {
  if (draft.basic === null) return entry?.items.basic ?? 0;
  const parsed = parseRinggit(draft.basic);
  return parsed.ok ? parsed.sen : null;
}

export function rateOf(draft: EntryDraft, entry: WageEntry | null, basis: EntryBasis): MonthlyRate {
  return monthlyRateOf(basis.employeeMonthlyRateSen, basicOf(draft, entry) ?? 0);
}

/** The overtime and unpaid leave the hours and days come to (null: none typed, or not readable, or no rate). */
export function workedAmounts(draft: EntryDraft, entry: WageEntry | null, basis: EntryBasis): { overtime: Worked | null; unpaidLeave: Worked | null } {
  const rate = rateOf(draft, entry, basis);
  if (rate.sen === 0) return { overtime: null, unpaidLeave: null };
  const minutes = zeroOvertimeMinutes();
  let readable = true;
  for (const kind of OVERTIME_KINDS) {
    const parsed = parseHours(draft.hours[kind]);
    if (parsed.ok) minutes[kind] = parsed.minutes;
    else readable = false;
  }
  const anyHours = OVERTIME_KINDS.some((k) => minutes[k] > 0);
  const overtime = readable && anyHours ? overtimeWorking(rate, minutes, basis.normalMinutesPerDay) : readable ? { amountSen: 0, working: [] } : null;
  const days = readDays(draft.unpaidLeaveDays, basis.month);
  const unpaidLeave = days === null ? null : days === 0 ? { amountSen: 0, working: [] } : unpaidLeaveWorking(rate, basis.month, days);
  return { overtime, unpaidLeave };
}

function readDays(text: string, month: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days <= daysInMonthOf(month) ? days : null;
}

/** What payroll:saveEntry takes for this employee-month. */
export interface EntryPayload {
  employeeId: number;
  items: Record<string, string>;
  deductions: Record<string, string>;
  unpaidLeaveDays: number;
  otherDeductionNote: string | null;
  overtimeMinutes: OvertimeMinutesByKind;
  expectedVersion: string | null;
}

export type ReadDraft = { ok: true; payload: EntryPayload } | { ok: false; errors: Partial<Record<DraftField | 'basic', Message>> };

const MONEY_KEYS = { format: 'error.money.format', negative: 'error.money.negative', too_large: 'error.money.tooLarge' } as const;

/** The draft as the service takes it, or every field at fault (nothing is sent then). */
export function readDraft(draft: EntryDraft, entry: WageEntry | null, employeeId: number, month: string): ReadDraft {
  const errors: Partial<Record<DraftField | 'basic', Message>> = {};
  const sen = {} as Record<DraftAmount, number>;
  for (const name of DRAFT_AMOUNTS) {
    const text = draft.amounts[name].trim();
    const parsed = text === '' ? ({ ok: true, sen: 0 } as const) : parseRinggit(text);
    if (parsed.ok) sen[name] = parsed.sen;
    else errors[name] = { key: MONEY_KEYS[parsed.reason] };
  }
  const minutes = zeroOvertimeMinutes();
  for (const kind of OVERTIME_KINDS) {
    const parsed = parseHours(draft.hours[kind]);
    if (parsed.ok) minutes[kind] = parsed.minutes;
    else errors[`hours.${kind}`] = { key: parsed.key };
  }
  const days = readDays(draft.unpaidLeaveDays, month);
  if (days === null) errors.unpaidLeaveDays = { key: 'wages.error.unpaidLeaveDays' };
  const note = draft.otherDeductionNote.trim();
  if (note.length > OTHER_DEDUCTION_NOTE_MAX) errors.otherDeductionNote = { key: 'wages.error.otherDeductionNote.tooLong' };
  const basic = basicOf(draft, entry);
  if (basic === null) errors.basic = { key: 'error.money.format' };

  const items: PayItemAmounts = { ...zeroPayItems(), ...entry?.items };
  if (basic !== null) items.basic = basic;
  if (!errors.overtime) items.overtime = sen.overtime;
  const deductions = { unpaid_leave: sen.unpaid_leave, salary_advance: sen.salary_advance, loan_repayment: sen.loan_repayment, other_deduction: sen.other_deduction, zakat: sen.zakat };
  // The entry's own rules, the very check the wage file and the service make (same messages).
  if (Object.keys(errors).length === 0) {
    const problem = wageEntryProblem(items, { deductions, unpaidLeaveDays: days ?? 0, otherDeductionNote: note === '' ? null : note, overtimeMinutes: minutes });
    if (problem) errors[problem.field === 'otherDeductionNote' ? 'otherDeductionNote' : 'unpaid_leave'] = { key: problem.key };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    payload: {
      employeeId,
      items: Object.fromEntries(PAY_ITEM_NAMES.map((name) => [name, senToDecimal(items[name])])),
      deductions: Object.fromEntries(Object.entries(deductions).map(([name, value]) => [name, senToDecimal(value)])),
      unpaidLeaveDays: days ?? 0,
      otherDeductionNote: note === '' ? null : note,
      overtimeMinutes: minutes,
      expectedVersion: entry?.updatedAt ?? null,
    },
  };
}

/** A draft field after typing: amounts that follow hours or days take the worked figure. */
export function withTyped(draft: EntryDraft, field: DraftField, value: string, entry: WageEntry | null, basis: EntryBasis): EntryDraft {
  let next: EntryDraft;
  if (field === 'otherDeductionNote') next = { ...draft, otherDeductionNote: value };
  else if (field === 'unpaidLeaveDays') next = { ...draft, unpaidLeaveDays: value };
  else if (field.startsWith('hours.')) next = { ...draft, hours: { ...draft.hours, [field.slice('hours.'.length)]: value } };
  else {
    const amount = field as DraftAmount;
    next = { ...draft, amounts: { ...draft.amounts, [amount]: value } };
    // Typing over a worked amount makes it the user's own.
    if (amount === 'overtime') next.overtimeFollows = false;
    if (amount === 'unpaid_leave') next.unpaidFollows = false;
  }
  return followWorked(next, entry, basis);
}

/** Puts the worked overtime and unpaid leave into the amounts that follow them. */
export function followWorked(draft: EntryDraft, entry: WageEntry | null, basis: EntryBasis): EntryDraft {
  const worked = workedAmounts(draft, entry, basis);
  const amounts = { ...draft.amounts };
  if (draft.overtimeFollows && worked.overtime) amounts.overtime = blankIfZero(worked.overtime.amountSen);
  if (draft.unpaidFollows && worked.unpaidLeave) amounts.unpaid_leave = blankIfZero(worked.unpaidLeave.amountSen);
  return { ...draft, amounts };
}

/** The amount as typed in sen, or null when it is not an amount. */
export function typedSen(text: string): number | null {
  if (text.trim() === '') return 0;
  const parsed = parseRinggit(text);
  return parsed.ok ? parsed.sen : null;
}

/** Whether the draft differs from what is stored. */
export function draftChanged(draft: EntryDraft, stored: EntryDraft): boolean {
  return (
    draft.basic !== null ||
    draft.otherDeductionNote.trim() !== stored.otherDeductionNote.trim() ||
    draft.unpaidLeaveDays.trim() !== stored.unpaidLeaveDays.trim() ||
    DRAFT_AMOUNTS.some((n) => typedSen(draft.amounts[n]) !== typedSen(stored.amounts[n]) || (typedSen(draft.amounts[n]) === null && draft.amounts[n] !== stored.amounts[n])) ||
    OVERTIME_KINDS.some((k) => {
      const a = parseHours(draft.hours[k]);
      const b = parseHours(stored.hours[k]);
      return a.ok && b.ok ? a.minutes !== b.minutes : draft.hours[k] !== stored.hours[k];
    })
  );
}

/** What is kept on this computer for one employee-month's typing (state/useKeptDraft.ts). */
export const ENTRY_DRAFT_KIND = 'payroll-entry';

export interface KeptEntry {
  /** The employee's ID number: a draft is never put back on someone else who got the same id. */
  idNumber: string;
  draft: EntryDraft;
}

/** One draft per company (the key), month and employee. */
export const entryDraftScope = (month: string, employeeId: number) => `${month}.${employeeId}`;

/** Longer than anything the form accepts: a longer text is not ours. */
const MAX_KEPT_TEXT = 250;

const keptText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_KEPT_TEXT;

/** A kept draft read back; null when it is not one (edited by hand, written by another version). */
export function parseKeptEntry(data: unknown): KeptEntry | null {
  if (typeof data !== 'object' || data === null) return null;
  const { idNumber, draft } = data as Record<string, unknown>;
  if (!keptText(idNumber) || typeof draft !== 'object' || draft === null) return null;
  const d = draft as Record<string, unknown>;
  const amounts = d.amounts as Record<string, unknown> | null;
  const hours = d.hours as Record<string, unknown> | null;
  if (typeof amounts !== 'object' || amounts === null || typeof hours !== 'object' || hours === null) return null;
  if (!DRAFT_AMOUNTS.every((name) => keptText(amounts[name])) || !OVERTIME_KINDS.every((kind) => keptText(hours[kind]))) return null;
  if (!keptText(d.otherDeductionNote) || !keptText(d.unpaidLeaveDays) || !(d.basic === null || keptText(d.basic))) return null;
  if (typeof d.overtimeFollows !== 'boolean' || typeof d.unpaidFollows !== 'boolean') return null;
  return {
    idNumber,
    draft: {
      amounts: Object.fromEntries(DRAFT_AMOUNTS.map((name) => [name, amounts[name]])) as Record<DraftAmount, string>,
      hours: Object.fromEntries(OVERTIME_KINDS.map((kind) => [kind, hours[kind]])) as Record<OvertimeKind, string>,
      otherDeductionNote: d.otherDeductionNote,
      unpaidLeaveDays: d.unpaidLeaveDays,
      basic: d.basic as string | null,
      overtimeFollows: d.overtimeFollows,
      unpaidFollows: d.unpaidFollows,
    },
  };
}
