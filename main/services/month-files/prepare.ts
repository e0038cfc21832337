// The first step of a month's files: build every chosen file in memory from its scheme's figures
// and check it, deciding what is made, what is left out (saying why) and what refuses the set.
// Nothing here touches the disk or the database's runs; index.ts writes and remembers the result.
import { ServiceError } from '../service-error';
import type { CompanyMonth } from '../../../shared/domain/company-month';
import type { MessageKey } from '../../../shared/i18n/catalog';
import type { FamilyNote, GenerationReport } from '../../../shared/domain/month-files';
import { isMonthAfterDate } from '../../../shared/calendar';
import { defaultMonthFileKinds } from '../../../shared/month-files/defaults';
import { familyOf, inFileOrder, isAssistKind, isEpfKind, mixesEpfForms, type MonthFileKind } from '../../../shared/month-files/kinds';
import type { RunFigures } from './runs';
import { sha256, type FamilyPlan } from './plan';
import { planAssistFiles } from './assist-file';
import { epfFiguresOf } from './epf-figures';
import { planEpfFile, type EpfFilePlan } from './epf-file';
import { planPcbFile, type PcbFigure, type PcbFilePlan } from './pcb-file';
import { refusalError, notMadeWarning, NOTHING_TO_PAY } from './refusals';
import type { MonthFilesDeps } from './index';

export interface Prepared {
  report: GenerationReport;
  contents: string[];
  /** Each file's inputs' fingerprint, in the order of report.files. */
  fingerprints: string[];
  rows: CompanyMonth['rows'];
  figures: RunFigures;
}

/** Builds every chosen file in memory and checks it; throws what stops the set. */
export function prepareMonthFiles(deps: MonthFilesDeps, companyId: number, month: string, kinds: readonly MonthFileKind[] | undefined, computedNow?: CompanyMonth): Prepared {
  const company = deps.companies.get(companyId);
  const today = deps.today();
  const computed = computedNow ?? deps.contributions.forMonth(companyId, month);
  const explicit = kinds !== undefined && kinds.length > 0;
  const chosen = explicit ? inFileOrder(kinds) : defaultMonthFileKinds(month, company, deps.pcbFigures !== undefined);
  if (mixesEpfForms(chosen)) throw new ServiceError('VALIDATION', 'monthFiles.error.epfBothForms', {}, 'formats');
  if (isMonthAfterDate(month, today)) throw new ServiceError('VALIDATION', 'assist.error.futureMonth', { month }, 'month');
  // Nothing to upload says why in the user's words (not as an empty file a checker refuses).
  if (computed.rows.length === 0) throw new ServiceError('VALIDATION', 'assist.error.noEmployees', { month }, 'month');
  if (computed.rows.every((row) => row.entry === null)) throw new ServiceError('VALIDATION', 'assist.error.noWages', { month }, 'month');

  const plans: FamilyPlan[] = [];
  const notMade: FamilyNote[] = [];
  const refusals: FamilyNote[] = [];
  const assistKinds = chosen.filter(isAssistKind);
  if (assistKinds.length > 0) plans.push(planAssistFiles(company, computed, assistKinds, today));

  const epfKind = chosen.find(isEpfKind);
  let epf: EpfFilePlan | null = null;
  if (epfKind) epf = planEpfFile({ company, month, figures: epfFiguresOf(computed), kind: epfKind, today });
  else if (!explicit && !company.epfEmployerNumber) notMade.push({ family: 'epf', key: 'monthFiles.epf.notMadeNoNumber', params: { company: company.name } });

  let pcb: PcbFilePlan | null = null;
  if (chosen.includes('pcb')) {
    if (!deps.pcbFigures) throw new ServiceError('UNSUPPORTED', 'monthFiles.pcb.notYet', {}, 'formats');
    let figures: PcbFigure[] | null = null;
    try {
      figures = deps.pcbFigures(companyId, month);
    } catch (error) {
      // The pay run cannot say the month's PCB: asked by name, the set is refused; made by
      // default, the others are still made and the CP39 is left out, saying why.
      if (explicit || !(error instanceof ServiceError)) throw error;
      notMade.push({ family: 'pcb', key: error.key, params: error.params });
    }
    if (figures !== null) pcb = planPcbFile({ company, month, figures, today });
  } else if (!explicit && deps.pcbFigures && !company.taxEmployerNumber) {
    notMade.push({ family: 'pcb', key: 'monthFiles.pcb.notMadeNoNumber', params: { company: company.name } });
  }

  for (const plan of [epf, pcb]) {
    if (plan === null) continue;
    const nothingToPay = plan.refusals.length === 1 && NOTHING_TO_PAY.has(plan.refusals[0]!.key);
    if (plan.refusals.length > 0 && !nothingToPay) {
      // A file that would be wrong: asked for by name, the set is refused; made by default,
      // the others are still made and this one is left out, saying why.
      if (explicit) throw refusalError(plan.family, plan.refusals);
      refusals.push(...plan.refusals.map((r) => ({ ...r, family: plan.family })));
      notMade.push({ family: plan.family, ...notMadeWarning(plan.family, plan.refusals) });
    } else if (nothingToPay) notMade.push({ family: plan.family, ...plan.refusals[0]! });
    plans.push(plan);
  }

  const files = plans.flatMap((plan) => plan.files.map((file) => ({ file, fingerprint: plan.fingerprint })));
  if (files.length === 0) {
    // Only KWSP's or LHDN's file asked, and nobody to pay: say that, not "nothing to write".
    const nobody = notMade.find((n) => NOTHING_TO_PAY.has(n.key));
    if (nobody) throw new ServiceError('VALIDATION', nobody.key as MessageKey, nobody.params, 'formats');
    throw new ServiceError('VALIDATION', 'assist.error.nothingToWrite', { month }, 'formats');
  }
  const written = new Set(files.map(({ file }) => familyOf(file.kind)));
  const report: GenerationReport = {
    runId: null,
    createdAt: null,
    companyId,
    employerCode: company.employerCode,
    month,
    folder: null,
    kinds: chosen,
    written: false,
    employees: computed.rows.length,
    files: files.map(({ file }) => ({ kind: file.kind, fileName: file.fileName, path: null, sha256: sha256(file.content), totals: file.totals })),
    leftOut: plans.flatMap((p) => p.leftOut),
    nameChanges: plans.flatMap((p) => p.nameChanges),
    warnings: plans.flatMap((p) => (written.has(p.family) ? p.warnings : [])),
    notMade,
    refusals,
    inputFingerprint: runFingerprint(plans.filter((p) => written.has(p.family))),
  };
  return {
    report,
    contents: files.map(({ file }) => file.content),
    fingerprints: files.map(({ fingerprint }) => fingerprint),
    rows: computed.rows,
    figures: {
      epf: epf && written.has('epf') ? epf.snapshot : undefined,
      pcb: pcb && written.has('pcb') ? pcb.snapshot : undefined,
    },
  };
}

/**
 * A run's own fingerprint: the ASSIST files' when they are all it wrote (as every run before
 * migration 9), else one over each family's. Each file also keeps its family's (status uses those).
 */
function runFingerprint(plans: readonly FamilyPlan[]): string {
  if (plans.length === 1 && plans[0]!.family === 'assist') return plans[0]!.fingerprint;
  return sha256(JSON.stringify(plans.map((p) => [p.family, p.fingerprint])));
}

