// The people of the hand-built Form A golden (tests/fixtures/epf/README.md), as records: a company
// with its KWSP employer number and July 2026 wages. Every amount in the README was read from the
// Third Schedule or worked on paper; the tests lay the expected file out by hand from them.
import type { RecordsApp } from '../../helpers/records';
import type { EmployeeWithWarnings } from '../../../shared/domain/employee';

export const CODE = 'A3700012345B';
export const EPF_EMPLOYER = '23456789';
export const WAGE_MONTH = '2026-07';
/** The day the files are made (record 00's date in the golden). */
export const TODAY = '2026-08-10';

export interface EpfScenario {
  companyId: number;
  people: Record<'ahmad' | 'ali' | 'lim' | 'mary' | 'rahim' | 'siti' | 'tan', EmployeeWithWarnings>;
}

export async function setUpEpfScenario(app: RecordsApp, options: { epfEmployerNumber?: string | null } = {}): Promise<EpfScenario> {
  const company = await app.call<{ id: number }>('companies:create', { name: 'Kedai Runcit Ali', employerCode: CODE, ssmNumber: '201901000005' });
  const companyId = company.id;
  const epfEmployerNumber = options.epfEmployerNumber === undefined ? EPF_EMPLOYER : options.epfEmployerNumber;
  if (epfEmployerNumber !== null) await app.call('companies:update', { id: companyId, epfEmployerNumber });
  const add = (employee: Record<string, unknown>) => app.call<EmployeeWithWarnings>('employees:create', { companyId, employee: { hireDate: '2020-01-06', ...employee } });
  const people = {
    ahmad: await add({ name: 'Ahmad Zero', idNumber: '930303-14-5671' }),
    ali: await add({ name: 'Ali bin Abu', idNumber: '900314-14-5671', staffNumber: '001', epfMemberNumber: '12345678' }),
    lim: await add({ name: 'Lim Mei Ling', idNumber: '700805-10-5436', nationality: 'pr', staffNumber: '005', epfMemberNumber: '45678901' }),
    mary: await add({ name: 'Mary Santos', idType: 'passport', idNumber: 'P7654321', nationality: 'foreign', domesticWorker: true, dateOfBirth: '1988-02-02' }),
    rahim: await add({ name: 'Rahim Uddin', idType: 'passport', idNumber: 'A12345678', nationality: 'foreign', dateOfBirth: '1995-07-01', staffNumber: '004' }),
    siti: await add({ name: 'Siti Nurhaliza binti Tarudin', idNumber: '950520-10-5682', staffNumber: '002', epfMemberNumber: '23456789' }),
    tan: await add({ name: 'Tan Ah Kow', idNumber: '640510-07-5213', staffNumber: '003', epfMemberNumber: '34567890' }),
  };
  const p = people;
  await app.call('wages:set', {
    companyId,
    month: WAGE_MONTH,
    entries: [
      { employeeId: p.ahmad.id, items: { basic: '0' } },
      { employeeId: p.ali.id, items: { basic: '2985' } },
      { employeeId: p.lim.id, items: { basic: '25000' } },
      { employeeId: p.mary.id, items: { basic: '1500' } },
      { employeeId: p.rahim.id, items: { basic: '1800' } },
      { employeeId: p.siti.id, items: { basic: '3000', bonus: '2500' } },
      { employeeId: p.tan.id, items: { basic: '3000' } },
    ],
  });
  return { companyId, people };
}

const zeros = (value: number | string, width: number) => String(value).padStart(width, '0');

/**
 * The Form A records laid out by hand from EPF.md §4.2 (epf_forma_txt_layout.csv), the way the
 * fixture's build-expected.sh does with printf: fixed widths, zero-padded numbers, space-padded text.
 */
export const formA = {
  header: (date: string, employerSen: number, employeeSen: number, hash: number) =>
    `00EPF MONTHLY FORM A${date}00001${zeros(employerSen, 15)}${zeros(employeeSen, 15)}${zeros(hash, 21)}${' '.repeat(45)}`,
  employer: (number: string, mmyyyy: string) => `01${zeros(number, 19)}${mmyyyy}DSK0000100000000${' '.repeat(86)}`,
  member: (member: string, ic: string, name: string, staff: string, employerSen: number, employeeSen: number, wagesSen: number) =>
    `02${zeros(member, 19)}${ic.padEnd(15)}${name.padEnd(40)}${staff.padEnd(20)}${zeros(employerSen, 9)}${zeros(employeeSen, 9)}${zeros(wagesSen, 15)}`,
  trailer: (count: number, employerSen: number, employeeSen: number, hash: number) =>
    `99${zeros(count, 7)}${zeros(employerSen, 15)}${zeros(employeeSen, 15)}${zeros(hash, 21)}${' '.repeat(69)}`,
};

/**
 * The expected Form A of the scenario, members in the wage grid's order (by name), with the
 * README's amounts: totals 426100 / 372100 sen, hash 12345678 + 23456789 + 34567890 + 0 + 45678901.
 */
export function expectedFormA(): string {
  const hash = 12345678 + 23456789 + 34567890 + 45678901;
  expectEqual(hash, 116049258);
  return [
    formA.header('20260810', 426100, 372100, hash),
    formA.employer(EPF_EMPLOYER, '082026'),
    formA.member('12345678', '900314145671', 'ALI BIN ABU', '001', 39000, 33000, 298500),
    formA.member('45678901', '700805105436', 'LIM MEI LING', '005', 300000, 275000, 2500000),
    formA.member('0', 'A12345678', 'RAHIM UDDIN', '004', 3600, 3600, 180000),
    formA.member('23456789', '950520105682', 'SITI NURHALIZA BINTI TARUDIN', '002', 71500, 60500, 550000),
    formA.member('34567890', '640510075213', 'TAN AH KOW', '003', 12000, 0, 300000),
    formA.trailer(5, 426100, 372100, hash),
  ].join('\r\n');
}

function expectEqual(a: number, b: number): void {
  if (a !== b) throw new Error(`${a} ≠ ${b}`);
}
