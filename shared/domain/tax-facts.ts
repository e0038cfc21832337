// The facts the PCB engine needs, read from an employee record: the category (one named rule,
// PCB.md §1.3), residence, disability and children by kind.
import type { TaxCategory, TaxFacts } from '../tax/types';
import type { Employee } from './employee';

type CategoryFacts = Pick<Employee, 'maritalStatus' | 'spouseWorking' | 'childrenBasic' | 'childrenStudy' | 'childrenDisabled' | 'childrenDisabledStudy'>;

/** Children claimed for relief, of every kind. */
export function childrenClaimed(e: Pick<Employee, 'childrenBasic' | 'childrenStudy' | 'childrenDisabled' | 'childrenDisabledStudy'>): number {
  return e.childrenBasic + e.childrenStudy + e.childrenDisabled + e.childrenDisabledStudy;
}

/**
 * PCB.md §1.3 (OFFICIAL): 1 single; 2 married and the spouse is not working; 3 married and the
 * spouse is working, divorced or widowed, or single with an (adopted) child claimed — a single
 * person can claim only an adopted child, so any child claimed by a single person makes it 3.
 */
export function pcbCategory(e: CategoryFacts): TaxCategory {
  switch (e.maritalStatus) {
    case 'married':
      return e.spouseWorking ? 3 : 2;
    case 'divorced':
    case 'widowed':
      return 3;
    case 'single':
      return childrenClaimed(e) > 0 ? 3 : 1;
  }
}

/** The engine's employee facts (calculatePcb's `employee`). */
export function taxFactsOf(
  e: CategoryFacts & Pick<Employee, 'taxResident' | 'disabled' | 'spouseDisabled'>,
): TaxFacts {
  return {
    resident: e.taxResident,
    category: pcbCategory(e),
    disabled: e.disabled,
    spouseDisabled: e.spouseDisabled,
    children: {
      qualifying: e.childrenBasic,
      higherEducation: e.childrenStudy,
      disabled: e.childrenDisabled,
      disabledHigherEducation: e.childrenDisabledStudy,
    },
  };
}
