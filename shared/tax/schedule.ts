// The tax schedule (M, R, B by band) and the reliefs of each year of assessment, read once from the
// CSV copies of the spec (tables/*.csv via tables.generated.ts) into plain integer arrays, so a
// calculation only indexes numbers. Selection is by year of assessment; the loader checks the data
// hangs together (bands contiguous, tax on M adds up, B = tax on M − rebates) and refuses it if not.
import { parseCsv } from '../csv/csv';
import { ringgitToSen } from '../money/sen';
import { DISABLED_INDIVIDUAL_RELIEF_YA2025_SEN, FIRST_YEAR_OF_ASSESSMENT, LAST_YEAR_OF_ASSESSMENT } from './rules';
import { TAX_CSV_TEXT } from './tables.generated';

export interface TaxBand {
  /** 1-based, as in tax_schedule.csv. */
  number: number;
  /** Chargeable income above which the band starts ("p_over"), in sen; equal to M. */
  mSen: number;
  /** Top of the band in sen, or null for the last band. */
  uptoSen: number | null;
  /** R in basis points (6 % = 600, 24.5 % = 2450). */
  rateBp: number;
  /** Tax on M before rebates, in sen. */
  taxOnMSen: number;
  /** B for categories 1 and 3, and for category 2 (tax on M less the rebates that apply in this band). */
  bCat13Sen: number;
  bCat2Sen: number;
}

export interface YearReliefs {
  /** D: the individual. */
  individualSen: number;
  /** S: husband or wife (category 2 only). */
  spouseSen: number;
  /** DU: disabled individual. */
  disabledSen: number;
  /** SU: disabled husband or wife. */
  disabledSpouseSen: number;
  /** Q: the relief per qualifying child. */
  childSen: number;
  /** "As if" children per child of each kind (C): under 18 / other qualifying, 18+ in diploma-or-higher study, disabled, disabled and studying. */
  childEquivalents: { qualifying: number; higherEducation: number; disabled: number; disabledHigherEducation: number };
  /** The total qualifying amount for EPF (K + K1 + K2 × n + Kt), in sen. */
  epfCapSen: number;
  /** TP1 C14 SOCSO + EIS limit for the year, or null where reliefs.csv has no row for it (before YA2025). */
  socsoEisLimitSen: number | null;
  /** Rebates inside B (P ≤ RM35,000). */
  individualRebateSen: number;
  spouseRebateSen: number;
}

export interface YearRules {
  yearOfAssessment: number;
  bands: readonly TaxBand[];
  /** The bands' M in sen, ascending: what P1's band search runs over. */
  bandFloorsSen: Int32Array;
  reliefs: YearReliefs;
}

function table(files: Readonly<Record<string, string>>, fileName: string): Record<string, string>[] {
  const text = files[fileName];
  if (text === undefined) throw new Error(`Tax table ${fileName} is missing from shared/tax/tables.generated.ts`);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`Tax table ${fileName}: CSV error on line ${parsed.error.line}`);
  const [header = [], ...rows] = parsed.rows;
  return rows.map((cells, i) => {
    if (cells.length !== header.length) throw new Error(`Tax table ${fileName}, line ${i + 2}: ${cells.length} fields, the header has ${header.length}`);
    return Object.fromEntries(header.map((name, c) => [name, cells[c] as string]));
  });
}

function wholeNumber(text: string | undefined, where: string): number {
  if (text === undefined || !/^\d+$/.test(text)) throw new Error(`${where}: expected a whole number, found "${text ?? ''}"`);
  return Number(text);
}

/** "6" → 600, "24.5" → 2450: a percentage with up to two decimals, as basis points. */
function percentToBasisPoints(text: string | undefined, where: string): number {
  if (text === undefined || !/^\d+(\.\d{1,2})?$/.test(text)) throw new Error(`${where}: expected a percentage, found "${text ?? ''}"`);
  return ringgitToSen(text);
}

/** "-400" → −40000 sen: whole ringgit, possibly negative (B), empty meaning 0 (the 0 % band). */
function signedRinggitSen(text: string | undefined, where: string): number {
  if (text === '' || text === undefined) return 0;
  if (!/^-?\d+$/.test(text)) throw new Error(`${where}: expected whole ringgit, found "${text}"`);
  return Number(text) * 100;
}

function inYears(row: Record<string, string>, year: number, where: string): boolean {
  return wholeNumber(row.ya_from, where) <= year && year <= wholeNumber(row.ya_to, where);
}

function bandsFor(year: number, rows: readonly Record<string, string>[]): TaxBand[] {
  const bands = rows
    .filter((row, i) => inYears(row, year, `tax_schedule.csv line ${i + 2}`))
    .map((row): TaxBand => {
      const where = `tax_schedule.csv YA${year} band ${row.band}`;
      return {
        number: wholeNumber(row.band, where),
        mSen: wholeNumber(row.M, where) * 100,
        uptoSen: row.p_upto === '' ? null : wholeNumber(row.p_upto, where) * 100,
        rateBp: percentToBasisPoints(row.R_percent, where),
        taxOnMSen: wholeNumber(row.tax_on_M, where) * 100,
        bCat13Sen: signedRinggitSen(row.B_cat1_cat3, where),
        bCat2Sen: signedRinggitSen(row.B_cat2, where),
      };
    })
    .sort((a, b) => a.number - b.number);
  if (bands.length === 0) throw new Error(`tax_schedule.csv has no bands for YA${year}`);
  bands.forEach((band, i) => {
    const where = `tax_schedule.csv YA${year} band ${band.number}`;
    if (band.number !== i + 1) throw new Error(`${where}: bands must be numbered 1, 2, 3 … without gaps`);
    const previous = bands[i - 1];
    if (!previous) {
      if (band.mSen !== 0 || band.rateBp !== 0 || band.taxOnMSen !== 0) throw new Error(`${where}: the first band must start at 0 with no tax`);
      return;
    }
    if (previous.uptoSen !== band.mSen) throw new Error(`${where}: starts at ${band.mSen} sen but the band before ends at ${previous.uptoSen}`);
    // Tax on M of a band = tax on M of the band before + the band before taxed in full.
    const expected = previous.taxOnMSen + ((band.mSen - previous.mSen) * previous.rateBp) / 10_000;
    if (band.taxOnMSen !== expected) throw new Error(`${where}: tax on M is ${band.taxOnMSen} sen, the bands before give ${expected}`);
  });
  if (bands[bands.length - 1]?.uptoSen !== null) throw new Error(`tax_schedule.csv YA${year}: the last band must be open-ended`);
  return bands;
}

type ReliefKey =
  | 'individual'
  | 'spouse'
  | 'disabled'
  | 'disabledSpouse'
  | 'child'
  | 'childOther'
  | 'childHigherEducation'
  | 'childDisabled'
  | 'childDisabledHigherEducation'
  | 'epfCap'
  | 'socsoEisLimit'
  | 'individualRebate'
  | 'spouseRebate';

/** The reliefs.csv rows Caruman reads, by their exact `item` text; rows for TP1 items and notes are listed as not used. */
const RELIEF_ITEMS: Readonly<Record<string, ReliefKey | null>> = {
  'Individual and dependent relatives': 'individual',
  'Husband/wife (spouse has no income or joint assessment)': 'spouse',
  'Disabled individual (additional)': 'disabled',
  'Disabled husband/wife (additional)': 'disabledSpouse',
  'Child under 18 unmarried': 'child',
  'Child 18+ unmarried in full-time education (A-level/certificate/matriculation/pre-degree)': 'childOther',
  'Child 18+ full-time diploma+ in Malaysia or degree+ abroad': 'childHigherEducation',
  'Disabled child (certified by JKM)': 'childDisabled',
  'Disabled child studying diploma+ (Malaysia) or degree+ (abroad)': 'childDisabledHigherEducation',
  // SINGLE source, no years: Caruman asks for whole children (see PCB.md §1.5).
  'Child relief shared 50/50 (separated parents both maintaining child)': null,
  'EPF / approved scheme (compulsory contributions)': 'epfCap',
  // TP1 items: they reach the formula as LP1 amounts the employee claims.
  'Voluntary EPF (TP1 C11a) when compulsory EPF exists': null,
  'Life insurance/takaful (self/spouse/child from YA2026) or voluntary EPF (TP1 C11b)': null,
  'SOCSO + EIS employee contributions (TP1 C14)': 'socsoEisLimit',
  'Individual rebate': 'individualRebate',
  'Spouse rebate (spouse no income / joint)': 'spouseRebate',
  // Actual amounts, entered per month (zakat, and the departure levy treated like zakat).
  'Zakat / fitrah': null,
  'Departure levy for umrah / religious pilgrimage (TP1 D1b)': null,
};

function reliefsFor(year: number, rows: readonly Record<string, string>[]): YearReliefs {
  const amounts = new Map<ReliefKey, { sen: number; equivalent: number | null }>();
  rows.forEach((row, i) => {
    const where = `reliefs.csv line ${i + 2}`;
    const item = row.item ?? '';
    if (!(item in RELIEF_ITEMS)) throw new Error(`${where}: unknown item "${item}" — map it in shared/tax/schedule.ts`);
    const key = RELIEF_ITEMS[item];
    if (key === null || key === undefined || !inYears(row, year, where)) return;
    if (amounts.has(key)) throw new Error(`${where}: a second "${item}" row for YA${year}`);
    amounts.set(key, {
      sen: wholeNumber(row.amount_rm, where) * 100,
      equivalent: row.child_equivalent === '' ? null : wholeNumber(row.child_equivalent, where),
    });
  });
  const get = (key: ReliefKey): { sen: number; equivalent: number | null } => {
    const found = amounts.get(key);
    if (!found) throw new Error(`reliefs.csv has no "${key}" row for YA${year}`);
    return found;
  };
  const child = get('child');
  const equivalent = (key: ReliefKey): number => {
    const { sen, equivalent: as } = get(key);
    if (as === null || as * child.sen !== sen) throw new Error(`reliefs.csv YA${year} ${key}: ${sen} sen is not ${as ?? '?'} × the child relief`);
    return as;
  };
  if (equivalent('child') !== 1 || equivalent('childOther') !== 1) throw new Error(`reliefs.csv YA${year}: a qualifying child must count as one`);
  const reliefs: YearReliefs = {
    individualSen: get('individual').sen,
    spouseSen: get('spouse').sen,
    disabledSen: get('disabled').sen,
    disabledSpouseSen: get('disabledSpouse').sen,
    childSen: child.sen,
    childEquivalents: {
      qualifying: 1,
      higherEducation: equivalent('childHigherEducation'),
      disabled: equivalent('childDisabled'),
      disabledHigherEducation: equivalent('childDisabledHigherEducation'),
    },
    epfCapSen: get('epfCap').sen,
    socsoEisLimitSen: amounts.get('socsoEisLimit')?.sen ?? null,
    individualRebateSen: get('individualRebate').sen,
    spouseRebateSen: get('spouseRebate').sen,
  };
  if (year === 2025 && reliefs.disabledSen !== DISABLED_INDIVIDUAL_RELIEF_YA2025_SEN) {
    throw new Error(`reliefs.csv gives ${reliefs.disabledSen} sen for the disabled individual in YA2025; rule P6 says ${DISABLED_INDIVIDUAL_RELIEF_YA2025_SEN}`);
  }
  return reliefs;
}

/** B must be tax on M less the rebates where they apply (P ≤ RM35,000), and tax on M above it. */
function checkRebates(year: number, bands: readonly TaxBand[], reliefs: YearReliefs): void {
  for (const band of bands.slice(1)) {
    const withRebate = band.uptoSen !== null && band.uptoSen <= 3_500_000;
    const cat13 = band.taxOnMSen - (withRebate ? reliefs.individualRebateSen : 0);
    const cat2 = band.taxOnMSen - (withRebate ? reliefs.individualRebateSen + reliefs.spouseRebateSen : 0);
    if (band.bCat13Sen !== cat13 || band.bCat2Sen !== cat2) {
      throw new Error(`tax_schedule.csv YA${year} band ${band.number}: B is ${band.bCat13Sen}/${band.bCat2Sen} sen, tax on M less rebates gives ${cat13}/${cat2}`);
    }
  }
}

/** Reads and checks the schedules and reliefs of every supported year from the CSV texts (by file name). */
export function loadTaxYears(files: Readonly<Record<string, string>>): YearRules[] {
  const scheduleRows = table(files, 'tax_schedule.csv');
  const reliefRows = table(files, 'reliefs.csv');
  const years: YearRules[] = [];
  for (let year = FIRST_YEAR_OF_ASSESSMENT; year <= LAST_YEAR_OF_ASSESSMENT; year++) {
    const bands = bandsFor(year, scheduleRows).map((band) => Object.freeze(band));
    const reliefs = Object.freeze(reliefsFor(year, reliefRows));
    checkRebates(year, bands, reliefs);
    years.push(Object.freeze({ yearOfAssessment: year, bands: Object.freeze(bands), bandFloorsSen: Int32Array.from(bands, (b) => b.mSen), reliefs }));
  }
  return years;
}

/** Every supported year's rules, YA2019 first. */
export const TAX_YEARS: readonly YearRules[] = Object.freeze(loadTaxYears(TAX_CSV_TEXT));

/** The rules of a year of assessment, or null outside YA2019–YA2026 (callers refuse it). */
export function taxYear(yearOfAssessment: number): YearRules | null {
  return TAX_YEARS[yearOfAssessment - FIRST_YEAR_OF_ASSESSMENT] ?? null;
}
