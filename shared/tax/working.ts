// The working of a PCB result, laid out like LHDN's own worksheet (Exhibit 5 of the specification):
// the category, every symbol of P, P, the band (M, R, B and the rebate), the month's PCB, the
// RM10 rule, rounding and zakat, and for additional remuneration each of the five steps. Each line
// is a message key with parameters, said in the user's language at the edge (translate()).
import type { TaxMessageKey } from '../i18n/messages/tax';
import { formatRinggit, senToDecimal } from '../money/sen';
import { MINIMUM_DEDUCTION_SEN } from './rules';
import { taxYear } from './schedule';
import type { ChargeableIncome, NormalSteps, PcbResult } from './types';

export interface WorkingLine {
  key: TaxMessageKey;
  params: Readonly<Record<string, string | number>>;
}

const rm = formatRinggit;

/** 600 → "6%", 2450 → "24.5%". */
export function formatRate(rateBp: number): string {
  const whole = Math.floor(rateBp / 100);
  const fraction = String(rateBp % 100).padStart(2, '0').replace(/0+$/, '');
  return `${whole}${fraction === '' ? '' : `.${fraction}`}%`;
}

/** Every symbol of the month's calculation by LHDN's name: money in sen, n and C as counts, R in basis points. */
export function pcbSymbols(result: PcbResult): Record<string, number> {
  const { input, reliefs, normal, additional, nonResident } = result;
  const { yearToDate: ytd, current } = input;
  if (nonResident !== null) {
    return { Y1: current.y1Sen, Yt: current.ytSen, rate: nonResident.rateBp, MTD: result.pcbSen };
  }
  const r = reliefs as NonNullable<typeof reliefs>;
  const income = (normal as NormalSteps).income;
  const symbols: Record<string, number> = {
    Y: ytd.sumYSen,
    K: income.kSen,
    Y1: current.y1Sen,
    K1: income.k1Sen,
    Y2: income.y2Sen,
    K2: income.k2Sen,
    n: result.n,
    Yt: current.ytSen,
    Kt: current.ktSen,
    D: r.dSen,
    S: r.sSen,
    DU: r.duSen,
    SU: r.suSen,
    Q: r.qSen,
    C: r.c,
    QC: r.qcSen,
    LP: ytd.sumLpSen,
    LP1: current.lp1Sen,
    P: income.pSen,
    M: income.band.mSen,
    R: income.band.rateBp,
    B: income.bSen,
    Z: ytd.zSen,
    X: ytd.xSen,
    zakat: current.zakatSen,
    MTD: (normal as NormalSteps).mtdSen,
  };
  if (additional !== null) {
    symbols.step1E = additional.step1ESen;
    symbols.K2_with_additional = additional.income.k2Sen;
    symbols.Kt_counted = additional.income.ktSen;
    symbols.P_with_additional = additional.income.pSen;
    symbols.M_with_additional = additional.income.band.mSen;
    symbols.R_with_additional = additional.income.band.rateBp;
    symbols.B_with_additional = additional.income.bSen;
    symbols.step3 = additional.income.taxSen;
    symbols.step4 = additional.step4AfterMinimumSen;
    symbols.step5 = additional.step5Sen;
  }
  symbols.PCB = result.pcbSen;
  return symbols;
}

/** Symbols that are counts, and those that are rates; every other symbol is money in sen. */
const COUNT_SYMBOLS = new Set(['n', 'C']);
const RATE_SYMBOLS = new Set(['R', 'R_with_additional', 'rate']);

/** pcbSymbols for people and files: money as decimal strings ("47000.07"), rates as "6%", counts as numbers. */
export function pcbSymbolText(result: PcbResult): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(pcbSymbols(result))) {
    out[name] = COUNT_SYMBOLS.has(name) ? value : RATE_SYMBOLS.has(name) ? formatRate(value) : senToDecimal(value);
  }
  return out;
}

/** The worksheet for a result, line by line. */
export function pcbWorking(result: PcbResult): WorkingLine[] {
  const lines: WorkingLine[] = [];
  const say = (key: TaxMessageKey, params: Record<string, string | number> = {}) => lines.push({ key, params });
  const { input } = result;
  say('tax.working.heading', { month: input.month, year: input.yearOfAssessment });

  if (result.nonResident !== null) {
    const nr = result.nonResident;
    say('tax.working.nonResident', {
      rate: formatRate(nr.rateBp),
      y1: rm(input.current.y1Sen),
      yt: rm(input.current.ytSen),
      remuneration: rm(nr.remunerationSen),
      computed: rm(nr.truncatedSen),
      pcb: rm(result.pcbSen),
    });
    say('tax.working.result', { pcb: rm(result.pcbSen) });
    return lines;
  }

  const facts = input.employee;
  say(`tax.working.category.${facts.category}`);
  const childCount = facts.children.qualifying + facts.children.higherEducation + facts.children.disabled + facts.children.disabledHigherEducation;
  if (facts.category === 1 && childCount > 0) say('tax.working.note.singleNoChildRelief', { count: childCount });
  if (facts.category === 1 && facts.spouseDisabled) say('tax.working.note.singleSpouseDisabled');

  const normal = result.normal as NormalSteps;
  const additional = result.additional;
  if (additional !== null) {
    say('tax.working.additional.heading', { yt: rm(input.current.ytSen), kt: rm(input.current.ktSen) });
    say('tax.working.step1.heading');
  }
  describeIncome(result, normal.income, false, say);
  describeMonth(result, normal, additional !== null, say);

  if (additional !== null) {
    const ytd = input.yearToDate;
    say('tax.working.step1E', { x: rm(ytd.xSen), mtd: rm(normal.mtdSen), months: result.n + 1, total: rm(additional.step1ESen) });
    say('tax.working.step2.heading');
    describeIncome(result, additional.income, true, say);
    describeTax(additional.income, 'tax.working.step3', say);
    say('tax.working.step4', { tax: rm(additional.income.taxSen), step1E: rm(additional.step1ESen), z: rm(ytd.zSen), pcb: rm(additional.step4Sen) });
    if (additional.step4Sen < MINIMUM_DEDUCTION_SEN && additional.step4Sen > 0) say('tax.working.step4.minimum');
    else if (additional.step4Sen <= 0) say('tax.working.step4.none');
    say(additional.step5Sen > 0 ? 'tax.working.step5' : 'tax.working.step5.none', {
      net: rm(normal.step1DSen),
      additional: rm(additional.step4AfterMinimumSen),
      sum: rm(additional.step5Sen),
      pcb: rm(result.pcbSen),
    });
  }
  say('tax.working.result', { pcb: rm(result.pcbSen) });
  return lines;
}

type Say = (key: TaxMessageKey, params?: Record<string, string | number>) => void;

/**
 * The symbols of P and P itself. Step 2 of an additional-remuneration month repeats only what
 * changes (Yt, Kt, K2 and P), as LHDN's worked example does.
 */
function describeIncome(result: PcbResult, income: ChargeableIncome, withAdditional: boolean, say: Say): void {
  const { input, n } = result;
  const { yearToDate: ytd, current } = input;
  const r = result.reliefs as NonNullable<PcbResult['reliefs']>;
  const year = taxYear(input.yearOfAssessment) as NonNullable<ReturnType<typeof taxYear>>;
  const cap = rm(year.reliefs.epfCapSen);
  if (!withAdditional) {
    say('tax.working.formula.p');
    say('tax.working.symbol.y', { y: rm(ytd.sumYSen) });
    say(income.kSen === ytd.sumKSen ? 'tax.working.symbol.k' : 'tax.working.symbol.k.capped', { k: rm(income.kSen), given: rm(ytd.sumKSen), cap });
    say('tax.working.symbol.y1', { y1: rm(current.y1Sen) });
    say(income.k1Sen === current.k1Sen ? 'tax.working.symbol.k1' : 'tax.working.symbol.k1.capped', { k1: rm(income.k1Sen), given: rm(current.k1Sen), cap });
    say('tax.working.symbol.y2', { y2: rm(income.y2Sen) });
  } else {
    say('tax.working.symbol.yt', { yt: rm(income.ytSen) });
    say(income.ktSen === current.ktSen ? 'tax.working.symbol.kt' : 'tax.working.symbol.kt.capped', { kt: rm(income.ktSen), given: rm(current.ktSen), cap });
  }
  if (n === 0) say('tax.working.symbol.k2.december');
  else {
    const params = { cap, k: rm(income.kSen), k1: rm(income.k1Sen), kt: rm(income.ktSen), n, k2: rm(income.k2Sen) };
    say(withAdditional ? 'tax.working.symbol.k2.withKt' : 'tax.working.symbol.k2', params);
  }
  if (!withAdditional) {
    say('tax.working.symbol.n', { n, month: input.month });
    say('tax.working.symbol.d', { d: rm(r.dSen) });
    say(input.employee.category === 2 ? 'tax.working.symbol.s' : 'tax.working.symbol.s.none', { s: rm(r.sSen) });
    say('tax.working.symbol.du', { du: rm(r.duSen) });
    say('tax.working.symbol.su', { su: rm(r.suSen) });
    say('tax.working.symbol.qc', { q: rm(r.qSen), c: r.c, qc: rm(r.qcSen) });
    if (r.c > 0) {
      const kids = input.employee.children;
      const as = year.reliefs.childEquivalents;
      if (kids.qualifying > 0) say('tax.working.children.qualifying', { count: kids.qualifying, as: as.qualifying });
      if (kids.higherEducation > 0) say('tax.working.children.higherEducation', { count: kids.higherEducation, as: as.higherEducation });
      if (kids.disabled > 0) say('tax.working.children.disabled', { count: kids.disabled, as: as.disabled });
      if (kids.disabledHigherEducation > 0) say('tax.working.children.disabledHigherEducation', { count: kids.disabledHigherEducation, as: as.disabledHigherEducation });
    }
    say('tax.working.symbol.lp', { sumLp: rm(ytd.sumLpSen), lp1: rm(current.lp1Sen) });
  }
  say(withAdditional ? 'tax.working.p.withAdditional' : 'tax.working.p', {
    y: rm(ytd.sumYSen),
    k: rm(income.kSen),
    y1: rm(current.y1Sen),
    k1: rm(income.k1Sen),
    y2: rm(income.y2Sen),
    k2: rm(income.k2Sen),
    n,
    yt: rm(income.ytSen),
    kt: rm(income.ktSen),
    deductions: rm(r.totalSen),
    p: rm(income.pSen),
  });
}

/** The band, M, R and B (with the rebate inside B), and the year's tax on P. */
function describeTax(income: ChargeableIncome, taxKey: 'tax.working.tax' | 'tax.working.step3', say: Say): void {
  const band = income.band;
  if (band.rateBp === 0) say('tax.working.band.none', { p: rm(income.pSen), upto: rm(band.uptoSen ?? 0) });
  else {
    const params = { p: rm(income.pSen), m: rm(band.mSen), rate: formatRate(band.rateBp), b: rm(income.bSen), taxOnM: rm(band.taxOnMSen), rebate: rm(income.rebateSen) };
    say(income.rebateSen > 0 ? 'tax.working.band.rebate' : 'tax.working.band', params);
  }
  const computedSen = income.taxOnExcessSen + income.bSen;
  say(taxKey, {
    p: rm(income.pSen),
    m: rm(band.mSen),
    rate: formatRate(band.rateBp),
    b: rm(income.bSen),
    excess: rm(income.taxOnExcessSen),
    tax: rm(income.taxSen),
  });
  if (computedSen < 0) say('tax.working.tax.notNegative', { computed: rm(computedSen) });
}

/** The month's PCB: the formula, the RM10 rule, rounding, zakat. */
function describeMonth(result: PcbResult, normal: NormalSteps, additionalMonth: boolean, say: Say): void {
  describeTax(normal.income, 'tax.working.tax', say);
  say('tax.working.mtd', { tax: rm(normal.income.taxSen), z: rm(normal.zSen), x: rm(normal.xSen), months: result.n + 1, mtd: rm(normal.mtdSen) });
  if (normal.mtdSen < MINIMUM_DEDUCTION_SEN) say(additionalMonth ? 'tax.working.minimum.step1' : 'tax.working.minimum', { mtd: rm(normal.mtdSen) });
  if (additionalMonth) {
    say('tax.working.step1D', { mtd: rm(normal.afterMinimumSen), zakat: rm(normal.zakatSen), net: rm(normal.step1DSen) });
    return;
  }
  if (normal.roundedSen !== normal.afterMinimumSen) say('tax.working.rounded', { mtd: rm(normal.afterMinimumSen), rounded: rm(normal.roundedSen) });
  if (normal.zakatSen > 0) {
    say(normal.roundedSen > normal.zakatSen ? 'tax.working.zakat' : 'tax.working.zakat.covers', {
      pcb: rm(normal.roundedSen),
      zakat: rm(normal.zakatSen),
      net: rm(result.pcbSen),
    });
  }
}
