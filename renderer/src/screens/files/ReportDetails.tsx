// What a generation made or would make: each file's totals as the portal shows them (records,
// total, and per scheme for the 278-character file), the warnings, who was left out and why, the
// names written differently. Every sentence is said from its key, in the current language.
import type { FileTotals, GeneratedFile, GenerationReportView, MonthFileKind, MonthFileTotals } from '../../../../shared/api/channels/assist';
import { formatRinggit } from '../../../../shared/money/sen';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { ColumnHeads } from '../../components/ColumnHeads';
import { Facts } from '../../components/Facts';

const KIND_KEYS: Record<MonthFileKind, MessageKey> = {
  socso: 'assist.kind.socso',
  eis: 'assist.kind.eis',
  lindung: 'assist.kind.lindung',
  epf: 'monthFiles.kind.epf',
  'epf-csv': 'monthFiles.kind.epf-csv',
  pcb: 'monthFiles.kind.pcb',
};

export function kindLabelKey(kind: MonthFileKind): MessageKey {
  return KIND_KEYS[kind];
}

const PARTS = [
  ['wagesSen', 'files.parts.wages'],
  ['socsoEmployerSen', 'files.parts.socsoEmployer'],
  ['socsoEmployeeSen', 'files.parts.socsoEmployee'],
  ['eisEmployerSen', 'files.parts.eisEmployer'],
  ['eisEmployeeSen', 'files.parts.eisEmployee'],
  ['lindungEmployeeSen', 'files.parts.lindungEmployee'],
] as const satisfies readonly (readonly [keyof NonNullable<FileTotals['parts']>, MessageKey])[];

/** KWSP's and LHDN's files: what the file holds, as their portals total it. */
function otherParts(totals: MonthFileTotals): { id: string; label: MessageKey; count?: number; sen: number }[] {
  if (totals.epf) {
    return [
      { id: 'epfWages', label: 'monthFiles.parts.epfWages', sen: totals.epf.wagesSen },
      { id: 'epfEmployer', label: 'monthFiles.parts.epfEmployer', sen: totals.epf.employerSen },
      { id: 'epfEmployee', label: 'monthFiles.parts.epfEmployee', sen: totals.epf.employeeSen },
    ];
  }
  if (totals.pcb) {
    return [
      { id: 'pcb', label: 'monthFiles.parts.pcb', count: totals.pcb.pcbRecords, sen: totals.pcb.pcbSen },
      { id: 'cp38', label: 'monthFiles.parts.cp38', count: totals.pcb.cp38Records, sen: totals.pcb.cp38Sen },
    ];
  }
  return [];
}

/** One card per file: name, records and total exactly as the portal shows them. */
export function FileCards({ files }: { files: readonly GeneratedFile[] }) {
  const { t } = useI18n();
  return (
    <ul className="file-cards">
      {files.map((file) => (
        <li key={file.kind} className="file-card" data-testid={`file-card-${file.kind}`}>
          <h3 className="file-card-kind">{t(kindLabelKey(file.kind))}</h3>
          <p className="file-card-name code">{file.fileName}</p>
          <Facts
            className="file-card-totals"
            facts={[
              { label: t('files.file.records'), value: file.totals.records, valueTestId: 'file-records' },
              { label: t('files.file.total'), value: file.totals.amount, valueTestId: 'file-total' },
            ]}
          />
          {otherParts(file.totals).length > 0 ? (
            <table className="table parts-table">
              <caption className="visually-hidden">{t('files.parts.caption', { file: file.fileName })}</caption>
              <tbody>
                {otherParts(file.totals).map((part) => (
                  <tr key={part.id} data-testid={`part-${part.id}`}>
                    <th scope="row">{t(part.label, { count: part.count ?? 0 })}</th>
                    <td className="num">{formatRinggit(part.sen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {file.totals.parts ? (
            <table className="table parts-table">
              <caption className="visually-hidden">{t('files.parts.caption', { file: file.fileName })}</caption>
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t('files.parts.scheme')}</th>
                  <th scope="col">{t('files.parts.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {PARTS.map(([part, key]) => (
                  <tr key={part} data-testid={`part-${part}`}>
                    <th scope="row">{t(key)}</th>
                    <td className="num">{formatRinggit(file.totals.parts?.[part] ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

interface LeftOutGroup {
  key: string;
  name: string;
  idNumber: string;
  reason: GenerationReportView['leftOut'][number]['reason'];
  kinds: MonthFileKind[];
}

/** One row per employee and reason, with every file the employee was left out of. */
function groupLeftOut(items: GenerationReportView['leftOut']): LeftOutGroup[] {
  const groups = new Map<string, LeftOutGroup>();
  for (const item of items) {
    const key = `${item.employeeId}|${item.reason.key}|${JSON.stringify(item.reason.params)}`;
    const group = groups.get(key);
    if (group) group.kinds.push(item.kind);
    else groups.set(key, { key, name: item.name, idNumber: item.idNumber, reason: item.reason, kinds: [item.kind] });
  }
  return [...groups.values()];
}

type ReportParts = Pick<GenerationReportView, 'warnings' | 'leftOut' | 'nameChanges' | 'files' | 'employerCode' | 'month'> & Partial<Pick<GenerationReportView, 'notMade'>>;

/** Warnings, employees left out and names changed, each with a heading and a count. */
export function ReportNotes({ report, headingLevel = 3 }: { report: ReportParts; headingLevel?: 3 | 4 }) {
  const { t, say } = useI18n();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const fileNameOf = (kind: MonthFileKind) => report.files.find((f) => f.kind === kind)?.fileName ?? t(kindLabelKey(kind));
  const notMade = report.notMade ?? [];
  // A name written the same way in several files (PERKESO's and KWSP's) is said once.
  const nameChanges = report.nameChanges.filter((c, i, all) => all.findIndex((o) => o.employeeId === c.employeeId && o.written === c.written) === i);
  return (
    <div className="report-notes">
      {notMade.length > 0 ? (
        <section className="report-note" aria-label={t('monthFiles.notMade.title', { count: notMade.length })}>
          <H>{t('monthFiles.notMade.title', { count: notMade.length })}</H>
          <ul className="warning-items" data-testid="report-not-made">
            {notMade.map((note, index) => (
              <li key={index} className="warning-item">
                {say(note)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="report-note" aria-label={t('files.warnings.title', { count: report.warnings.length })}>
        <H>{t('files.warnings.title', { count: report.warnings.length })}</H>
        {report.warnings.length === 0 ? (
          <p className="muted">{t('files.warnings.none')}</p>
        ) : (
          <ul className="warning-items" data-testid="report-warnings">
            {report.warnings.map((warning, index) => (
              <li key={index} className="warning-item">
                {say(warning)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {report.leftOut.length > 0 ? (
        <section className="report-note" aria-label={t('files.leftOut.title', { count: groupLeftOut(report.leftOut).length })}>
          <H>{t('files.leftOut.title', { count: groupLeftOut(report.leftOut).length })}</H>
          <div className="table-scroll">
            <table className="table compact-table" data-testid="report-left-out">
              <caption className="visually-hidden">{t('files.leftOut.caption')}</caption>
              <ColumnHeads columns={[t('files.leftOut.name'), t('files.leftOut.id'), t('files.leftOut.file'), t('files.leftOut.reason')]} />
              <tbody>
                {groupLeftOut(report.leftOut).map((item) => (
                  <tr key={item.key}>
                    <th scope="row">{item.name}</th>
                    <td className="code">{item.idNumber}</td>
                    <td className="code left-out-files">
                      {item.kinds.map((kind) => (
                        <span key={kind}>{fileNameOf(kind)}</span>
                      ))}
                    </td>
                    <td>{say(item.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {nameChanges.length > 0 ? (
        <section className="report-note" aria-label={t('files.nameChanges.title', { count: nameChanges.length })}>
          <H>{t('files.nameChanges.title', { count: nameChanges.length })}</H>
          <p className="field-hint">{t('files.nameChanges.intro')}</p>
          <ul className="name-changes" data-testid="report-name-changes">
            {nameChanges.map((change) => (
              <li key={`${change.employeeId}-${change.written}`}>
                <span>{change.original}</span> <span aria-hidden="true">→</span> <span className="code">{change.written}</span>{' '}
                <span className="muted">
                  ({change.changes.map((c) => say({ key: `assist.nameChange.${c}`, params: { removed: change.removed } })).join('; ')})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
