import type { HandlerContext, HandlerMap } from '../handler';
import type {
  assistChannels,
  CheckReport,
  GenerationReport,
  GenerationReportView,
  MonthFilesStatus,
} from '../../../shared/api/channels/assist';
import type { CheckResult, NameChangeReport } from '../../../shared/assist';
import { ServiceError } from '../../services/service-error';
import { samePlace } from '../../services/chosen-paths';

type T = HandlerContext['t'];

function nameChangeMessage(change: NameChangeReport, t: T): string {
  const how = change.changes.map((c) => t(`assist.nameChange.${c}`, { removed: change.removed })).join('; ');
  return `${change.original} → ${change.written}${how ? ` (${how})` : ''}`;
}

/** The stored report with every sentence also in the caller's language. */
export function reportView(report: GenerationReport, outOfDate: boolean, t: T): GenerationReportView {
  return {
    ...report,
    outOfDate,
    leftOut: report.leftOut.map((l) => ({ ...l, message: t(l.reason.key, l.reason.params) })),
    nameChanges: report.nameChanges.map((c) => ({ ...c, message: nameChangeMessage(c, t) })),
    warnings: report.warnings.map((w) => ({ ...w, message: t(w.key, w.params) })),
    notMade: (report.notMade ?? []).map((n) => ({ ...n, message: t(n.key, n.params) })),
    refusals: (report.refusals ?? []).map((r) => ({ ...r, message: t(r.key, r.params) })),
  };
}

export function checkView(result: CheckResult, fileName: string, t: T): CheckReport {
  return {
    ...result,
    fileName,
    layoutName: t(`assist.kind.${result.layout ?? 'unknown'}`),
    problems: result.problems.map((p) => ({ ...p, message: t(p.key, p.params) })),
    ok: result.errors === 0,
  };
}

function statusView(status: MonthFilesStatus, t: T): MonthFilesStatus {
  return { ...status, summary: { ...status.summary, message: t(status.summary.key, status.summary.params) } };
}

export const assistHandlers = {
  'assist:generate': (input, { monthFiles, companies }, { t, paths }) => {
    // A folder chosen in a dialog, the company's own stored folder, or the folder this month's
    // files were written to before ("write again").
    const folder =
      input.folder === undefined
        ? undefined
        : paths.require(input.folder, {
            purposes: ['assistFiles', 'companyFolder'],
            field: 'folder',
            alsoAllowed: (resolved) => {
              const stored = companies.get(input.companyId).outputFolder;
              if (stored !== null && samePlace(stored, resolved)) return true;
              return monthFiles.runs(input.companyId, input.month).some((run) => run.folder !== null && samePlace(run.folder, resolved));
            },
          });
    return reportView(monthFiles.generate({ companyId: input.companyId, month: input.month, folder, kinds: input.formats, overwrite: input.overwrite }), false, t);
  },
  'assist:preview': (input, { monthFiles }, { t }) => {
    const { report, contents } = monthFiles.preview(input.companyId, input.month, input.formats);
    return { ...reportView(report, false, t), contents };
  },
  'assist:status': (input, { monthFiles }, { t }) => statusView(monthFiles.status(input.companyId, input.month), t),
  'assist:runs': (input, { monthFiles }, { t }) => monthFiles.runs(input.companyId, input.month).map((r) => reportView(r, r.outOfDate, t)),
  'assist:check': (input, { monthFiles, receipts }, { t, paths }) => {
    let bytes: Uint8Array;
    let fileName: string;
    if (input.contentBase64 !== undefined) {
      bytes = Buffer.from(input.contentBase64, 'base64');
      fileName = input.fileName ?? input.file ?? '';
    } else if (input.file !== undefined) {
      // A file chosen in the check dialog, or one Caruman wrote for the company.
      const { companyId } = input;
      const file = paths.require(input.file, {
        purposes: ['assistCheck'],
        field: 'file',
        alsoAllowed: (resolved) => companyId !== undefined && receipts.isCompanyFile(companyId, resolved),
      });
      bytes = monthFiles.readFile(file);
      fileName = input.fileName ?? input.file;
    } else throw new ServiceError('VALIDATION', 'backups.error.path.required', {}, 'file');
    const result = monthFiles.check({ bytes, fileName, kind: input.kind, companyId: input.companyId });
    return checkView(result, fileName, t);
  },
} satisfies HandlerMap<keyof typeof assistChannels>;
