import type { Db } from './db/open';
import { ServiceError } from './service-error';
import type { Company } from '../../shared/domain/company';

interface CompanyRow {
  id: number;
  name: string;
  employer_code: string;
  ssm_number: string | null;
  created_at: string;
  updated_at: string;
}

function toCompany(row: CompanyRow): Company {
  return {
    id: row.id,
    name: row.name,
    employerCode: row.employer_code,
    ssmNumber: row.ssm_number,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Input already validated by the shared schemas (trimmed, upper-cased). */
export interface CompanyFields {
  name: string;
  employerCode: string;
  ssmNumber: string | null;
}

export function createCompanyService(db: Db) {
  const statements = {
    list: db.prepare<[], CompanyRow>('SELECT * FROM companies ORDER BY name COLLATE NOCASE, id'),
    byId: db.prepare<[number], CompanyRow>('SELECT * FROM companies WHERE id = ?'),
    byCode: db.prepare<[string], CompanyRow>('SELECT * FROM companies WHERE employer_code = ?'),
    insert: db.prepare<[string, string, string | null], CompanyRow>(
      'INSERT INTO companies (name, employer_code, ssm_number) VALUES (?, ?, ?) RETURNING *',
    ),
    rename: db.prepare<[string, number], CompanyRow>(
      `UPDATE companies SET name = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? RETURNING *`,
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
      const row = statements.rename.get(name, id);
      if (!row) throw new ServiceError('NOT_FOUND', 'companies.error.notFound', {}, 'id');
      return toCompany(row);
    },
  };
}

export type CompanyService = ReturnType<typeof createCompanyService>;
