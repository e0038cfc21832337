// The facts about an employee that decide their EPF part (EPF.md §1.1 and E1, E3, E7).

/** The Third Schedule parts (EPF.md §1.1). */
export const EPF_PARTS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type EpfPart = (typeof EPF_PARTS)[number];

/**
 * citizen: Malaysian citizen. pr: permanent resident. pre1998: non-citizen who became a member
 * before 1 August 1998. foreign: any other non-citizen (a work pass) who has not elected to
 * contribute. foreign_elected: a non-citizen who elected to contribute on or after 1 August 1998.
 */
export const EPF_STATUSES = ['citizen', 'pr', 'pre1998', 'foreign', 'foreign_elected'] as const;
export type EpfStatus = (typeof EPF_STATUSES)[number];

export function isEpfStatus(value: unknown): value is EpfStatus {
  return (
    value === 'citizen' ||
    value === 'pr' ||
    value === 'pre1998' ||
    value === 'foreign' ||
    value === 'foreign_elected'
  );
}

export interface EpfPerson {
  /** "YYYY-MM-DD"; null when unknown (treated as below 60, see rules.ts). */
  dateOfBirth: string | null;
  status: EpfStatus;
  /** Elected to keep the 11 % employee rate in a cut period (Borang KWSP 17A; E3). */
  keep11Percent: boolean;
  /** A foreign domestic servant (maid, driver, gardener employed by a household): outside Part F (E7). */
  foreignDomesticServant: boolean;
  /**
   * Voluntary excess (EPF Act s.43(3), EPF.md §2.6): percentage points the employer and the
   * employee elected to pay above the statutory rate, in basis points (5 % = 500). Default 0.
   */
  employerVoluntaryExcessBp?: number;
  employeeVoluntaryExcessBp?: number;
}

/**
 * The EPF status an employee record starts from, given its nationality (the user changes it for a
 * pre-1998 member or a foreign worker who elected). Temporary residents are non-citizens without
 * PR status, so they start as foreign workers who have not elected.
 */
export function defaultEpfStatus(nationality: 'citizen' | 'pr' | 'temporary' | 'foreign'): EpfStatus {
  switch (nationality) {
    case 'citizen':
      return 'citizen';
    case 'pr':
      return 'pr';
    case 'temporary':
    case 'foreign':
      return 'foreign';
  }
}
