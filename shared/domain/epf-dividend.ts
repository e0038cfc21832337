// The EPF dividend rate of each year, which sets the late-payment charge (EPF.md §5: the lower of
// Simpanan Konvensional and Simpanan Shariah, + 1 %). KWSP's published rates for 2016–2022 come
// with Caruman (migration 8, equal to shared/epf KNOWN_DIVIDEND_RATES_BP); later years are a
// setting the user types from KWSP's announcement.
import { z } from 'zod';
import { wholeNumber } from './fields';

export type DividendRateSource = 'spec' | 'user';

export interface EpfDividendRate {
  year: number;
  /** 5.65 % = 565. */
  rateBasisPoints: number;
  source: DividendRateSource;
  updatedAt: string;
}

/** "5.65" → 565; a percentage with at most two decimals, 0–20. */
export function parsePercentBp(text: string): number | null {
  const match = /^\s*(\d{1,2})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 2000 ? bp : null;
}

/** 565 → "5.65". */
export function formatPercentBp(bp: number): string {
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
}

export const epfDividendRateInputSchema = z
  .object({
    year: wholeNumber(1952, 2100, 'epfDividend.error.year'),
    /** Percent as typed: "5.65". */
    rate: z.string({ error: 'epfDividend.error.rate' }).transform((text, ctx) => {
      const bp = parsePercentBp(text);
      if (bp === null) {
        ctx.addIssue({ code: 'custom', message: 'epfDividend.error.rate' });
        return z.NEVER;
      }
      return bp;
    }),
  })
  .strict();
