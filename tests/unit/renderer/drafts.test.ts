// Drafts kept on this computer: read back only for the company they were typed for.
import { describe, expect, it } from 'vitest';
import { draftKey, draftScopes, readDraft, removeDraft, writeDraft, type DraftStorage } from '../../../renderer/src/state/drafts';
import { applyWagesDraft, parseWagesDraft, wagesDraftOf } from '../../../renderer/src/screens/wages/draft';
import { computeRow } from '../../../renderer/src/screens/wages/model';
import { employee, gridRow as employeeMonth } from './fixtures';

function memoryStorage() {
  const map = new Map<string, string>();
  const storage = {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    key: (index: number) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
  return storage satisfies DraftStorage;
}

const company = { id: 3, employerCode: 'A3700012345B', createdAt: '2025-01-02T03:04:05.678Z' };
const asText = (data: unknown) => (typeof data === 'string' ? data : null);

describe('drafts', () => {
  it('are kept per kind, company and scope, and read back', () => {
    const storage = memoryStorage();
    expect(writeDraft('wages', company, '2025-05', 'typed', storage, () => new Date('2025-06-01T00:00:00Z'))).toBe(true);
    expect(draftKey('wages', company, '2025-05')).toBe('caruman.draft.wages.3.2025-05');
    expect(readDraft('wages', company, '2025-05', asText, storage)).toEqual({ data: 'typed', savedAt: '2025-06-01T00:00:00.000Z' });
    expect(readDraft('wages', company, '2025-04', asText, storage)).toBeNull();
    removeDraft('wages', company, '2025-05', storage);
    expect(storage.map.size).toBe(0);
  });

  it('are never given to another company that has the same id now, and are removed', () => {
    for (const other of [{ ...company, employerCode: 'SAMPLE000001' }, { ...company, createdAt: '2025-07-01T00:00:00.000Z' }]) {
      const storage = memoryStorage();
      writeDraft('wages', company, '2025-05', 'typed', storage);
      expect(readDraft('wages', other, '2025-05', asText, storage)).toBeNull();
      expect(storage.map.size).toBe(0);
    }
  });

  it('that cannot be read are removed, not offered again', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey('wages', company, '2025-05'), '{not json');
    expect(readDraft('wages', company, '2025-05', asText, storage)).toBeNull();
    writeDraft('wages', company, '2025-05', 42, storage);
    expect(readDraft('wages', company, '2025-05', asText, storage)).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('of one kind are listed per company, by scope', () => {
    const storage = memoryStorage();
    writeDraft('employee', company, 'new', 'a', storage);
    writeDraft('employee', company, 'edit-12', 'b', storage);
    writeDraft('employee', { ...company, id: 4 }, 'edit-13', 'c', storage);
    writeDraft('wages', company, '2025-05', 'd', storage);
    expect(draftScopes('employee', company, storage)).toEqual(['edit-12', 'new']);
    expect(draftScopes('employee', { id: 33 }, storage)).toEqual([]);
  });

  it('say so when the storage refuses them (full, or turned off)', () => {
    const full: DraftStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(writeDraft('wages', company, '2025-05', 'typed', full)).toBe(false);
    expect(writeDraft('wages', company, '2025-05', 'typed', null)).toBe(false);
    expect(readDraft('wages', company, '2025-05', asText, null)).toBeNull();
  });
});

describe('wages drafts', () => {
  const MONTH = '2025-05';
  const ali = employee();
  const siti = employee({ id: 2, name: 'Siti Aminah', idNumber: '900202105154' });
  const rows = [employeeMonth(MONTH, ali, { basic: 300000 }), employeeMonth(MONTH, siti)];

  it('keep only the rows that differ from what is stored, each tied to its employee', () => {
    const drafts = new Map([
      [ali.id, { basic: '3000' }],
      [siti.id, { basic: '1800', event: 't' }],
    ]);
    const computed = rows.map((row) => computeRow(MONTH, row, drafts.get(row.employeeId)));
    expect(wagesDraftOf(rows, drafts, computed)).toEqual({ rows: [{ employeeId: siti.id, idNumber: '900202105154', cells: { basic: '1800', event: 't' } }] });
  });

  it('are put back on the same people only', () => {
    const applied = applyWagesDraft(rows, {
      rows: [
        { employeeId: siti.id, idNumber: '900202105154', cells: { basic: '1800' } },
        { employeeId: ali.id, idNumber: '111111111111', cells: { basic: '9999' } },
        { employeeId: 99, idNumber: '850505105151', cells: { basic: '1' } },
      ],
    });
    expect([...applied.drafts]).toEqual([[siti.id, { basic: '1800' }]]);
    expect(applied).toMatchObject({ restored: 1, leftOut: 2 });
  });

  it('read back refuse anything the grid would not have written', () => {
    const good = { rows: [{ employeeId: 2, idNumber: '900202105154', cells: { basic: '1800', event: 'T' } }] };
    expect(parseWagesDraft(good)).toEqual(good);
    expect(parseWagesDraft(null)).toBeNull();
    expect(parseWagesDraft({ rows: [{ employeeId: '2', idNumber: 'x', cells: {} }] })).toBeNull();
    expect(parseWagesDraft({ rows: [{ employeeId: 2, idNumber: 'x', cells: { salary: '1' } }] })).toBeNull();
    expect(parseWagesDraft({ rows: [{ employeeId: 2, idNumber: 'x', cells: { basic: 1800 } }] })).toBeNull();
    expect(parseWagesDraft({ rows: [{ employeeId: 2, idNumber: 'x', cells: { basic: '1'.repeat(65) } }] })).toBeNull();
  });
});
