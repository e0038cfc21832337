// A company's month with KWSP and LHDN on the dashboard: each body's stage (to make, made, out of
// date, submitted, paid — or why nothing is made), its due date and days left, and while KWSP is
// late the charge estimated with the year's dividend rate, or that the rate is not entered yet.
// The user marks a body submitted or paid (no portal inside the app tells Caruman). Below them,
// the month's payslips: draft until the month is finalised on the Payroll screen, then final.
import { formatMalaysianDate, formatMonthName } from '../../../../shared/calendar';
import type { DashboardRow, FilingBody, FilingMark, KwspFiling, LhdnFiling } from '../../../../shared/domain/month-end';
import { formatRinggit } from '../../../../shared/money/sen';
import { useI18n } from '../../i18n/I18nProvider';
import { dueWords } from './model';
import { hrefFor } from '../../routes';

const NEXT_MARK: Record<string, FilingMark | null> = { submitted: 'paid', paid: null };

export function FilingsCell({ row, onMark }: { row: DashboardRow; onMark(row: DashboardRow, body: FilingBody, mark: FilingMark | null): void }) {
  return (
    <div className="filings">
      <Filing row={row} body="kwsp" filing={row.kwsp} onMark={onMark} />
      <Filing row={row} body="lhdn" filing={row.lhdn} onMark={onMark} />
      <Payslips row={row} />
    </div>
  );
}

function Payslips({ row }: { row: DashboardRow }) {
  const { t } = useI18n();
  const payslips = row.payslips;
  if (!payslips) return null;
  return (
    <div className="filing" data-testid="filing-payslips" data-stage={payslips.stage}>
      <span className="filing-body">{t('dashboard.payslips')}</span>{' '}
      <span className={`stage-badge ${payslips.stage === 'final' ? 'stage-paid' : 'stage-ready'}`}>{t(`dashboard.payslips.${payslips.stage}`)}</span>{' '}
      {payslips.stage === 'draft' ? (
        <a className="filing-note" href={`${hrefFor('payroll')}?month=${row.month}`}>
          {t('dashboard.payslips.finalise')}
        </a>
      ) : null}
    </div>
  );
}

function Filing({ row, body, filing, onMark }: { row: DashboardRow; body: FilingBody; filing: KwspFiling | LhdnFiling; onMark: Parameters<typeof FilingsCell>[0]['onMark'] }) {
  const { t, say, locale } = useI18n();
  const done = filing.stage === 'paid';
  // Nothing to pay, or nothing known to pay (LHDN without the pay run's PCB): no deadline to show.
  const nothing = filing.stage === 'nothing_due' || filing.stage === 'unknown' || (body === 'lhdn' && filing.stage === 'no_employer_number');
  const late = 'lateCharge' in filing ? filing.lateCharge : null;
  // The next mark: not marked → submitted; submitted → paid; paid → taken away.
  const next: FilingMark | null = filing.mark === null ? 'submitted' : (NEXT_MARK[filing.mark] ?? null);
  return (
    <div className={['filing', filing.overdue ? 'is-late' : ''].filter(Boolean).join(' ')} data-testid={`filing-${body}`} data-stage={filing.stage}>
      <span className="filing-body">{t(`dashboard.filing.${body}`)}</span>{' '}
      <span className={`stage-badge filing-stage-${filing.stage}`}>{t(`dashboard.filing.stage.${filing.stage}`)}</span>{' '}
      {nothing ? null : (
        <span className="filing-due">
          {t('dashboard.filing.due')} 
          {formatMalaysianDate(filing.dueDate)}
          {done ? null : <span className={filing.daysToDeadline < 0 ? ' due-days is-late' : ' due-days'}> · {say(dueWords(filing.daysToDeadline))}</span>}
        </span>
      )}
      {late?.kind === 'estimate' ? (
        <span className="filing-note interest-estimate" data-testid="kwsp-late-charge">
          {t('dashboard.filing.lateCharge', { amount: formatRinggit(late.chargeSen), rate: (late.rateBp / 100).toFixed(2), year: late.dividendYear })}
        </span>
      ) : late?.kind === 'rateMissing' ? (
        <span className="filing-note field-hint" data-testid="kwsp-rate-missing">
          {t('dashboard.filing.rateMissing', { year: late.dividendYear })}
        </span>
      ) : null}
      {nothing || (filing.mark === null && filing.stage !== 'made' && filing.stage !== 'out_of_date') ? null : (
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={t(`dashboard.filing.mark.${next ?? 'clear'}.for`, { body: t(`dashboard.filing.${body}`), name: row.company.name, month: formatMonthName(row.month, locale) })}
          onClick={() => onMark(row, body, next)}
        >
          {t(`dashboard.filing.mark.${next ?? 'clear'}`)}
        </button>
      )}
    </div>
  );
}
