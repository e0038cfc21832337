// The engine's schedules and reliefs, year by year, against the CSVs read here independently.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAX_YEARS, taxYear, TP1_ITEMS_2026 } from '../../../shared/tax';
import { loadTaxYears } from '../../../shared/tax/schedule';
import { PROJECT_TAX_TABLES_DIR, readCsvObjects, senOf } from './spec-data';

const schedule = readCsvObjects(fs.readFileSync(path.join(PROJECT_TAX_TABLES_DIR, 'tax_schedule.csv'), 'utf8'));

describe('tax schedules by year of assessment', () => {
  it('covers YA2019 to YA2026 and nothing else', () => {
    expect(TAX_YEARS.map((y) => y.yearOfAssessment)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(taxYear(2018)).toBeNull();
    expect(taxYear(2027)).toBeNull();
  });

  it.each(TAX_YEARS.map((y) => [y.yearOfAssessment]))('YA%i has every band of tax_schedule.csv', (year) => {
    const rows = schedule.filter((r) => Number(r.ya_from) <= year && year <= Number(r.ya_to));
    const bands = taxYear(year)!.bands;
    expect(bands.map((b) => [b.mSen, b.uptoSen, b.rateBp, b.taxOnMSen, b.bCat13Sen, b.bCat2Sen])).toEqual(
      rows.map((r) => [
        senOf(r.M!),
        r.p_upto === '' ? null : senOf(r.p_upto!),
        senOf(r.R_percent!), // percent × 100 = basis points
        senOf(r.tax_on_M!),
        r.B_cat1_cat3 === '' ? 0 : senOf(r.B_cat1_cat3!),
        r.B_cat2 === '' ? 0 : senOf(r.B_cat2!),
      ]),
    );
  });

  it('changes where the spec says it does', () => {
    const rateAbove50k = (year: number) => taxYear(year)!.bands.find((b) => b.mSen === senOf('50000'))!.rateBp;
    expect([2019, 2020, 2021, 2022, 2023].map(rateAbove50k)).toEqual([1400, 1400, 1300, 1300, 1100]);
    // YA2019's top band is 28 % above RM1m; YA2020 added 30 % above RM2m.
    expect(taxYear(2019)!.bands.at(-1)).toMatchObject({ mSen: senOf('1000000'), rateBp: 2800 });
    expect(taxYear(2020)!.bands.at(-1)).toMatchObject({ mSen: senOf('2000000'), rateBp: 3000 });
    expect(taxYear(2021)!.bands.find((b) => b.mSen === senOf('250000'))!.rateBp).toBe(2450);
  });
});

describe('reliefs by year of assessment (reliefs.csv)', () => {
  it('has D, S and Q in every year', () => {
    for (const year of TAX_YEARS) {
      expect(year.reliefs).toMatchObject({ individualSen: senOf('9000'), spouseSen: senOf('4000'), childSen: senOf('2000'), epfCapSen: senOf('4000') });
    }
  });
  it('has DU 6,000 to YA2024 and 7,000 from YA2025; SU 3,500 / 5,000 / 6,000', () => {
    expect(TAX_YEARS.map((y) => y.reliefs.disabledSen / 100)).toEqual([6000, 6000, 6000, 6000, 6000, 6000, 7000, 7000]);
    expect(TAX_YEARS.map((y) => y.reliefs.disabledSpouseSen / 100)).toEqual([3500, 3500, 5000, 5000, 5000, 5000, 6000, 6000]);
  });
  it('counts disabled children 3 (7 studying) to YA2024 and 4 (8) from YA2025; 18+ studying 4 throughout', () => {
    expect(taxYear(2024)!.reliefs.childEquivalents).toEqual({ qualifying: 1, higherEducation: 4, disabled: 3, disabledHigherEducation: 7 });
    expect(taxYear(2025)!.reliefs.childEquivalents).toEqual({ qualifying: 1, higherEducation: 4, disabled: 4, disabledHigherEducation: 8 });
  });
});

describe('the schedule loader refuses data that does not hang together', () => {
  const files = {
    'tax_schedule.csv': fs.readFileSync(path.join(PROJECT_TAX_TABLES_DIR, 'tax_schedule.csv'), 'utf8'),
    'reliefs.csv': fs.readFileSync(path.join(PROJECT_TAX_TABLES_DIR, 'reliefs.csv'), 'utf8'),
  };
  const withSchedule = (from: string, to: string) => ({ ...files, 'tax_schedule.csv': replaceOnce(files['tax_schedule.csv'], from, to) });
  const withReliefs = (from: string, to: string) => ({ ...files, 'reliefs.csv': replaceOnce(files['reliefs.csv'], from, to) });

  it('loads the real files', () => {
    expect(loadTaxYears(files)).toHaveLength(8);
  });
  it('refuses a tax on M that the bands below do not give', () => {
    expect(() => loadTaxYears(withSchedule('2025,2026,5,50000,70000,50000,11,1500,', '2025,2026,5,50000,70000,50000,11,1600,'))).toThrow(/tax on M/);
  });
  it('refuses a B that is not tax on M less the rebates', () => {
    expect(() => loadTaxYears(withSchedule('2025,2026,3,20000,35000,20000,3,150,-250,-650', '2025,2026,3,20000,35000,20000,3,150,-250,-600'))).toThrow(/B is/);
  });
  it('refuses a gap between bands and a year without bands', () => {
    expect(() => loadTaxYears(withSchedule('2025,2026,4,35000,50000,35000', '2025,2026,4,35001,50000,35001'))).toThrow(/starts at/);
    expect(() => loadTaxYears(withSchedule('2019,2019,', '2018,2018,'))).toThrow();
  });
  it('refuses an unknown relief item and a YA2025 disabled relief other than rule P6’s', () => {
    expect(() => loadTaxYears(withReliefs('Individual rebate,', 'Individual rebate (new),'))).toThrow(/unknown item/);
    expect(() => loadTaxYears(withReliefs('Disabled individual (additional),DU,2025,2026,7000', 'Disabled individual (additional),DU,2025,2026,6000'))).toThrow(/P6/);
  });
  it('refuses a child relief that is not its "as if" count × RM2,000', () => {
    expect(() => loadTaxYears(withReliefs('Disabled child (certified by JKM),Q x C,2025,2026,8000,4', 'Disabled child (certified by JKM),Q x C,2025,2026,8000,3'))).toThrow(/child relief/);
  });
});

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test: "${from}" is not in the file`);
  return text.replace(from, to);
}

describe('TP1 items (tp1_2026_items.csv)', () => {
  it('lists C1–C17, D1a and D1b with their limits; C14 is the SOCSO + EIS relief of RM350 (P11)', () => {
    expect(TP1_ITEMS_2026.map((i) => i.code)).toEqual([...Array.from({ length: 17 }, (_, i) => `C${i + 1}`), 'D1a', 'D1b']);
    expect(TP1_ITEMS_2026.find((i) => i.code === 'C14')).toMatchObject({ annualLimitSen: senOf('350'), descriptionEn: 'SOCSO and EIS contributions' });
    expect(TP1_ITEMS_2026.find((i) => i.code === 'C16')).toMatchObject({ annualLimitSen: null, annualLimitText: '7000 / 5000' });
    expect(TP1_ITEMS_2026.find((i) => i.code === 'D1a')).toMatchObject({ annualLimitSen: null, annualLimitText: 'actual' });
  });
});
