// The amount to pay PERKESO for the month, and per scheme, at the top of the Files screen (issue
// 12 item 6): what the bookkeeper pays by FPX, in sight before anything else. From the month as
// computed now (wages:sheet), whichever files are chosen.
import { useMemo } from 'react';
import type { CompanyMonth } from '../../../../shared/api/channels/records';
import type { Company } from '../../../../shared/domain/company';
import { formatRinggit } from '../../../../shared/money/sen';
import { dueDate } from '../../../../shared/statutory/deadlines';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { useLoad } from '../../lib/useLoad';
import { hrefFor } from '../../routes';

export interface SchemeTotals {
  socsoSen: number;
  eisSen: number;
  lindungSen: number;
  totalSen: number;
  /** Employees on the month's payroll, and those with wages saved. */
  employees: number;
  withWages: number;
}

/** Each scheme's employer + employee share, added up over the month's employees. */
export function schemeTotals(sheet: CompanyMonth): SchemeTotals {
  let socsoSen = 0;
  let eisSen = 0;
  let lindungSen = 0;
  let withWages = 0;
  for (const row of sheet.rows) {
    const r = row.result;
    socsoSen += r.socso.employerSen + r.socso.employeeSen;
    eisSen += r.eis.employerSen + r.eis.employeeSen;
    lindungSen += r.lindung.employerSen + r.lindung.employeeSen;
    if (row.entry !== null) withWages += 1;
  }
  return { socsoSen, eisSen, lindungSen, totalSen: socsoSen + eisSen + lindungSen, employees: sheet.rows.length, withWages };
}

export function AmountDue({ company, month }: { company: Company; month: string }) {
  const { t } = useI18n();
  // Nothing shows until the month's wages are read, nor when they cannot be.
  const sheet = useLoad(() => api.call('wages:sheet', { companyId: company.id, month }), [company.id, month]);
  const totals = useMemo(() => (sheet.value ? schemeTotals(sheet.value) : null), [sheet.value]);
  if (!totals) return null;
  if (totals.employees === 0 || totals.withWages === 0) {
    // Nothing to pay yet: say why, and go where it is put right (never an empty file's error).
    const noEmployees = totals.employees === 0;
    return (
      <div className="banner banner-warning amount-due-missing" data-testid="amount-due-missing">
        <p>{t(noEmployees ? 'assist.error.noEmployees' : 'assist.error.noWages', { month })}</p>
        <a className="button button-primary link-button" href={`${hrefFor(noEmployees ? 'employees' : 'wages')}?month=${month}`}>
          {noEmployees ? t('files.goToEmployees') : t('files.goToWages', { month })}
        </a>
      </div>
    );
  }
  const schemes = [
    ['socso', 'files.due.socso', totals.socsoSen],
    ['eis', 'files.due.eis', totals.eisSen],
    ['lindung', 'files.due.lindung', totals.lindungSen],
  ] as const;
  return (
    <section className="amount-due" aria-labelledby="amount-due-title" data-testid="amount-due">
      <div className="amount-due-total">
        <h2 id="amount-due-title">{t('files.due.title', { month })}</h2>
        <p className="amount-due-amount" data-testid="amount-due-total">
          {formatRinggit(totals.totalSen)}
        </p>
        <p className="amount-due-by">{t('files.due.by', { date: dueDate(month) })}</p>
      </div>
      <dl className="amount-due-schemes">
        {schemes
          .filter(([scheme, , sen]) => scheme !== 'lindung' || sen > 0)
          .map(([scheme, key, sen]) => (
            <div key={scheme} data-testid={`amount-due-${scheme}`}>
              <dt>{t(key)}</dt>
              <dd>{formatRinggit(sen)}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
