// The company and people of the golden files (tests/fixtures/assist/README.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecordsApp } from '../../helpers/records';
import type { EmployeeWithWarnings } from '../../../shared/domain/employee';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/assist');
export const CODE = 'A3700012345B';
export const LONG_NAME =
  'Puteri Ænnur Aisyah binti Tengku Abdul Rahman Shah ibni Sultan Iskandar Zulkarnain Alam Shah Al-Haj Tengku Muda Mahkota Negeri Darul Ehsan Seri Paduka';

export interface Scenario {
  companyId: number;
  people: Record<string, EmployeeWithWarnings>;
}

export async function setUpScenario(app: RecordsApp): Promise<Scenario> {
  const company = await app.call<{ id: number }>('companies:create', { name: 'Kedai Runcit Ali', employerCode: CODE, ssmNumber: '201901000005' });
  const companyId = company.id;
  const add = (employee: Record<string, unknown>) => app.call<EmployeeWithWarnings>('employees:create', { companyId, employee });
  const people = {
    ahmad: await add({ name: 'Ahmad Zero', idNumber: '930303-14-5671', hireDate: '2020-01-06' }),
    ali: await add({ name: 'Ali bin Abu', idNumber: '900315-14-5671', hireDate: '2020-01-06' }),
    jose: await add({ name: 'José Łukasz Müller-Øster', idNumber: '850202-14-5679', hireDate: '2021-02-01' }),
    kumar: await add({ name: 'Kumar a/l Muthusamy', idNumber: '880101-08-5431', hireDate: '2019-05-01', leaveDate: '2025-03-20', leaveReason: 'resigned' }),
    lim: await add({ name: 'Lim Mei Ling', idNumber: '670805-10-5436', hireDate: '2024-10-01', noEisBefore57: true }),
    puteri: await add({ name: LONG_NAME, idNumber: '920707-14-5688', hireDate: '2018-03-01' }),
    rahim: await add({ name: 'Rahim Uddin', idType: 'passport', idNumber: 'A12345678', nationality: 'foreign', dateOfBirth: '1995-07-01', hireDate: '2023-01-01' }),
    siti: await add({ name: 'Siti Nurhaliza binti Tarudin', idNumber: '950520-10-5682', hireDate: '2025-03-10' }),
    tan: await add({ name: 'Tan Ah Kow', idNumber: '640510-07-5213', hireDate: '2010-01-04' }),
  };
  const p = people;
  await app.call('wages:set', {
    companyId,
    month: '2025-03',
    entries: [
      { employeeId: p.ahmad.id, items: { basic: '0' } },
      { employeeId: p.ali.id, items: { basic: '2500.50' }, event: 'S' },
      { employeeId: p.jose.id, items: { basic: '2500' } },
      { employeeId: p.kumar.id, items: { basic: '1600' } },
      { employeeId: p.lim.id, items: { basic: '2000' }, event: 'T' },
      { employeeId: p.puteri.id, items: { basic: '1600' } },
      { employeeId: p.rahim.id, items: { basic: '1800' } },
      { employeeId: p.siti.id, items: { basic: '1700' } },
      { employeeId: p.tan.id, items: { basic: '3000' } },
    ],
  });
  await app.call('wages:set', {
    companyId,
    month: '2026-06',
    entries: [
      { employeeId: p.ali.id, items: { basic: '6500' } },
      { employeeId: p.jose.id, items: { basic: '2500' } },
      { employeeId: p.lim.id, items: { basic: '2000' } },
      { employeeId: p.puteri.id, items: { basic: '1600' } },
      { employeeId: p.rahim.id, items: { basic: '1800' } },
      { employeeId: p.siti.id, items: { basic: '1700' } },
      { employeeId: p.tan.id, items: { basic: '3000' } },
    ],
  });
  return { companyId, people };
}
