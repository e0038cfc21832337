// The working reads like LHDN's worksheet, in both languages, with the file's own figures.
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/catalog';
import { calculatePcb, formatRate, pcbSymbols, pcbWorking } from '../../../shared/tax';
import { baseInput, senOf } from './spec-data';

// LHDN's April 2026 example (official_examples.json L1-EX5-APR-AR), typed out.
const april = baseInput({
  month: 4,
  employee: { category: 3, children: { qualifying: 3, higherEducation: 0, disabled: 0, disabledHigherEducation: 0 } },
  yearToDate: { sumYSen: senOf('16500'), sumKSen: senOf('1815'), xSen: senOf('328.20'), sumLpSen: senOf('300') },
  current: { y1Sen: senOf('5500'), k1Sen: senOf('605'), lp1Sen: senOf('300'), ytSen: senOf('8250'), ktSen: senOf('908') },
});

describe('PCB working', () => {
  const result = calculatePcb(april);
  const lines = pcbWorking(result);
  const en = lines.map((l) => translate('en', l.key, l.params));
  const ms = lines.map((l) => translate('ms', l.key, l.params));

  it('shows each of the five steps with LHDN’s printed figures', () => {
    const text = en.join('\n');
    expect(text).toContain('K2 = [RM4,000.00 − (RM1,815.00 + RM605.00)] ÷ 8, or K1 if lower, truncated to the sen = RM197.50.');
    expect(text).toContain('= RM46,400.00.');
    expect(text).toContain('[RM1,284.00 − (RM0.00 + RM328.20)] ÷ 9 = RM106.20.');
    expect(text).toContain('Step 1[E]: PCB for the whole year = X + Step 1[C] × (n + 1) = RM328.20 + RM106.20 × 9 = RM1,284.00');
    expect(text).toContain('truncated to the sen = RM84.00.');
    expect(text).toContain('= RM54,650.00.');
    expect(text).toContain('Step 3: tax for the year = (P − M) × R + B = (RM54,650.00 − RM50,000.00) × 11% + RM1,500.00 = RM511.50 + RM1,500.00 = RM2,011.50.');
    expect(text).toContain('= RM2,011.50 − (RM1,284.00 + RM0.00) = RM727.50.');
    expect(text).toContain('RM106.20 + RM727.50 = RM833.70');
    expect(en.at(-1)).toBe('PCB to deduct this month: RM833.70.');
  });

  it('says the same in Malay, with no raw keys', () => {
    expect(ms.at(-1)).toBe('PCB yang dipotong bulan ini: RM833.70.');
    expect(ms.join('\n')).toContain('Langkah 4: PCB atas saraan tambahan');
    for (const line of [...en, ...ms]) expect(line).not.toMatch(/tax\.working|\{\w+\}/);
  });

  it('lists every symbol of the calculation by LHDN’s name', () => {
    const symbols = pcbSymbols(result);
    expect(symbols).toMatchObject({ Y: senOf('16500'), K: senOf('1815'), K2: senOf('197.50'), n: 8, C: 3, QC: senOf('6000'), P: senOf('46400'), M: senOf('35000'), R: 600, B: senOf('600') });
    expect(symbols).toMatchObject({ step1E: senOf('1284'), P_with_additional: senOf('54650'), step3: senOf('2011.50'), step4: senOf('727.50'), PCB: senOf('833.70') });
  });

  it('shows the rebate inside B and rates with decimals', () => {
    const low = pcbWorking(calculatePcb(baseInput({ month: 12, yearToDate: { sumYSen: senOf('40000') } }))).map((l) => translate('en', l.key, l.params));
    expect(low.join('\n')).toContain('B = -RM250.00 (tax on M RM150.00 less the rebate RM400.00)');
    expect(formatRate(2450)).toBe('24.5%');
    expect(formatRate(600)).toBe('6%');
    expect(formatRate(0)).toBe('0%');
  });

  it('explains a non-resident in one line', () => {
    const nonResident = calculatePcb(baseInput({ employee: { resident: false }, current: { y1Sen: senOf('3000') } }));
    const text = pcbWorking(nonResident).map((l) => translate('en', l.key, l.params));
    expect(text[1]).toContain('30% × (RM3,000.00 + RM0.00) = 30% × RM3,000.00 = RM900.00');
  });
});
