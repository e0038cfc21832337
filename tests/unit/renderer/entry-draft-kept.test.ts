// The Payroll screen's deductions-and-hours typing as kept on this computer: one draft per
// company, month and employee, read back whole or not at all, never for another company that got
// the same id (state/drafts.ts) and never for another month or employee (the scope).
import { describe, expect, it } from 'vitest';
import { readDraft, writeDraft, type DraftStorage } from '../../../renderer/src/state/drafts';
import { draftOf, ENTRY_DRAFT_KIND, entryDraftScope, parseKeptEntry, withTyped, type EntryBasis } from '../../../renderer/src/screens/payroll/entry-draft';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  } satisfies DraftStorage & { map: Map<string, string> };
}

const company = { id: 3, employerCode: 'A3700012345B', createdAt: '2025-01-02T03:04:05.678Z' };
const basis: EntryBasis = { month: '2026-11', employeeMonthlyRateSen: 260_000, normalMinutesPerDay: 480 };
// Typed: a salary advance and 2 hours of overtime on normal days (2600 ÷ 26 ÷ 8 × 1.5 × 2 = RM37.50).
const typed = withTyped(withTyped(draftOf(null, basis), 'salary_advance', '150', null, basis), 'hours.normal', '2', null, basis);
const kept = { idNumber: '960115145674', draft: typed };

describe('kept deductions-and-hours typing', () => {
  it('is read back whole, as typed, with the worked overtime', () => {
    expect(typed.amounts.overtime).toBe('37.50');
    expect(parseKeptEntry(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
  });

  it('is not read back when any part is not what the form keeps', () => {
    const broken = (change: (value: Record<string, unknown>) => void) => {
      const value = JSON.parse(JSON.stringify(kept)) as Record<string, unknown>;
      change(value);
      return parseKeptEntry(value);
    };
    const draft = (value: Record<string, unknown>) => value.draft as Record<string, unknown>;
    expect(broken((v) => delete v.idNumber)).toBeNull();
    expect(broken((v) => delete (draft(v).amounts as Record<string, unknown>).zakat)).toBeNull();
    expect(broken((v) => ((draft(v).hours as Record<string, unknown>).restDay = 2))).toBeNull();
    expect(broken((v) => (draft(v).otherDeductionNote = 'x'.repeat(251)))).toBeNull();
    expect(broken((v) => (draft(v).overtimeFollows = 'yes'))).toBeNull();
    expect(broken((v) => (draft(v).basic = 2600))).toBeNull();
    expect(parseKeptEntry(null)).toBeNull();
    expect(parseKeptEntry('typed')).toBeNull();
  });

  it('is kept per month and employee, and never read for another company that has the same id', () => {
    const storage = memoryStorage();
    writeDraft(ENTRY_DRAFT_KIND, company, entryDraftScope('2026-11', 7), kept, storage);
    expect(readDraft(ENTRY_DRAFT_KIND, company, entryDraftScope('2026-11', 7), parseKeptEntry, storage)?.data).toEqual(kept);
    expect(readDraft(ENTRY_DRAFT_KIND, company, entryDraftScope('2026-12', 7), parseKeptEntry, storage)).toBeNull();
    expect(readDraft(ENTRY_DRAFT_KIND, company, entryDraftScope('2026-11', 8), parseKeptEntry, storage)).toBeNull();
    // Company 3 removed and another made with its id: the typing is not theirs, and is removed.
    const other = { ...company, employerCode: 'B1234567890C', createdAt: '2026-12-01T00:00:00.000Z' };
    expect(readDraft(ENTRY_DRAFT_KIND, other, entryDraftScope('2026-11', 7), parseKeptEntry, storage)).toBeNull();
    expect(storage.map.size).toBe(0);
  });
});
