// LHDN's zakat and RM10-rule table (zakat_threshold_cases.csv, Terms 5 i and ii): every row through
// the engine. The file gives the month's computed PCB (Step 1[C]) and the PCB on additional
// remuneration (Step 4); the test builds a December month that produces exactly those, worked by
// hand below, and checks every later column against the file.
import { describe, expect, it } from 'vitest';
import { calculatePcb } from '../../../shared/tax';
import { baseInput, readCsvObjects, readSpecFile, senOf } from './spec-data';

// December (n = 0, so K2 = 0 and the divisor n + 1 = 1), category 1, YA2026, no EPF, no TP1:
//   P = ΣY − D = 45,000.00 − 9,000.00 = 36,000.00 → band above 35,000: M 35,000, R 6 %, B 600
//   tax = (36,000.00 − 35,000.00) × 6 % + 600.00 = 660.00
//   Step 1[C] = (660.00 − (Z + X)) ÷ 1, so with Z = 0:  X = 660.00 − Step 1[C]
// With additional remuneration Yt (no EPF on it) P becomes 36,000.00 + Yt, still in the 6 % band:
//   Step 1[E] = X + Step 1[C] × 1 = 660.00;  Step 4 = tax with Yt − 660.00 = trunc(6 % × (1,000.00 + Yt)) − 60.00
// so Step 4 = trunc(6 % × Yt) when 6 % × 1,000.00 = 60.00 exactly; the Yt for each Step 4 of the file:
const YT_FOR_STEP_4: Readonly<Record<string, string>> = {
  '9.00': '150.00', //      6 % × 150.00 = 9.00
  '25.00': '416.67', //     6 % × 1,416.67 = 85.0002 → 85.00; 85.00 − 60.00 = 25.00
  '32.55': '542.50', //     6 % × 542.50 = 32.55
  '127.30': '2121.67', //   6 % × 3,121.67 = 187.3002 → 187.30; 187.30 − 60.00 = 127.30
  '392.25': '6537.50', //   6 % × 6,537.50 = 392.25 (P = 42,537.50, still below 50,000)
};

const rows = readCsvObjects(readSpecFile('zakat_threshold_cases.csv'));
const TAX_SEN = senOf('660.00');

describe("LHDN's zakat and RM10-rule cases (Terms 5)", () => {
  it('has all nine rows', () => {
    expect(rows.map((r) => r.case_id)).toEqual(['Z-i-a', 'Z-i-b', 'Z-i-c', 'Z-i-d', 'Z-ii-a', 'Z-ii-b', 'Z-ii-c', 'Z-ii-d', 'Z-ii-e']);
  });

  it.each(rows.map((r) => [r.case_id, r] as const))('%s', (_id, row) => {
    const step1C = senOf(row.mtd_current_month_calc as string);
    const additional = row.mtd_additional_calc ?? '';
    const yt = additional === '' ? '0' : YT_FOR_STEP_4[additional];
    expect(yt, `no Yt worked out for Step 4 = ${additional}`).toBeDefined();
    const result = calculatePcb(
      baseInput({
        month: 12,
        yearToDate: { sumYSen: senOf('45000.00'), xSen: TAX_SEN - step1C },
        current: { zakatSen: senOf(row.zakat_current_month as string), ytSen: senOf(yt as string) },
      }),
    );
    const normal = result.normal!;
    expect(normal.income.taxSen).toBe(TAX_SEN);
    expect(normal.mtdSen).toBe(step1C);
    expect(normal.afterMinimumSen).toBe(senOf(row.mtd_current_month_after_rm10_rule as string));
    expect(normal.step1DSen).toBe(senOf(row.net_mtd_step1D as string));
    // The month's zakat is what later months carry in Z.
    expect(normal.zakatSen).toBe(senOf(row.zakat_carried_forward_to_Z as string));
    if (additional === '') {
      expect(result.additional).toBeNull();
      expect(result.pcbSen).toBe(senOf(row.net_mtd_deducted_if_no_AR as string));
    } else {
      expect(result.additional!.step4Sen).toBe(senOf(additional));
      expect(result.additional!.step4AfterMinimumSen).toBe(senOf(row.mtd_additional_after_rm10_rule as string));
    }
    expect(result.pcbSen).toBe(senOf(row.mtd_total_step5 as string));
  });
});
