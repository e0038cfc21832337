// Dates over the contract are told the Malaysian way (issue 12, item 8): a bad date from a raw IPC
// call or the CLI says "DD/MM/YYYY" in the user's language, never "YYYY-MM-DD"; a date written
// DD/MM/YYYY is taken and kept as the ISO date, exactly as the UI's own YYYY-MM-DD is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../main/services';
import { createRouter, type Router } from '../../../main/api/router';
import { makeTempDir } from '../../helpers/temp-dir';
import type { Company } from '../../../shared/domain/company';
import type { Employee } from '../../../shared/domain/employee';

let temp: { dir: string; remove(): void };
let services: Services;
let locale: 'ms' | 'en' = 'en';
let router: Router;
let company: Company;
beforeEach(() => {
  locale = 'en';
  temp = makeTempDir();
  services = createServices({ dataDir: temp.dir, filesDir: `${temp.dir}/files`, today: () => '2026-07-15' });
  router = createRouter(services, { locale: () => locale, logError: () => {} });
  company = services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
});
afterEach(() => {
  services.close();
  temp.remove();
});

const ali = { name: 'Ali bin Abu', idNumber: '800101-14-5677', hireDate: '2024-03-01' };

describe('dates over the contract', () => {
  it('the keep-11 % election date: 31/02/2026 is refused saying DD/MM/YYYY, in English and in Malay, and nothing changes', async () => {
    const created = await router.invoke('employees:create', { companyId: company.id, employee: { ...ali, epfKeep11: true } });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as Employee).id;
    for (const [language, expected] of [
      ['en', 'Type a date as DD/MM/YYYY, e.g. 01/03/2025.'],
      ['ms', 'Taip tarikh sebagai HH/BB/TTTT, contohnya 01/03/2025.'],
    ] as const) {
      locale = language;
      const result = await router.invoke('employees:update', { id, employee: { ...ali, epfKeep11: true, epfKeep11Date: '31/02/2026' } });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'employee.epfKeep11Date', message: expected } });
      expect(result.ok ? '' : result.error.message).not.toMatch(/YYYY-MM|TTTT-BB/);
    }
    expect(services.employees.get(id).epfKeep11Date).toBeNull();
  });

  it('DD/MM/YYYY is taken and kept as the ISO date; so is the UI’s YYYY-MM-DD; empty is none', async () => {
    const created = await router.invoke('employees:create', {
      companyId: company.id,
      employee: { ...ali, hireDate: '1/3/2024', dateOfBirth: '01/01/1980', epfKeep11: true, epfKeep11Date: '05/01/2021' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const stored = services.employees.get((created.value as Employee).id);
    expect(stored).toMatchObject({ hireDate: '2024-03-01', dateOfBirth: '1980-01-01', epfKeep11Date: '2021-01-05' });

    const iso = await router.invoke('employees:update', { id: stored.id, employee: { ...ali, epfKeep11: true, epfKeep11Date: '2021-02-01', leaveDate: '' } });
    expect(iso).toMatchObject({ ok: true, value: { epfKeep11Date: '2021-02-01', leaveDate: null } });
  });

  it('a hire date that is no date is refused by field, the Malaysian way', async () => {
    const result = await router.invoke('employees:create', { companyId: company.id, employee: { ...ali, hireDate: '2024-13-01' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'employee.hireDate', message: 'Type a date as DD/MM/YYYY, e.g. 01/03/2025.' } });
    expect(services.employees.list(company.id)).toHaveLength(0);
  });
});
