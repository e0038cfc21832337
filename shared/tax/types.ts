// The PCB engine's input and result. Every amount is integer sen; every symbol keeps LHDN's name in
// its doc comment so the working can be read beside the specification (PCB.md §1.2).
import type { TaxBand } from './schedule';

export type TaxCategory = 1 | 2 | 3;

/** Qualifying children by kind (PCB.md §1.5): counts of whole children. */
export interface ChildCounts {
  /** Under 18, or 18+ in other full-time education (A-level, certificate, matriculation): RM2,000 each. */
  qualifying: number;
  /** 18+ in full-time diploma-or-higher study in Malaysia, degree-or-higher abroad: "as if" 4. */
  higherEducation: number;
  /** Disabled (certified by JKM): "as if" 3 to YA2024, 4 from YA2025. */
  disabled: number;
  /** Disabled and in diploma-or-higher study: "as if" 7 to YA2024, 8 from YA2025. */
  disabledHigherEducation: number;
}

/** What the employee has told the employer for PCB (Form TP1/TP3 facts, category, residence). */
export interface TaxFacts {
  /** False: the non-resident flat rate (P5); the other facts are then not used. */
  resident: boolean;
  /** 1 single; 2 married, spouse not working; 3 married with a working spouse, divorced, widowed, or single with an adopted child. */
  category: TaxCategory;
  /** DU. */
  disabled: boolean;
  /** SU (P7). */
  spouseDisabled: boolean;
  children: ChildCounts;
}

/** The year's sums before this month, including any previous employer's (Form TP3). */
export interface YearToDate {
  /** ΣY: gross normal and additional remuneration paid in earlier months. */
  sumYSen: number;
  /** ΣK: employee EPF on it (the engine caps it at the year's total qualifying amount). */
  sumKSen: number;
  /** X: PCB paid in earlier months (net of zakat, with PCB on additional remuneration; no CP38). */
  xSen: number;
  /** Z: zakat paid in earlier months (P8). */
  zSen: number;
  /** ΣLP: TP1 deductions claimed in earlier months. */
  sumLpSen: number;
}

/** This month's amounts. */
export interface CurrentMonth {
  /** Y1: gross normal remuneration. */
  y1Sen: number;
  /** K1: employee EPF on Y1. */
  k1Sen: number;
  /** LP1: TP1 deductions claimed this month (the SOCSO + EIS relief only when claimed, P11). */
  lp1Sen: number;
  /** Yt: additional remuneration (bonus, arrears, commission not paid monthly …). */
  ytSen: number;
  /** Kt: employee EPF on Yt. */
  ktSen: number;
  /** Zakat deducted this month. */
  zakatSen: number;
}

export interface PcbInput {
  /** The year of assessment (the calendar year the remuneration is paid in), 2019–2026. */
  yearOfAssessment: number;
  /** 1–12. */
  month: number;
  employee: TaxFacts;
  yearToDate: YearToDate;
  current: CurrentMonth;
}

/** D, S, DU, SU, Q × C and LP as used in P. */
export interface PcbReliefs {
  dSen: number;
  sSen: number;
  duSen: number;
  suSen: number;
  /** Q: per qualifying child. */
  qSen: number;
  /** C: qualifying children with the "as if" multipliers (0 for category 1, P9). */
  c: number;
  qcSen: number;
  /** ΣLP + LP1. */
  lpSen: number;
  /** D + S + DU + SU + QC + (ΣLP + LP1). */
  totalSen: number;
}

/** One evaluation of P and the year's tax on it (Step 1 [B], or Step 2 with the additional remuneration). */
export interface ChargeableIncome {
  /** K, K1 and Kt as counted, each within what the EPF cap leaves (Kt is 0 in Step 1). */
  kSen: number;
  k1Sen: number;
  ktSen: number;
  /** Y2 = Y1 (estimated remuneration for the months left). */
  y2Sen: number;
  /** K2 = min(K1, [cap − (K + K1 + Kt)] ÷ n), truncated; 0 when n = 0. */
  k2Sen: number;
  /** Yt as counted (0 in Step 1). */
  ytSen: number;
  pSen: number;
  /** The band P falls in (P1). */
  band: TaxBand;
  /** B for the employee's category, and the rebate inside it (tax on M − B). */
  bSen: number;
  rebateSen: number;
  /** (P − M) × R, truncated. */
  taxOnExcessSen: number;
  /** (P − M) × R + B, never below 0. */
  taxSen: number;
}

/** The normal-remuneration formula (the whole month, or Step 1 of an additional-remuneration month). */
export interface NormalSteps {
  income: ChargeableIncome;
  zSen: number;
  xSen: number;
  /** Step 1[C]: [(P − M) × R + B − (Z + X)] ÷ (n + 1), truncated; may be negative. */
  mtdSen: number;
  /** After the RM10 rule (P2). */
  afterMinimumSen: number;
  /** Rounded up to 5 sen; in an additional-remuneration month not rounded (only the Step 5 sum is, P10). */
  roundedSen: number;
  zakatSen: number;
  /**
   * Step 1[D]: the PCB less this month's zakat, which may be negative. A normal month deducts it
   * when positive (P3, P10); an additional-remuneration month adds it to Step 4 (a negative one
   * offsets the PCB on the additional remuneration).
   */
  step1DSen: number;
}

/** Steps 1[E] to 5 of an additional-remuneration month. */
export interface AdditionalSteps {
  /** Step 1[E]: X + Step 1[C] × (n + 1) (P4). */
  step1ESen: number;
  /** Step 2: P with this month's additional remuneration; Step 3 is income.taxSen. */
  income: ChargeableIncome;
  /** Step 4: Step 3 − (Step 1[E] + Z). */
  step4Sen: number;
  /** Step 4 after the RM10 rule. */
  step4AfterMinimumSen: number;
  /** Step 5: Step 1[D] + Step 4. */
  step5Sen: number;
}

export interface NonResidentSteps {
  rateBp: number;
  /** Y1 + Yt. */
  remunerationSen: number;
  /** rate × (Y1 + Yt), truncated. */
  truncatedSen: number;
}

export interface PcbResult {
  input: PcbInput;
  /** n: months left after this one. */
  n: number;
  /** The PCB to deduct this month, in sen. */
  pcbSen: number;
  /** Null for a non-resident. */
  reliefs: PcbReliefs | null;
  normal: NormalSteps | null;
  additional: AdditionalSteps | null;
  nonResident: NonResidentSteps | null;
}
