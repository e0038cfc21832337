// An employer code copied from a letter, "A3700-12345", is taken without its hyphens and spaces
// through the contract (the app, the CLI), and only letters and digits are ever stored.
import { describe, expect, it } from 'vitest';
import { useRecordsApp } from '../helpers/records';
import type { Company } from '../../shared/domain/company';

const app = useRecordsApp('2026-07-15');

describe('employer code as typed', () => {
  it('"a3700-12345" and " A3700 12345 " are both A370012345; the second is the same company code, refused as taken', async () => {
    const made = await app.call<Company>('companies:create', { name: 'Kedai Runcit Ali', employerCode: 'a3700-12345' });
    expect(made.employerCode).toBe('A370012345');
    const again = await app.router.invoke('companies:create', { name: 'Kedai Lain', employerCode: ' A3700 12345 ' });
    expect(again.ok).toBe(false);
    expect(app.services.companies.list().map((c) => c.employerCode)).toEqual(['A370012345']);
  });

  it('other punctuation is still refused by name, and nothing is saved', async () => {
    const slash = await app.router.invoke('companies:create', { name: 'Kedai Runcit Ali', employerCode: 'A3700/12345' });
    expect(slash).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'employerCode', key: 'companies.error.employerCode.format' } });
    const empty = await app.router.invoke('companies:create', { name: 'Kedai Runcit Ali', employerCode: ' - ' });
    expect(empty).toMatchObject({ ok: false, error: { field: 'employerCode', key: 'companies.error.employerCode.required' } });
    expect(app.services.companies.list()).toEqual([]);
  });
});
