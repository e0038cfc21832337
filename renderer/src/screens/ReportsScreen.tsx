// Reports: the month's contribution summary of the current company (wages:sheet), per employee
// and in total, employer and employee shares, the due date; printable on one clean A4 page
// ("Print / Save as PDF": window.print() with the print stylesheet).
import { useState } from 'react';
import type { Company } from '../../../shared/domain/company';
import { formatRinggit } from '../../../shared/money/sen';
import { daysToDeadline, dueDate } from '../../../shared/statutory/deadlines';
import { api } from '../api/client';
import { CompanyScreen } from '../components/RequireCompany';
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

export function ReportsScreen() {
  const { t } = useI18n();
  return <CompanyScreen name="reports" title={t('reports.title')}>{(company) => <Report company={company} />}</CompanyScreen>;
}

function Report({ company }: { company: Company }) {
  const { t, say, locale } = useI18n();
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
          <dl className="report-facts">
            <div>
              <dt>{t('reports.company')}</dt>
              <dd data-testid="report-company">{company.name}</dd>
            </div>
            <div>
              <dt>{t('reports.employerCode')}</dt>
              <dd className="code">{company.employerCode}</dd>
            </div>
            <div>
              <dt>{t('reports.month')}</dt>
              <dd data-testid="report-month">{formatMonthName(month, locale)}</dd>
            </div>
            <div>
              <dt>{t('reports.due')}</dt>
              <dd data-testid="report-due">
                {formatDay(due)} <span className={days < 0 ? 'due-late' : days <= 5 ? 'due-soon' : 'due-ok'}>({dueText})</span>
              </dd>
            </div>
            <div>
              <dt>{t('reports.generated')}</dt>
              <dd>{madeAt === null ? null : formatWhen(madeAt, locale)}</dd>
            </div>
          </dl>
        </header>

        {failed ? (
          <p role="alert" className="form-error">
            {t('reports.failed')} {say(failed)}
          </p>
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
              <dl className="shares" data-testid="report-shares">
                <div>
                  <dt>{t('reports.shares.wages')}</dt>
                  <dd data-testid="share-wages">{formatRinggit(data.totals.wagesSen)}</dd>
                </div>
                <div>
                  <dt>{t('reports.shares.employer')}</dt>
                  <dd data-testid="share-employer">{formatRinggit(data.totals.employerSen)}</dd>
                </div>
                <div>
                  <dt>{t('reports.shares.employee')}</dt>
                  <dd data-testid="share-employee">{formatRinggit(data.totals.employeeSen)}</dd>
                </div>
                <div className="share-total">
                  <dt>{t('reports.shares.total')}</dt>
                  <dd data-testid="share-total">{formatRinggit(data.totals.totalSen)}</dd>
                </div>
                <div className="share-total">
                  <dt>{t('reports.shares.kwsp')}</dt>
                  <dd data-testid="share-kwsp">{formatRinggit(kwspSen)}</dd>
                </div>
              </dl>
            </section>
          </>
        )}
        <footer className="report-footer">{t('reports.footer', { month: formatMonthName(month, locale) })}</footer>
      </article>
    </div>
  );
}
