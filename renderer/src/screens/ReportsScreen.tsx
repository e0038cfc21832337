// Reports: the month's contribution summary of the current company (wages:sheet), per employee
// and in total, employer and employee shares, the due date; printable on one clean A4 page
// ("Print / Save as PDF": window.print() with the print stylesheet).
import { useState } from 'react';
import type { Company } from '../../../shared/domain/company';
import { formatRinggit } from '../../../shared/money/sen';
import { daysToDeadline, dueDate } from '../../../shared/statutory/deadlines';
import { api } from '../api/client';
import { CompanyScreen } from '../components/RequireCompany';
import { Facts } from '../components/Facts';
import { useI18n } from '../i18n/I18nProvider';
import { useLoad } from '../lib/useLoad';
import { hrefFor } from '../routes';
import { MonthField } from '../components/MonthField';
import { formatDay, formatWhen } from './files/model';
import { formatMonthName, monthToPayNow, todayInMalaysia } from '../../../shared/calendar';
import { monthFromHash } from '../routes';
import { ContributionTable, type EpfShares } from './reports/ContributionTable';
import '../styles/records.css';
import '../styles/files.css';
import '../styles/files-written.css';
import '../styles/files-check.css';
import '../styles/reports.css';
import '../styles/print.css';
import { FormAlert } from '../components/ErrorMessage';

export function ReportsScreen() {
  const { t } = useI18n();
  return <CompanyScreen name="reports" title={t('reports.title')}>{(company) => <Report company={company} />}</CompanyScreen>;
}

function Report({ company }: { company: Company }) {
  const { t, locale } = useI18n();
  const [month, setMonth] = useState(() => monthFromHash(window.location.hash) ?? monthToPayNow());
  // When it was made is part of what was loaded: the report says when its figures were read.
  const loaded = useLoad(
    async () => {
      // EPF per employee is the wage grid's (wages:grid: the EPF engine over the same pay items as
      // the grid and the Form A), never worked out a second time here.
      const [sheet, grid] = await Promise.all([api.call('wages:sheet', { companyId: company.id, month }), api.call('wages:grid', { companyId: company.id, month })]);
      const epf = new Map<number, EpfShares>(grid.rows.map((row) => [row.employeeId, { employer: row.amounts.epfEmployer, employee: row.amounts.epfEmployee }]));
      return { sheet, epf, madeAt: new Date().toISOString() };
    },
    [company.id, month],
  );

  const data = loaded.value?.sheet ?? null;
  const epf = loaded.value?.epf ?? null;
  const kwspSen = epf === null ? 0 : [...epf.values()].reduce((sum, shares) => sum + (shares.employer ?? 0) + (shares.employee ?? 0), 0);
  const madeAt = loaded.value?.madeAt ?? null;
  const failed = loaded.error;
  const due = dueDate(month);
  const days = daysToDeadline(month, todayInMalaysia());
  const dueText = days > 0 ? t('reports.daysLeft', { days }) : days === 0 ? t('reports.dueToday') : t('reports.overdue', { days: -days });

  return (
    <div className="report">
      <div className="toolbar report-toolbar no-print">
        <MonthField
          id="reports-month"
          label={t('reports.month.label')}
          month={month}
          onChange={(next) => {
            setMonth(next);
            window.history.replaceState(null, '', `${hrefFor('reports')}?month=${next}`);
          }}
        />
        <div className="toolbar-actions">
          <button type="button" className="button button-primary" onClick={() => window.print()} disabled={data === null}>
            {t('reports.print')}
          </button>
        </div>
      </div>

      <article className="print-report panel" aria-labelledby="report-heading" data-testid="report">
        <header className="report-header">
          <h2 id="report-heading">{t('reports.heading')}</h2>
          <Facts
            className="facts-row report-facts"
            facts={[
              { label: t('reports.company'), value: company.name, valueTestId: 'report-company' },
              { label: t('reports.employerCode'), value: company.employerCode, valueClassName: 'code' },
              { label: t('reports.month'), value: formatMonthName(month, locale), valueTestId: 'report-month' },
              {
                label: t('reports.due'),
                value: (
                  <>
                    {formatDay(due)} <span className={days < 0 ? 'due-late' : days <= 5 ? 'due-soon' : 'due-ok'}>({dueText})</span>
                  </>
                ),
                valueTestId: 'report-due',
              },
              { label: t('reports.generated'), value: madeAt === null ? null : formatWhen(madeAt, locale) },
            ]}
          />
        </header>

        {failed ? (
          <FormAlert message={failed} lead={t('reports.failed')} />
        ) : data === null ? (
          <p className="muted" role="status">
            {t('reports.loading')}
          </p>
        ) : data.rows.length === 0 ? (
          <p className="empty-state">{t('reports.empty', { month: formatMonthName(month, locale) })}</p>
        ) : (
          <>
            <ContributionTable sheet={data} epf={epf ?? new Map()} />
            <section className="report-shares" aria-labelledby="report-shares-title">
              <h3 id="report-shares-title">{t('reports.shares.title')}</h3>
              <Facts
                className="shares"
                testId="report-shares"
                facts={[
                  { label: t('reports.shares.wages'), value: formatRinggit(data.totals.wagesSen), valueTestId: 'share-wages' },
                  { label: t('reports.shares.employer'), value: formatRinggit(data.totals.employerSen), valueTestId: 'share-employer' },
                  { label: t('reports.shares.employee'), value: formatRinggit(data.totals.employeeSen), valueTestId: 'share-employee' },
                  { label: t('reports.shares.total'), value: formatRinggit(data.totals.totalSen), valueTestId: 'share-total', className: 'share-total' },
                  { label: t('reports.shares.kwsp'), value: formatRinggit(kwspSen), valueTestId: 'share-kwsp', className: 'share-total' },
                ]}
              />
            </section>
          </>
        )}
        <footer className="report-footer">{t('reports.footer', { month: formatMonthName(month, locale) })}</footer>
      </article>
    </div>
  );
}
