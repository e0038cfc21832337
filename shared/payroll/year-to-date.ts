// PCB's year to date for a month, from the year's finalised months and the employee's TP3 (rules.ts
// YEAR_TO_DATE_FROM_FINALISED_MONTHS_ONLY): never typed. The service sums the finalised months in
// one query; this says what each sum means.
import type { YearToDate } from '../tax';

/** One employee's sums over the finalised months of a year before the month computed. */
export interface FinalisedSums {
  /** Gross pay (the payslip's year to date). */
  grossSen: number;
  /** Y1 + Yt of each month: PCB's ΣY. */
  remunerationSen: number;
  /** Employee EPF (K1 + Kt): PCB's ΣK and the payslip's EPF to date. */
  epfEmployeeSen: number;
  /** PCB deducted, after zakat, CP38 excluded: PCB's X and the payslip's PCB to date. */
  pcbSen: number;
  /** PCB's zakat of each month (from pay and TP1 D1a / D1b): PCB's Z. */
  pcbZakatSen: number;
  /** LP1 of each month: PCB's ΣLP. */
  lp1Sen: number;
}

/** Form TP3: the previous employment earlier in the year (PCB only, never the payslip or EA). */
export interface Tp3Figures {
  remunerationSen: number;
  epfSen: number;
  pcbSen: number;
  zakatSen: number;
  tp1ReliefSen: number;
}

export const NO_FINALISED_SUMS: Readonly<FinalisedSums> = Object.freeze({
  grossSen: 0,
  remunerationSen: 0,
  epfEmployeeSen: 0,
  pcbSen: 0,
  pcbZakatSen: 0,
  lp1Sen: 0,
});

/** ΣY, ΣK, X, Z and ΣLP before the month: the finalised months' figures plus TP3's. */
export function pcbYearToDate(finalised: Readonly<FinalisedSums>, tp3: Readonly<Tp3Figures> | null): YearToDate {
  return {
    sumYSen: finalised.remunerationSen + (tp3?.remunerationSen ?? 0),
    sumKSen: finalised.epfEmployeeSen + (tp3?.epfSen ?? 0),
    xSen: finalised.pcbSen + (tp3?.pcbSen ?? 0),
    zSen: finalised.pcbZakatSen + (tp3?.zakatSen ?? 0),
    sumLpSen: finalised.lp1Sen + (tp3?.tp1ReliefSen ?? 0),
  };
}

/** What a payslip shows to date, this month included (TP3 never: PCB.md §1.9). */
export interface PayslipYearToDate {
  grossSen: number;
  epfEmployeeSen: number;
  pcbSen: number;
}

export function payslipYearToDate(
  finalised: Readonly<FinalisedSums>,
  month: { grossSen: number; epfEmployeeSen: number; pcbSen: number },
): PayslipYearToDate {
  return {
    grossSen: finalised.grossSen + month.grossSen,
    epfEmployeeSen: finalised.epfEmployeeSen + month.epfEmployeeSen,
    pcbSen: finalised.pcbSen + month.pcbSen,
  };
}
