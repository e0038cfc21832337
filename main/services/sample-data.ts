// "Try Caruman with sample data": one clearly marked sample company (is_sample = 1, a name that
// starts with "CONTOH / SAMPLE –", employer code SAMPLE000001) with eight employees who show the
// interesting cases, and wages for the last two months; and "Remove sample data", which deletes
// that company and every row of it in one transaction. It refuses to remove a real company.
import type { Db } from './db/open';
import type { CompanyService } from './companies';
import type { EmployeeService } from './employees';
import type { WageService, WageWrite } from './wages';
import type { Company } from '../../shared/domain/company';
import type { EmployeeInput } from '../../shared/domain/employee';
import { addMonths } from '../../shared/calendar';
import { ServiceError } from './service-error';
import type { SampleCreated, SampleRemoved } from '../../shared/domain/sample';

export const SAMPLE_NAME_PREFIX = 'CONTOH / SAMPLE – ';
export const SAMPLE_COMPANY_NAME = `${SAMPLE_NAME_PREFIX}Kedai Runcit Maju`;
/** Letters and digits, 12 characters: the length PERKESO employer codes have. */
export const SAMPLE_EMPLOYER_CODE = 'SAMPLE000001';

export interface SampleDeps {
  db: Db;
  companies: CompanyService;
  employees: EmployeeService;
  wages: WageService;
  today: () => string;
}


/** The tables holding a company's rows, children first (the order they are deleted in). */
const COMPANY_TABLES = ['file_run_employees', 'file_run_files', 'file_runs', 'receipts', 'month_status', 'change_log', 'payroll_month_lines', 'payroll_months', 'payroll_unlocks', 'payroll_corrections', 'tp1_claims', 'tp3_previous', 'cp38_instructions', 'wages', 'employees'] as const;

/** A valid MyKad number for a birth date ("YYYY-MM-DD"), born in Selangor (place code 10). */
function mykadFor(dateOfBirth: string, serial: number, gender: 'male' | 'female'): string {
  const [y = '', m = '', d = ''] = dateOfBirth.split('-');
  const last = gender === 'male' ? (serial % 5) * 2 + 1 : (serial % 5) * 2;
  return `${y.slice(2)}${m}${d}10${String(serial).padStart(3, '0')}${last}`;
}

/** The month before today's ("YYYY-MM"): the month a shop owner files now. */
function lastMonthOf(today: string): string {
  return addMonths(today.slice(0, 7), -1);
}

interface SamplePerson {
  input: EmployeeInput;
  /** Basic pay in sen for [older month, later month]; null: not on the payroll that month. */
  basic: [number | null, number | null];
  overtime?: number;
}

function people(today: string, later: string): SamplePerson[] {
  const year = Number(today.slice(0, 4));
  const born = (age: number, monthDay: string) => `${year - age}-${monthDay}`;
  const sixty = born(61, '03-15'); // 60 or 61 in every month of this year
  const fiftyEight = born(59, '08-20'); // 57 or 58 this year
  const citizen = '1990-02-02';
  const domestic = '1978-11-05';
  const joiner = '2001-07-07';
  const leaver = '1995-04-04';
  const highEarner = '1983-09-09';
  return [
    {
      input: { name: 'Siti Aminah binti Yusof', idType: 'mykad', idNumber: mykadFor(citizen, 101, 'female'), hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03' },
      basic: [250000, 250000],
      overtime: 15000,
    },
    {
      input: { name: 'Ahmad bin Ismail', idType: 'mykad', idNumber: mykadFor(sixty, 102, 'male'), hireDate: '2015-06-01', perkesoRegisteredDate: '2015-06-02', notes: 'Contoh: 60 tahun ke atas, PERKESO Jenis Kedua, tiada SIP. / Sample: 60 or older, SOCSO Category 2, no EIS.' },
      basic: [180000, 180000],
    },
    {
      input: {
        name: 'Lim Ah Kow',
        idType: 'mykad',
        idNumber: mykadFor(fiftyEight, 103, 'male'),
        hireDate: `${year - 1}-02-01`,
        perkesoRegisteredDate: `${year - 1}-02-03`,
        noEisBefore57: true,
        notes: 'Contoh: 57 tahun ke atas tanpa caruman SIP sebelum 57, jadi tiada SIP. / Sample: 57 or older with no EIS before 57, so no EIS.',
      },
      basic: [210000, 210000],
    },
    {
      input: {
        name: 'Rahman Hossain',
        idType: 'passport',
        idNumber: 'A12345678',
        nationality: 'foreign',
        gender: 'male',
        dateOfBirth: '1992-05-05',
        hireDate: '2023-03-01',
        perkesoRegisteredDate: '2023-03-02',
        notes: 'Contoh: pekerja asing dengan pasport, PERKESO tetapi tiada SIP. / Sample: foreign worker with a passport, SOCSO but no EIS.',
      },
      basic: [170000, 170000],
      overtime: 32050,
    },
    {
      input: {
        name: 'Nurul Huda binti Hassan',
        idType: 'mykad',
        idNumber: mykadFor(joiner, 104, 'female'),
        hireDate: `${later}-05`,
        perkesoRegisteredDate: `${later}-06`,
        notes: 'Contoh: mula bekerja bulan ini. / Sample: joined this month.',
      },
      basic: [null, 160000],
    },
    {
      input: {
        name: 'Tan Mei Ling',
        idType: 'mykad',
        idNumber: mykadFor(leaver, 105, 'female'),
        hireDate: '2021-01-04',
        perkesoRegisteredDate: '2021-01-05',
        leaveDate: `${later}-20`,
        leaveReason: 'resigned',
        notes: 'Contoh: berhenti bulan ini. / Sample: left this month.',
      },
      basic: [200000, 133333],
    },
    {
      input: {
        name: 'Kamala a/p Muthu',
        idType: 'mykad',
        idNumber: mykadFor(domestic, 106, 'female'),
        domesticWorker: true,
        hireDate: '2024-07-01',
        perkesoRegisteredDate: '2024-07-02',
        notes: 'Contoh: pekerja domestik. / Sample: domestic worker.',
      },
      basic: [150000, 150000],
    },
    {
      input: { name: 'Wong Kar Wai', idType: 'mykad', idNumber: mykadFor(highEarner, 107, 'male'), hireDate: '2018-09-01', perkesoRegisteredDate: '2018-09-03', notes: 'Contoh: gaji melebihi siling. / Sample: wages above the ceiling.' },
      basic: [720000, 720000],
    },
  ];
}

export function createSampleDataService(deps: SampleDeps) {
  const { db } = deps;
  const statements = {
    sample: db.prepare<[], { id: number }>('SELECT id FROM companies WHERE is_sample = 1 ORDER BY id LIMIT 1'),
    codeTaken: db.prepare<[string], { id: number }>('SELECT id FROM companies WHERE employer_code = ?'),
    mark: db.prepare<[number]>('UPDATE companies SET is_sample = 1 WHERE id = ?'),
    isSample: db.prepare<[number], { is_sample: number; uuid: string }>('SELECT is_sample, uuid FROM companies WHERE id = ?'),
  };

  function freeEmployerCode(): string {
    for (let n = 1; n < 1000; n += 1) {
      const code = `SAMPLE${String(n).padStart(6, '0')}`;
      if (!statements.codeTaken.get(code)) return code;
    }
    throw new ServiceError('CONFLICT', 'sample.error.noCode', {}, 'employerCode');
  }

  return {
    /** The sample company, if there is one. */
    current(): Company | null {
      const row = statements.sample.get();
      return row ? deps.companies.get(row.id) : null;
    },

    /** Creates the sample company with its employees and two months of wages (or returns the one there is). */
    create(): SampleCreated {
      const today = deps.today();
      const later = lastMonthOf(today);
      const months: [string, string] = [addMonths(later, -1), later];
      return db.transaction((): SampleCreated => {
        const existing = statements.sample.get();
        if (existing) {
          return { company: deps.companies.get(existing.id), employees: deps.employees.list(existing.id).length, months };
        }
        const created = deps.companies.create({ name: SAMPLE_COMPANY_NAME, employerCode: freeEmployerCode(), ssmNumber: null });
        statements.mark.run(created.id);
        const list = people(today, later);
        const writes: [WageWrite[], WageWrite[]] = [[], []];
        for (const person of list) {
          const employee = deps.employees.create(created.id, person.input, 'app');
          person.basic.forEach((basic, index) => {
            if (basic === null) return;
            writes[index as 0 | 1].push({ employeeId: employee.id, items: { basic, ...(person.overtime ? { overtime: person.overtime } : {}) } });
          });
        }
        months.forEach((month, index) => deps.wages.write(created.id, month, writes[index as 0 | 1], 'app'));
        return { company: deps.companies.get(created.id), employees: list.length, months };
      })();
    },

    /**
     * Deletes the sample company and every row of it; a company that is not a sample is refused.
     * The caller wipes what lives outside the database under the returned UUID (its portal login).
     */
    remove(companyId: number): SampleRemoved {
      return db.transaction((): SampleRemoved => {
        const row = statements.isSample.get(companyId);
        if (!row) throw new ServiceError('NOT_FOUND', 'companies.error.notFound', {}, 'companyId');
        if (row.is_sample !== 1) throw new ServiceError('FORBIDDEN', 'sample.error.notSample', {}, 'companyId');
        const deleted: Record<string, number> = {};
        for (const table of COMPANY_TABLES) {
          const sql =
            table === 'file_run_employees' || table === 'file_run_files'
              ? `DELETE FROM ${table} WHERE run_id IN (SELECT id FROM file_runs WHERE company_id = ?)`
              : `DELETE FROM ${table} WHERE company_id = ?`;
          deleted[table] = db.prepare(sql).run(companyId).changes;
        }
        deleted.companies = db.prepare('DELETE FROM companies WHERE id = ? AND is_sample = 1').run(companyId).changes;
        return { companyId, companyUuid: row.uuid, deleted };
      })();
    },
  };
}

export type SampleDataService = ReturnType<typeof createSampleDataService>;
