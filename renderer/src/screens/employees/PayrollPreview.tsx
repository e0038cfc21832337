// The EPF part and the PCB category the form's facts give this month, with the reason in the
// engines' own words (shared/epf explanation keys; the PCB category sentence of the tax worksheet).
// Shown under the SOCSO preview and updated as the user types.
import { formatRinggit } from '../../../../shared/money/sen';
import { useI18n } from '../../i18n/I18nProvider';
import { withCalendarWords } from '../../i18n/calendar-params';
import type { EpfPreview, PcbPreview } from './payroll-form';

export function PayrollPreview({ epf, pcb }: { epf: EpfPreview | null; pcb: PcbPreview }) {
  const { t, say, locale } = useI18n();
  const epfOn = epf !== null && epf.part !== 'none';
  const status = epf ? t(`employees.epfStatus.${epf.status}`) : '';
  return (
    <dl className="coverage-list payroll-preview" aria-live="polite">
      <div className={`coverage-item ${epfOn ? 'is-on' : 'is-off'}`} data-testid="preview-epf">
        <dt>{t('employees.preview.epf')}</dt>
        <dd>
          {epf === null ? (
            <span>{t('employees.preview.epf.unavailable')}</span>
          ) : (
            <>
              <strong>{epf.part === 'none' ? t('employees.preview.epf.none') : t('employees.preview.epf.part', { part: epf.part })}</strong>
              <span>
                {epf.fromNationality
                  ? t('employees.preview.epf.status.fromNationality', { status })
                  : t('employees.preview.epf.status.set', { status })}
              </span>
              {epf.reasons.map((reason) => (
                <span key={reason.key}>{say(withCalendarWords({ key: reason.key, params: { ...reason.params } }, locale))}</span>
              ))}
              {epf.shares ? (
                <span data-testid="preview-epf-shares">
                  {t('employees.preview.epf.shares', {
                    rate: formatRinggit(epf.shares.rateSen),
                    employer: formatRinggit(epf.shares.employerSen),
                    employee: formatRinggit(epf.shares.employeeSen),
                  })}
                </span>
              ) : null}
            </>
          )}
        </dd>
      </div>
      <div className="coverage-item is-on" data-testid="preview-pcb">
        <dt>{t('employees.preview.pcb')}</dt>
        <dd>
          <strong>{t('employees.preview.pcb.category', { category: pcb.category })}</strong>
          <span>{t(`tax.working.category.${pcb.category}`)}</span>
          {pcb.resident ? null : <span>{t('employees.preview.pcb.nonResident', { rate: pcb.nonResidentRateBp / 100 })}</span>}
        </dd>
      </div>
    </dl>
  );
}
