import type { Employee } from './employee';
import type { PersonFacts } from '../statutory';

/** The facts the statutory engine needs, read from an employee record (form preview and services alike). */
export function personFacts(
  e: Pick<
    Employee,
    'dateOfBirth' | 'nationality' | 'domesticWorker' | 'firstInsuredAt55' | 'noEisBefore57' | 'paysLindung' | 'categoryOverride' | 'eisOverride' | 'lindungOverride'
  >,
): PersonFacts {
  return {
    dateOfBirth: e.dateOfBirth,
    nationality: e.nationality,
    domesticWorker: e.domesticWorker,
    firstInsuredAt55: e.firstInsuredAt55,
    noEisBefore57: e.noEisBefore57,
    paysLindung: e.paysLindung,
    overrides: {
      category: e.categoryOverride,
      eis: e.eisOverride ? { eligible: e.eisOverride.value, reason: e.eisOverride.reason } : null,
      lindung: e.lindungOverride ? { applies: e.lindungOverride.value, reason: e.lindungOverride.reason } : null,
    },
  };
}
