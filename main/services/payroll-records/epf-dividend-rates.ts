// EPF dividend rates by year (shared/domain/epf-dividend.ts): KWSP's published ones come with
// Caruman and stay as they are; later years are entered by the user. Not a company's record, so
// not in the per-company change history: each row keeps its source and when it last changed.
import type { Db } from '../db/open';
import { ServiceError } from '../service-error';
import type { EpfDividendRate } from '../../../shared/domain/epf-dividend';

interface RateRow {
  year: number;
  rate_basis_points: number;
  source: 'spec' | 'user';
  updated_at: string;
}

const toRate = (row: RateRow): EpfDividendRate => ({ year: row.year, rateBasisPoints: row.rate_basis_points, source: row.source, updatedAt: row.updated_at });

export function createEpfDividendRateService(db: Db) {
  const statements = {
    list: db.prepare<[], RateRow>('SELECT * FROM epf_dividend_rates ORDER BY year'),
    one: db.prepare<[number], RateRow>('SELECT * FROM epf_dividend_rates WHERE year = ?'),
    upsert: db.prepare<[number, number], RateRow>(
      `INSERT INTO epf_dividend_rates (year, rate_basis_points, source) VALUES (?, ?, 'user')
       ON CONFLICT (year) DO UPDATE SET rate_basis_points = excluded.rate_basis_points,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE source = 'user'
       RETURNING *`,
    ),
    remove: db.prepare<[number]>("DELETE FROM epf_dividend_rates WHERE year = ? AND source = 'user'"),
  };

  return {
    list: (): EpfDividendRate[] => statements.list.all().map(toRate),

    /** The year's rate in basis points, or null when nobody has entered it yet. */
    rateFor(year: number): number | null {
      return statements.one.get(year)?.rate_basis_points ?? null;
    },

    /** Enters (or corrects) a year's rate, in basis points; KWSP's published years are refused. */
    save(year: number, rate: number): EpfDividendRate {
      if (!Number.isInteger(rate) || rate < 0 || rate > 2000) throw new ServiceError('VALIDATION', 'epfDividend.error.rate', {}, 'rate');
      return db
        .transaction(() => {
          if (statements.one.get(year)?.source === 'spec') throw new ServiceError('FORBIDDEN', 'epfDividend.error.specYear', { year }, 'year');
          return toRate(statements.upsert.get(year, rate)!);
        })
        .immediate();
    },

    remove(year: number): { deleted: true } {
      const existing = statements.one.get(year);
      if (existing?.source === 'spec') throw new ServiceError('FORBIDDEN', 'epfDividend.error.specYear', { year }, 'year');
      if (statements.remove.run(year).changes === 0) throw new ServiceError('NOT_FOUND', 'epfDividend.error.notFound', { year }, 'year');
      return { deleted: true };
    },
  };
}

export type EpfDividendRateService = ReturnType<typeof createEpfDividendRateService>;
