// What was just written: each file, its records and total, where it was saved; then the one next
// step in words that follow the files made (issue 12 item 2): "upload this one file" for the
// SOCSO + EIS + LINDUNG file, "two uploads" for the SOCSO and EIS files.
import { useState, type Ref } from 'react';
import type { GenerationReportView } from '../../../../shared/api/channels/assist';
import type { Company } from '../../../../shared/domain/company';
import { formatMonthName } from '../../../../shared/calendar';
import { nextSteps } from '../../../../shared/month-files/next-steps';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PathCopy } from '../../components/PathCopy';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { hrefFor } from '../../routes';
import { kindLabelKey } from './ReportDetails';
import { ColumnHeads } from '../../components/ColumnHeads';

export function WrittenPanel({
  report,
  company,
  desktop,
  headingRef,
}: {
  report: GenerationReportView;
  company: Company;
  desktop: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t, say, locale } = useI18n();
  const [openError, setOpenError] = useState<Message | null>(null);
  const first = report.files.find((f) => f.path !== null);

  return (
    <section className="panel files-written" aria-labelledby="files-written-title" data-testid="files-written">
      <h2 id="files-written-title" ref={headingRef} tabIndex={-1}>
        {t('files.written.title')}
      </h2>
      <p className="status-message">{t('files.written.status', { count: report.files.length, folder: report.folder ?? '' })}</p>
      <table className="table written-table">
        <caption className="visually-hidden">{t('files.written.caption', { month: formatMonthName(report.month, locale) })}</caption>
        <ColumnHeads
          columns={[
            t('files.written.file'),
            { label: t('files.file.records'), className: 'num' },
            { label: t('files.file.total'), className: 'num' },
            t('files.written.path'),
          ]}
        />
        <tbody>
          {report.files.map((file) => (
            <tr key={file.kind} data-testid={`written-${file.kind}`}>
              <th scope="row">
                <span className="code">{file.fileName}</span>
                <span className="muted file-kind-small">{t(kindLabelKey(file.kind))}</span>
              </th>
              <td className="num">{file.totals.records}</td>
              <td className="num">{file.totals.amount}</td>
              <td>{file.path ? <PathCopy path={file.path} name={file.fileName} companyId={company.id} desktop={desktop} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div data-testid="files-next">
        {nextSteps(report.files).map((step) => (
          <p key={step.key} className="next-step">
            {say(step)}
          </p>
        ))}
      </div>
      <div className="button-row">
        {desktop && first?.path ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpenError(null);
              api.call('portal:reveal', { companyId: company.id, path: first.path as string }).catch((e: unknown) => setOpenError(messageOf(e)));
            }}
          >
            {t('files.openFolder')}
          </button>
        ) : null}
        <a className="button button-primary link-button" href={hrefFor('portal')}>
          {t('files.openAssist')}
        </a>
      </div>
      {openError ? <ErrorMessage id="files-open-error">{say(openError)}</ErrorMessage> : null}
    </section>
  );
}
