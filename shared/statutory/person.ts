// The facts about an employee that decide their category and eligibility (STATUTORY.md §1.3).
// Facts that cannot be known from Caruman's own data ("first insured at 55 or older", "no EIS
// contribution before 57") are stored explicitly per employee; overrides carry their reason.

export const NATIONALITIES = ['citizen', 'pr', 'temporary', 'foreign'] as const;
/** citizen; pr = permanent resident; temporary = temporary resident; foreign = foreign worker on a work pass. */
export type Nationality = (typeof NATIONALITIES)[number];

export type Category = 1 | 2;

export function isNationality(value: unknown): value is Nationality {
  return typeof value === 'string' && (NATIONALITIES as readonly string[]).includes(value);
}

export interface CategoryOverride {
  value: Category;
  reason: string;
}
export interface EisOverride {
  eligible: boolean;
  reason: string;
}
export interface LindungOverride {
  applies: boolean;
  reason: string;
}

export interface PersonOverrides {
  category?: CategoryOverride | null;
  eis?: EisOverride | null;
  lindung?: LindungOverride | null;
}

export interface PersonFacts {
  /** "YYYY-MM-DD"; null or absent when unknown (the age rules are then not applied, see rules.ts). */
  dateOfBirth?: string | null;
  nationality: Nationality;
  /** A domestic worker (maid, driver, gardener…) employed by a household. Default false. */
  domesticWorker?: boolean;
  /** First became insured at 55 or older (never contributed before 55): Category 2. Default false. */
  firstInsuredAt55?: boolean;
  /** Aged 57+ and never paid EIS before 57: not in EIS. Default false. */
  noEisBefore57?: boolean;
  /** Receives a SOCSO invalidity pension while working: Category 2. Default false. */
  invalidityPensioner?: boolean;
  /** Pays LINDUNG 24 Jam; default true (opt-out, see rules.ts PAYS_LINDUNG_BY_DEFAULT). */
  paysLindung?: boolean;
  overrides?: PersonOverrides | null;
}
