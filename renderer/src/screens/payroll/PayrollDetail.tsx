// One employee's month: what to check (the minimum wage), the payslip as it will be printed, and
// how each amount was worked out — SOCSO / EIS / LINDUNG, EPF and PCB as their engines explain
// them, each behind a disclosure button (keyboard and touch reach it, not only hovering). The
// figures and explanations are the pay run's (payroll:month): nothing is computed here.
// An employee the pay run refuses (net pay below zero) has no figures to show: the details then
// say why, with the deductions and hours to fix it, and no payslip or working that would pretend
// to be right; once saved and payable, the same details show the pay.
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { PayrollLine, PayrollMonth, Refusal } from '../../../../shared/payroll/month';
import { formatRinggit } from '../../../../shared/money/sen';
import { formatMonthName, yearOfMonth } from '../../../../shared/calendar';
import { withCalendarWords } from '../../i18n/calendar-params';
import { useI18n } from '../../i18n/I18nProvider';
import { PayslipPreview } from './PayslipPreview';
import { EntryEditor } from './EntryEditor';

export interface PayrollDetailProps {
  payroll: PayrollMonth;
  /** The employee's pay, or null when the pay run refuses it (then `refusal` says why). */
  line: PayrollLine | null;
  refusal: Refusal | null;
  onClose(): void;
  /** Changes when the details move to another employee: the title takes the focus. */
  focusSeq: number;
  /** The deductions and hours were saved: the month is read again. */
  onSaved(): void;
  onDirtyChange(dirty: boolean): void;
}

export function PayrollDetail({ payroll, line, refusal, onClose, focusSeq, onSaved, onDirtyChange }: PayrollDetailProps) {
  const { t, say, locale } = useI18n();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const employee = line?.employee ?? refusal?.employee;

  useLayoutEffect(() => {
    titleRef.current?.focus();
  }, [focusSeq]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  }

  const explain = (item: { key: string; params: Readonly<Record<string, string | number>> }) => say(withCalendarWords({ key: item.key, params: { ...item.params } }, locale));
  if (!employee) return null;

  return (
    <section id="payroll-detail" className="panel payroll-detail" aria-labelledby="payroll-detail-title" onKeyDown={onKeyDown} data-testid="payroll-detail" data-refused={line ? undefined : true}>
      <div className="payroll-detail-head">
        <h2 id="payroll-detail-title" ref={titleRef} tabIndex={-1}>
          {t('payrollScreen.detail.title', { name: employee.name, month: payroll.month })}
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('payrollScreen.detail.close')}
        </button>
      </div>
      {line ? (
        <p className="field-hint">{t('payrollScreen.detail.hint')}</p>
      ) : refusal ? (
        <div className="banner banner-error" data-testid="payroll-detail-refused">
          <h3>{t('payrollScreen.detail.refused.title', { name: employee.name, month: payroll.month })}</h3>
          <p>{explain(refusal)}</p>
          <p className="field-hint">{t('payrollScreen.detail.refused.hint')}</p>
        </div>
      ) : null}
      {line && line.payroll.warnings.length > 0 ? (
        <div className="banner banner-warning" data-testid="payroll-detail-warnings">
          <h3>{t('payrollScreen.detail.warnings')}</h3>
          <ul>
            {line.payroll.warnings.map((warning, index) => (
              <li key={index}>{explain(warning)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <EntryEditor
        key={`${payroll.companyId}-${payroll.month}-${employee.id}`}
        payroll={payroll}
        employee={employee}
        netSen={line ? line.payroll.netSen : null}
        onSaved={onSaved}
        onDirtyChange={onDirtyChange}
      />

      {line ? <PayrollFigures payroll={payroll} line={line} /> : null}
    </section>
  );
}

/** The payslip as it will be printed and how each amount was worked out. */
function PayrollFigures({ payroll, line }: { payroll: PayrollMonth; line: PayrollLine }) {
  const { t, say, locale } = useI18n();
  const { employee, payroll: p } = line;
  const explain = (item: { key: string; params: Readonly<Record<string, string | number>> }) => say(withCalendarWords({ key: item.key, params: { ...item.params } }, locale));
  const openEarlier = payroll.status.openEarlierMonths;
  return (
    <>
      <PayslipPreview payroll={payroll} line={line} />

      <Disclosure id={`why-contributions-${employee.id}`} label={t('payrollScreen.detail.why.contributions')}>
        <ul className="explain-list" data-testid="why-contributions">
          {p.contributions.explanation.map((item, index) => (
            <li key={index}>{explain(item)}</li>
          ))}
        </ul>
      </Disclosure>
      <Disclosure id={`why-epf-${employee.id}`} label={t('payrollScreen.detail.why.epf')}>
        <ul className="explain-list" data-testid="why-epf">
          {p.epf.explanation.map((item, index) => (
            <li key={index}>{explain(item)}</li>
          ))}
        </ul>
      </Disclosure>
      <Disclosure id={`why-pcb-${employee.id}`} label={t('payrollScreen.detail.why.pcb')}>
        <div data-testid="why-pcb">
          {p.pcbResult === null ? (
            <p>{t('payrollScreen.detail.pcbNone')}</p>
          ) : (
            <>
              <p>{t('payrollScreen.detail.pcb', { pcb: formatRinggit(p.deductions.pcbSen), cp38: formatRinggit(p.deductions.cp38Sen) })}</p>
              <ul className="explain-list">
                {p.pcbWorking.map((item, index) => (
                  <li key={index}>{explain(item)}</li>
                ))}
              </ul>
            </>
          )}
          <p className="field-hint">{t('payrollScreen.detail.ytdNote', { year: yearOfMonth(payroll.month) })}</p>
          {openEarlier.length > 0 ? (
            <p className="field-hint">{t('payrollScreen.detail.openEarlier', { months: openEarlier.map((m) => formatMonthName(m, locale)).join(', ') })}</p>
          ) : null}
        </div>
      </Disclosure>
    </>
  );
}

/** A button that shows and hides what it names (aria-expanded, aria-controls). */
function Disclosure({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="disclosure">
      <button type="button" className="button button-small disclosure-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {label}
      </button>
      <div id={id} hidden={!open} className="disclosure-body">
        {children}
      </div>
    </div>
  );
}
