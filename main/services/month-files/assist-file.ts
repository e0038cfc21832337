// PERKESO's ASSIST files of a month, from the statutory engine's results (the contribution
// service), checked by the same checker users run on any file. Refusals are thrown as before the
// other files joined the set: the ASSIST files are the month's first duty.
import type { CompanyMonth } from '../../../shared/domain/company-month';
import type { Company } from '../../../shared/domain/company';
import { buildAssistFiles, checkAssistFile, fingerprintSource, type AssistKind, type CheckContext, type KnownEmployee } from '../../../shared/assist';
import type { MessageKey } from '../../../shared/i18n/catalog';
import { ServiceError } from '../service-error';
import { requirePassesOwnCheck } from './refusals';
import { sha256, type FamilyPlan } from './plan';

/** Refusals about the choice of files (the form shows them next to the choice). */
const KIND_ERRORS = new Set(['assist.error.combinedBeforeLindung', 'assist.error.combinedWithSeparate']);

export interface AssistFilePlan extends FamilyPlan {
  family: 'assist';
}

/** The ASSIST files of the month; throws (as always) when a chosen file cannot be made right. */
export function planAssistFiles(company: Company, month: CompanyMonth, kinds: readonly AssistKind[], today: string): AssistFilePlan {
  const built = buildAssistFiles({ company, month: month.month, rows: month.rows, kinds, today });
  const first = built.errors[0];
  if (first) {
    const code = first.key === 'assist.error.combinedBeforeLindung' ? 'UNSUPPORTED' : 'VALIDATION';
    throw new ServiceError(code, first.key as MessageKey, first.params, KIND_ERRORS.has(first.key) ? 'formats' : undefined);
  }
  // A file nobody is in is not made (the report's warning says so).
  const files = built.files.filter((file) => file.totals.records > 0);
  // The same checks a user runs on any file, against the same computed month: a file Caruman
  // makes must pass them, or nothing is written.
  const context = contextFromMonth(company, month);
  for (const file of files) {
    requirePassesOwnCheck(file.fileName, checkAssistFile({ bytes: Buffer.from(file.content, 'latin1'), fileName: file.fileName, kind: file.kind, today, context }).problems);
  }
  return {
    family: 'assist',
    files: files.map((f) => ({ kind: f.kind, fileName: f.fileName, content: f.content, totals: f.totals })),
    leftOut: built.leftOut,
    nameChanges: built.nameChanges,
    warnings: built.warnings,
    refusals: [],
    fingerprint: assistFingerprint(company, month),
  };
}

/** The ASSIST files' inputs (unchanged since migration 3, so runs made before stay current). */
export function assistFingerprint(company: Company, month: CompanyMonth): string {
  return sha256(fingerprintSource(company, month.month, month.rows));
}

/** What the checker may know, from a month already computed (generation's own check). */
function contextFromMonth(company: Company, month: CompanyMonth): CheckContext {
  const byId = new Map(month.rows.map((row) => [row.employee.perkesoId, row]));
  return {
    employerCode: company.employerCode,
    lookup(idNumber, m) {
      const row = m === month.month ? byId.get(idNumber) : undefined;
      if (!row) return null;
      return knownToAssist(row.employee.name, row.result, row.entry !== null);
    },
  };
}

export function knownToAssist(name: string, result: CompanyMonth['rows'][number]['result'], hasWages: boolean): KnownEmployee {
  return {
    name,
    eisEligible: result.eis.eligible,
    eisReason: result.eis.reason,
    socsoSen: hasWages ? result.socso.employerSen + result.socso.employeeSen : null,
    eisSen: hasWages ? result.eis.employerSen + result.eis.employeeSen : null,
  };
}
