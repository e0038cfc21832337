// One or more cases for each CHOSEN rule of PCB.md (P1–P11) and for the engine's own decisions,
// with the expected amounts worked by hand here (never taken from the engine). Most cases use
// December (n = 0): K2 is 0 and the month's PCB is the year's tax less what was paid, so the
// arithmetic stays short. D (individual relief) is RM9,000 in every year.
import { describe, expect, it } from 'vitest';
import { calculatePcb, pcbWorking, TaxError, taxRules, taxYear, type PcbInput } from '../../../shared/tax';
import { baseInput, senOf } from './spec-data';
import { thrownBy } from '../../helpers/thrown';

const pcb = (input: PcbInput) => calculatePcb(input).pcbSen;
const december = (sumY: string, rest: Parameters<typeof baseInput>[0] = {}) =>
  baseInput({ ...rest, month: 12, yearToDate: { sumYSen: senOf(sumY), ...rest.yearToDate } });

describe('P1: the band is the largest M with P > M', () => {
  it('puts P = 35,000.07 in the 6 % band without a rebate', () => {
    // P = 44,000.07 − 9,000 = 35,000.07 → M 35,000, R 6 %, B 600
    // tax = trunc(0.07 × 6 %) + 600 = trunc(0.0042) + 600 = 600.00; December: PCB = 600.00
    const result = calculatePcb(december('44000.07'));
    expect(result.normal!.income.pSen).toBe(senOf('35000.07'));
    expect(result.normal!.income.band.number).toBe(4);
    expect(result.normal!.income.rebateSen).toBe(0);
    expect(result.pcbSen).toBe(senOf('600.00'));
  });

  it('keeps P = 35,000.00 in the 3 % band with the rebate', () => {
    // P = 35,000.00 → M 20,000, R 3 %, B = 150 − 400 = −250: 15,000 × 3 % − 250 = 450 − 250 = 200.00
    const result = calculatePcb(december('44000.00'));
    expect(result.normal!.income.band.number).toBe(3);
    expect(result.normal!.income.rebateSen).toBe(senOf('400'));
    expect(result.pcbSen).toBe(senOf('200.00'));
  });

  it('gives category 2 the jump at the edge: 0.00 at P = 35,000.00, 600.00 at 35,000.01', () => {
    // P = ΣY − 9,000 − 4,000 (S). At 35,000.00: 450 − 650 = −200 → no tax. At 35,000.01: 0 + 600 = 600.00.
    expect(pcb(december('48000.00', { employee: { category: 2 } }))).toBe(0);
    expect(pcb(december('48000.01', { employee: { category: 2 } }))).toBe(senOf('600.00'));
  });
});

describe('P2: the RM10 rule is tested on the truncated amount, before rounding up', () => {
  // P = 45,000 − 9,000 = 36,000.00: tax = 1,000 × 6 % + 600 = 660.00; December: Step 1[C] = 660.00 − X
  it('deducts nothing for 9.97 (rounding first would have made it 10.00)', () => {
    const result = calculatePcb(december('45000', { yearToDate: { xSen: senOf('650.03') } }));
    expect(result.normal!.mtdSen).toBe(senOf('9.97'));
    expect(result.pcbSen).toBe(0);
  });
  it('deducts 10.00 for 10.00 and 10.05 for 10.01', () => {
    expect(pcb(december('45000', { yearToDate: { xSen: senOf('650.00') } }))).toBe(senOf('10.00'));
    expect(pcb(december('45000', { yearToDate: { xSen: senOf('649.99') } }))).toBe(senOf('10.05'));
  });
});

describe('P3: the net after this month’s zakat is not rounded again', () => {
  it('deducts 120.00 − 33.33 = 86.67', () => {
    // Step 1[C] = 660.00 − 540.00 = 120.00 (already a multiple of 5 sen); net = 120.00 − 33.33 = 86.67, not 86.70
    expect(pcb(december('45000', { yearToDate: { xSen: senOf('540') }, current: { zakatSen: senOf('33.33') } }))).toBe(senOf('86.67'));
  });
  it('still deducts a net below RM10 (Terms 4): 15.00 − 8.00 = 7.00', () => {
    expect(pcb(december('45000', { yearToDate: { xSen: senOf('645') }, current: { zakatSen: senOf('8') } }))).toBe(senOf('7.00'));
  });
});

describe('P4: Step 1[E] uses Step 1[C] as computed', () => {
  it('keeps a negative Step 1[C] in Step 1[E]', () => {
    // Without the bonus: tax 660.00, X 700.00 → Step 1[C] = −40.00; RM10 rule → 0; Step 1[D] = 0 − 0 = 0.00
    // Step 1[E] = 700.00 + (−40.00 × 1) = 660.00
    // With Yt 1,000: P = 37,000.00 → tax = 2,000 × 6 % + 600 = 720.00; Step 4 = 720.00 − (660.00 + 0) = 60.00
    // Step 5 = 0.00 + 60.00 = 60.00
    const result = calculatePcb(december('45000', { yearToDate: { xSen: senOf('700') }, current: { ytSen: senOf('1000') } }));
    expect(result.normal!.mtdSen).toBe(senOf('-40.00'));
    expect(result.additional!.step1ESen).toBe(senOf('660.00'));
    expect(result.additional!.step4Sen).toBe(senOf('60.00'));
    expect(result.pcbSen).toBe(senOf('60.00'));
  });
});

describe('P5: non-residents at the flat rate', () => {
  const nonResident = (ya: number, y1: string, rest: Partial<PcbInput['current']> = {}, employee: Partial<PcbInput['employee']> = {}) =>
    baseInput({ yearOfAssessment: ya, month: 5, employee: { resident: false, ...employee }, current: { y1Sen: senOf(y1), ...rest } });

  it('takes 30 % from YA2020: 3,333.33 × 30 % = 999.999 → 999.99 → 1,000.00', () => {
    expect(pcb(nonResident(2026, '3333.33'))).toBe(senOf('1000.00'));
    expect(pcb(nonResident(2020, '1000'))).toBe(senOf('300.00'));
  });
  it('takes 28 % in YA2019: 3,333.33 × 28 % = 933.3324 → 933.33 → 933.35', () => {
    expect(pcb(nonResident(2019, '3333.33'))).toBe(senOf('933.35'));
  });
  it('adds the additional remuneration: (2,000 + 1,000) × 30 % = 900.00', () => {
    expect(pcb(nonResident(2026, '2000', { ytSen: senOf('1000') }))).toBe(senOf('900.00'));
  });
  it('has no RM10 minimum, no zakat offset and no reliefs', () => {
    expect(pcb(nonResident(2026, '10'))).toBe(senOf('3.00'));
    const kids = { qualifying: 3, higherEducation: 1, disabled: 0, disabledHigherEducation: 0 };
    expect(pcb(nonResident(2026, '3000', { zakatSen: senOf('100'), lp1Sen: senOf('500') }, { category: 2, disabled: true, children: kids }))).toBe(senOf('900.00'));
  });
});

describe('P6: the disabled individual relief is RM7,000 from YA2025', () => {
  it('YA2025: P = 52,000 − 9,000 − 7,000 = 36,000.00 → 660.00', () => {
    expect(pcb(december('52000', { yearOfAssessment: 2025, employee: { disabled: true } }))).toBe(senOf('660.00'));
    expect(rulesOf(2025).disabledSen).toBe(taxRules.DISABLED_INDIVIDUAL_RELIEF_YA2025_SEN);
  });
  it('YA2024: RM6,000, so P = 37,000.00 → 2,000 × 6 % + 600 = 720.00', () => {
    expect(pcb(december('52000', { yearOfAssessment: 2024, employee: { disabled: true } }))).toBe(senOf('720.00'));
  });
});

describe('P7: SU whenever the spouse is disabled', () => {
  it('category 2, YA2026: P = 55,000 − 9,000 − 4,000 (S) − 6,000 (SU) = 36,000.00 → 660.00', () => {
    expect(pcb(december('55000', { employee: { category: 2, spouseDisabled: true } }))).toBe(senOf('660.00'));
  });
  it('category 3 too: P = 51,000 − 9,000 − 6,000 = 36,000.00 → 660.00', () => {
    expect(pcb(december('51000', { employee: { category: 3, spouseDisabled: true } }))).toBe(senOf('660.00'));
  });
  it('with each year’s amount: YA2021 RM5,000 and YA2019 RM3,500 (8 % band there)', () => {
    // YA2021: P = 50,000 − 9,000 − 5,000 = 36,000 → 1,000 × 8 % + 600 = 680.00
    expect(pcb(december('50000', { yearOfAssessment: 2021, employee: { category: 3, spouseDisabled: true } }))).toBe(senOf('680.00'));
    // YA2019: P = 48,500 − 9,000 − 3,500 = 36,000 → 680.00
    expect(pcb(december('48500', { yearOfAssessment: 2019, employee: { category: 3, spouseDisabled: true } }))).toBe(senOf('680.00'));
  });
  it('says so when a single employee has a disabled spouse', () => {
    const lines = pcbWorking(calculatePcb(december('45000', { employee: { spouseDisabled: true } })));
    expect(lines.map((l) => l.key)).toContain('tax.working.note.singleSpouseDisabled');
  });
});

describe('P8: Z is earlier months’ zakat; this month’s is subtracted once', () => {
  it('in a normal month: (660.00 − 100.00) ÷ 1 = 560.00, less this month’s 50.00 = 510.00', () => {
    expect(pcb(december('45000', { yearToDate: { zSen: senOf('100') }, current: { zakatSen: senOf('50') } }))).toBe(senOf('510.00'));
  });
  it('in a bonus month: Step 4 subtracts Z, Step 1[D] this month’s zakat', () => {
    // Step 1[C] = 560.00, [D] = 560.00 − 50.00 = 510.00, [E] = 0 + 560.00 = 560.00
    // Step 3 (Yt 1,000): 720.00; Step 4 = 720.00 − (560.00 + 100.00) = 60.00; Step 5 = 510.00 + 60.00 = 570.00
    const result = calculatePcb(december('45000', { yearToDate: { zSen: senOf('100') }, current: { zakatSen: senOf('50'), ytSen: senOf('1000') } }));
    expect(result.additional!.step4Sen).toBe(senOf('60.00'));
    expect(result.pcbSen).toBe(senOf('570.00'));
  });
});

describe('P9: no child relief in category 1; the "as if" counts by year', () => {
  const kids = { qualifying: 2, higherEducation: 0, disabled: 1, disabledHigherEducation: 0 };
  it('category 1 with children: P = 45,000 − 9,000 = 36,000.00 → 660.00, and the working says why', () => {
    const result = calculatePcb(december('45000', { employee: { category: 1, children: kids } }));
    expect(result.reliefs!.qcSen).toBe(0);
    expect(result.pcbSen).toBe(senOf('660.00'));
    expect(pcbWorking(result).map((l) => l.key)).toContain('tax.working.note.singleNoChildRelief');
  });
  it('category 3, YA2026: C = 2 + 1 × 4 = 6, QC 12,000, P = 57,000 − 21,000 = 36,000 → 660.00', () => {
    expect(pcb(december('57000', { employee: { category: 3, children: kids } }))).toBe(senOf('660.00'));
  });
  it('category 3, YA2024: a disabled child counts 3, so C = 5, QC 10,000, P = 38,000 → 780.00', () => {
    expect(pcb(december('57000', { yearOfAssessment: 2024, employee: { category: 3, children: kids } }))).toBe(senOf('780.00'));
  });
  it('category 2, children in higher education (× 4) and disabled in higher education (× 8, × 7 to YA2024)', () => {
    const studying = { qualifying: 0, higherEducation: 1, disabled: 0, disabledHigherEducation: 1 };
    // YA2026: C = 4 + 8 = 12, QC 24,000: P = 73,000 − 9,000 − 4,000 − 24,000 = 36,000 → 660.00
    expect(pcb(december('73000', { employee: { category: 2, children: studying } }))).toBe(senOf('660.00'));
    // YA2023: C = 4 + 7 = 11, QC 22,000: P = 73,000 − 35,000 = 38,000 → 3,000 × 6 % + 600 = 780.00
    expect(pcb(december('73000', { yearOfAssessment: 2023, employee: { category: 2, children: studying } }))).toBe(senOf('780.00'));
  });
});

describe('P10: truncation, rounding up to 5 sen, negative → 0', () => {
  it('rounds 287.02 up to 287.05 and 152.06 up to 152.10', () => {
    expect(pcb(december('45000', { yearToDate: { xSen: senOf('372.98') } }))).toBe(senOf('287.05'));
    expect(pcb(december('45000', { yearToDate: { xSen: senOf('507.94') } }))).toBe(senOf('152.10'));
  });
  it('truncates the product: P 36,000.07 → 1,000.07 × 6 % = 60.0042 → 60.00, tax 660.00', () => {
    expect(pcb(december('45000.07'))).toBe(senOf('660.00'));
  });
  it('gives 0 when more was paid than the year’s tax (Step 1[C] = 660.00 − 700.00 = −40.00)', () => {
    expect(pcb(december('45000', { yearToDate: { xSen: senOf('700') } }))).toBe(0);
  });
  it('gives 0 when zakat exceeds the PCB (15.00 − 20.00)', () => {
    expect(pcb(december('45000', { yearToDate: { xSen: senOf('645') }, current: { zakatSen: senOf('20') } }))).toBe(0);
  });
});

describe('P11: the SOCSO + EIS relief only as a TP1 claim', () => {
  it('is not added by the engine; claimed as LP1 it lowers P', () => {
    // No claim: 660.00. Claimed RM350 (LP1): P = 36,000 − 350 = 35,650 → 650 × 6 % + 600 = 639.00
    expect(pcb(december('45000'))).toBe(senOf('660.00'));
    expect(pcb(december('45000', { current: { lp1Sen: senOf('350') } }))).toBe(senOf('639.00'));
  });
  it('computes a claim up to what is left of the year’s limit', () => {
    const limit = taxYear(2026)!.reliefs.socsoEisLimitSen;
    expect(limit).toBe(senOf('350'));
    expect(taxRules.socsoEisReliefSen(false, senOf('39.45'), 0, limit)).toBe(0);
    expect(taxRules.socsoEisReliefSen(true, senOf('39.45'), 0, limit)).toBe(senOf('39.45'));
    expect(taxRules.socsoEisReliefSen(true, senOf('39.45'), senOf('340'), limit)).toBe(senOf('10.00'));
    expect(taxRules.socsoEisReliefSen(true, senOf('39.45'), senOf('350'), limit)).toBe(0);
    // Before YA2025 reliefs.csv has no limit: the claim is taken as it is.
    expect(taxYear(2024)!.reliefs.socsoEisLimitSen).toBeNull();
    expect(taxRules.socsoEisReliefSen(true, senOf('39.45'), senOf('400'), null)).toBe(senOf('39.45'));
  });
});

describe('EPF: K2 and the RM4,000 cap', () => {
  // June (n = 6), YA2026, category 1, ΣY 30,000, Y1 5,000, K1 550, X 300.
  const june = (sumK: string) =>
    baseInput({ month: 6, yearToDate: { sumYSen: senOf('30000'), sumKSen: senOf(sumK), xSen: senOf('300') }, current: { y1Sen: senOf('5000'), k1Sen: senOf('550') } });

  it('K2 = [4,000 − (2,000 + 550)] ÷ 6 = 241.666… → 241.66 when that is below K1', () => {
    // P = (30,000 − 2,000) + (5,000 − 550) + (5,000 − 241.66) × 6 − 9,000 = 28,000 + 4,450 + 28,550.04 − 9,000 = 52,000.04
    // tax = trunc(2,000.04 × 11 %) + 1,500 = 220.00 + 1,500 = 1,720.00; PCB = (1,720 − 300) ÷ 7 = 202.857… → 202.85
    const result = calculatePcb(june('2000'));
    expect(result.normal!.income.k2Sen).toBe(senOf('241.66'));
    expect(result.normal!.income.pSen).toBe(senOf('52000.04'));
    expect(result.pcbSen).toBe(senOf('202.85'));
  });
  it('counts K1 only up to the cap and K2 = 0 once it is reached (ΣK 3,800: K1 counts 200)', () => {
    // K1 = min(550, 4,000 − 3,800) = 200; K2 = min(200, 0 ÷ 6) = 0
    // P = 26,200 + 4,800 + 5,000 × 6 − 9,000 = 52,000.00 → 1,720.00 → 202.85
    const result = calculatePcb(june('3800'));
    expect(result.normal!.income.k1Sen).toBe(senOf('200'));
    expect(result.normal!.income.k2Sen).toBe(0);
    expect(result.normal!.income.pSen).toBe(senOf('52000.00'));
    expect(result.pcbSen).toBe(senOf('202.85'));
    expect(pcbWorking(result).map((l) => l.key)).toContain('tax.working.symbol.k1.capped');
  });
  it('caps ΣK itself (4,100 from two employers counts 4,000; K1 and K2 count 0)', () => {
    // P = (30,000 − 4,000) + 5,000 + 5,000 × 6 − 9,000 = 52,000.00
    const result = calculatePcb(june('4100'));
    expect(result.normal!.income.kSen).toBe(senOf('4000'));
    expect(result.normal!.income.k1Sen).toBe(0);
    expect(result.normal!.income.pSen).toBe(senOf('52000.00'));
  });
  it('in December (n = 0) has no K2 and divides by 1', () => {
    // P = (55,000 − 3,000) + (5,000 − 550) − 9,000 = 47,450.00 → 12,450 × 6 % + 600 = 1,347.00; − X 1,200 = 147.00
    const result = calculatePcb(
      baseInput({ month: 12, yearToDate: { sumYSen: senOf('55000'), sumKSen: senOf('3000'), xSen: senOf('1200') }, current: { y1Sen: senOf('5000'), k1Sen: senOf('550') } }),
    );
    expect(result.n).toBe(0);
    expect(result.normal!.income.k2Sen).toBe(0);
    expect(result.pcbSen).toBe(senOf('147.00'));
  });
});

describe('ours: the year’s tax is never below zero', () => {
  it('does not let a rebate larger than the tax count as PCB owed on a bonus', () => {
    // Category 2: P = 43,000 − 9,000 − 4,000 = 30,000 → 10,000 × 3 % − 650 = −350 → 0.00; Step 1[C] = 0, [E] = 0
    // Bonus 6,000: P = 36,000 → 660.00; Step 4 = 660.00 − 0 = 660.00 (not 1,010.00); Step 5 = 660.00
    const result = calculatePcb(december('43000', { employee: { category: 2 }, current: { ytSen: senOf('6000') } }));
    expect(result.normal!.income.taxSen).toBe(0);
    expect(result.pcbSen).toBe(senOf('660.00'));
  });
});

describe('EPF on a tax-exempt one-off allowance (Kt without Yt, Terms 13 ii)', () => {
  it('runs the five steps and owes nothing more', () => {
    // Step 1: 660.00. Step 2: P = 36,000 − 51 = 35,949 → 949 × 6 % + 600 = 656.94; Step 4 = 656.94 − 660.00 < 0 → 0
    const result = calculatePcb(december('45000', { current: { ktSen: senOf('51') } }));
    expect(result.additional!.income.taxSen).toBe(senOf('656.94'));
    expect(result.additional!.step4AfterMinimumSen).toBe(0);
    expect(result.pcbSen).toBe(senOf('660.00'));
  });
});

describe('refusals', () => {
  const refusal = (input: PcbInput) => {
    const error = thrownBy(TaxError, () => calculatePcb(input));
    return { code: error.code, key: error.key, field: error.field };
  };
  it('refuses years outside YA2019–YA2026', () => {
    expect(refusal(baseInput({ yearOfAssessment: 2018 }))).toEqual({ code: 'UNSUPPORTED', key: 'tax.error.year.unsupported', field: 'yearOfAssessment' });
    expect(refusal(baseInput({ yearOfAssessment: 2027 }))).toMatchObject({ code: 'UNSUPPORTED', field: 'yearOfAssessment' });
    expect(refusal(baseInput({ yearOfAssessment: 2026.5 }))).toMatchObject({ code: 'VALIDATION', field: 'yearOfAssessment' });
  });
  it('refuses a bad month, category, flag, amount or child count, naming the field', () => {
    expect(refusal(baseInput({ month: 0 }))).toMatchObject({ key: 'tax.error.month', field: 'month' });
    expect(refusal(baseInput({ month: 13 }))).toMatchObject({ field: 'month' });
    expect(refusal(baseInput({ employee: { category: 4 as 1 } }))).toMatchObject({ key: 'tax.error.category', field: 'employee.category' });
    expect(refusal(baseInput({ employee: { resident: 'yes' as unknown as boolean } }))).toMatchObject({ field: 'employee.resident' });
    expect(refusal(baseInput({ current: { y1Sen: -1 } }))).toMatchObject({ key: 'tax.error.amount', field: 'current.y1Sen' });
    expect(refusal(baseInput({ current: { zakatSen: 1.5 } }))).toMatchObject({ field: 'current.zakatSen' });
    expect(refusal(baseInput({ yearToDate: { xSen: Number.NaN } }))).toMatchObject({ field: 'yearToDate.xSen' });
    const kids = { qualifying: 100, higherEducation: 0, disabled: 0, disabledHigherEducation: 0 };
    expect(refusal(baseInput({ employee: { children: kids } }))).toMatchObject({ key: 'tax.error.children', field: 'employee.children.qualifying' });
  });
});

function rulesOf(year: number) {
  return taxYear(year)!.reliefs;
}
