import type { Db } from './db/open';
import { ServiceError } from './service-error';
import { COMPANY_DETAIL_FIELDS, hrdLevyWarning, type Company, type CompanyUpdate, type CompanyWithWarnings, type HrdLevy } from '../../shared/domain/company';
import type { ChangeLog } from './change-log';

interface CompanyRow {
  id: number;
  uuid: string;
  name: string;
  employer_code: string;
  ssm_number: string | null;
  address: string | null;
  contact_name: string | null;
  phone: string | null;
  email: string | null;
  output_folder: string | null;
  portal_username: string | null;
  notes: string | null;
  is_sample: number;
  epf_employer_number: string | null;
  tax_employer_number: string | null;
  hrd_levy: HrdLevy;
  normal_minutes_per_day: number;
  payment_reference: string | null;
  created_at: string;
  updated_at: string;
}

function toCompany(row: CompanyRow): Company {
  return {
    id: row.id,
    uuid: row.uuid,
    name: row.name,
    employerCode: row.employer_code,
    ssmNumber: row.ssm_number,
    address: row.address,
    contactName: row.contact_name,
    phone: row.phone,
    email: row.email,
    outputFolder: row.output_folder,
    portalUsername: row.portal_username,
    notes: row.notes,
    isSample: row.is_sample === 1,
    epfEmployerNumber: row.epf_employer_number,
    taxEmployerNumber: row.tax_employer_number,
    hrdLevy: row.hrd_levy,
    normalMinutesPerDay: row.normal_minutes_per_day,
    paymentReference: row.payment_reference,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const COLUMN_OF: Record<(typeof COMPANY_DETAIL_FIELDS)[number], string> = {
  name: 'name',
  ssmNumber: 'ssm_number',
  address: 'address',
  contactName: 'contact_name',
  phone: 'phone',
  email: 'email',
  outputFolder: 'output_folder',
  portalUsername: 'portal_username',
  notes: 'notes',
  epfEmployerNumber: 'epf_employer_number',
  taxEmployerNumber: 'tax_employer_number',
  hrdLevy: 'hrd_levy',
  normalMinutesPerDay: 'normal_minutes_per_day',
  paymentReference: 'payment_reference',
};

/** Input already validated by the shared schemas (trimmed, upper-cased). */
export interface CompanyFields {
  name: string;
  employerCode: string;
  ssmNumber: string | null;
}

/**
 * "Does this company exist": the one check, made by the services (never by the handlers) at the
 * start of every call that names a company by id. NOT_FOUND on the caller's field `companyId`.
 */
export function createCompanyCheck(db: Db): (companyId: number) => void {
  const exists = db.prepare<[number], { id: number }>('SELECT id FROM companies WHERE id = ?');
  return (companyId) => {
    if (!exists.get(companyId)) throw new ServiceError('NOT_FOUND', 'companies.error.notFound', {}, 'companyId');
  };
}

export function createCompanyService(db: Db, changes: ChangeLog, today: () => string = () => new Date().toISOString().slice(0, 10)) {
  const statements = {
    // HRD Corp counts Malaysian employees: citizens on the payroll today.
    malaysianEmployees: db.prepare<[number, string, string], { n: number }>(
      `SELECT count(*) AS n FROM employees WHERE company_id = ? AND nationality = 'citizen'
         AND (hire_date IS NULL OR hire_date <= ?) AND (leave_date IS NULL OR leave_date >= ?)`,
    ),
    list: db.prepare<[], CompanyRow>('SELECT * FROM companies ORDER BY name COLLATE NOCASE, id'),
    byId: db.prepare<[number], CompanyRow>('SELECT * FROM companies WHERE id = ?'),
    byCode: db.prepare<[string], CompanyRow>('SELECT * FROM companies WHERE employer_code = ?'),
    insert: db.prepare<[string, string, string | null], CompanyRow>(
      'INSERT INTO companies (name, employer_code, ssm_number) VALUES (?, ?, ?) RETURNING *',
    ),
  };

  return {
    list(): Company[] {
      return statements.list.all().map(toCompany);
    },

    get(id: number): Company {
      const row = statements.byId.get(id);
      if (!row) throw new ServiceError('NOT_FOUND', 'companies.error.notFound', {}, 'id');
      return toCompany(row);
    },

    /** The CLI and file names address companies by employer code. */
    getByEmployerCode(employerCode: string): Company {
      const code = employerCode.trim().toUpperCase();
      const row = statements.byCode.get(code);
      if (!row) throw new ServiceError('NOT_FOUND', 'companies.error.unknownCode', { employerCode: code }, 'employerCode');
      return toCompany(row);
    },

    create(fields: CompanyFields): Company {
      if (statements.byCode.get(fields.employerCode)) {
        throw new ServiceError(
          'CONFLICT',
          'companies.error.duplicateEmployerCode',
          { employerCode: fields.employerCode },
          'employerCode',
        );
      }
      const row = statements.insert.get(fields.name, fields.employerCode, fields.ssmNumber);
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      return toCompany(row);
    },

    rename(id: number, name: string): Company {
      return this.updateDetails({ id, name });
    },

    /** What the user should know about the company's details now (the HRD levy against its head count). */
    warnings(company: Company): CompanyWithWarnings['warnings'] {
      const day = today();
      const count = statements.malaysianEmployees.get(company.id, day, day)?.n ?? 0;
      const hrd = hrdLevyWarning(company.hrdLevy, count);
      return hrd ? [{ ...hrd, field: 'hrdLevy' }] : [];
    },

    /** Changes the given details (absent fields keep their value) and records what changed. */
    update(update: CompanyUpdate): CompanyWithWarnings {
      const company = this.updateDetails(update);
      return { ...company, warnings: this.warnings(company) };
    },

    updateDetails(update: CompanyUpdate): Company {
      return db.transaction(() => {
        const before = statements.byId.get(update.id);
        if (!before) throw new ServiceError('NOT_FOUND', 'companies.error.notFound', {}, 'id');
        const given = COMPANY_DETAIL_FIELDS.filter((f) => update[f] !== undefined);
        if (given.length === 0) return toCompany(before);
        const row = db
          .prepare<Record<string, unknown>, CompanyRow>(
            `UPDATE companies SET ${given.map((f) => `${COLUMN_OF[f]} = @${f}`).join(', ')},
               updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id RETURNING *`,
          )
          .get({ id: update.id, ...Object.fromEntries(given.map((f) => [f, update[f] ?? null])) })!;
        const after = toCompany(row);
        const previous = toCompany(before);
        changes.record(
          { companyId: update.id, entity: 'company', entityId: update.id, employeeId: null, month: null },
          Object.fromEntries(given.map((f) => [f, previous[f]])),
          Object.fromEntries(given.map((f) => [f, after[f]])),
          'app',
        );
        return after;
      })();
    },
  };
}

export type CompanyService = ReturnType<typeof createCompanyService>;
