// "Correct a finalised month" (issue 17, rules.ts CORRECTIONS_ARE_ARREARS): for a finalised
// month, the corrections entered for it (pay that was short, paid as arrears in a later open
// month) and those paid in it, and a form to enter one — what `caruman payroll correct` does,
// through the same channel (payroll:addCorrection). A correction not yet paid (its month paid is
// still open) can be removed. The month paid then shows it in its gross pay, EPF and PCB; this
// month's SOCSO/EIS arrears statement shows its contributions.
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { PayrollMonth } from '../../../../shared/payroll/month';
import { formatMonthName, nextMonth } from '../../../../shared/calendar';
import { formatRinggit } from '../../../../shared/money/sen';
import { api, ApiError } from '../../api/client';
import { FormAlert } from '../../components/ErrorMessage';
import { SelectField, TextAreaField } from '../../components/Controls';
import { TextField } from '../../components/Field';
import { MonthField } from '../../components/MonthField';
import { withCalendarWords } from '../../i18n/calendar-params';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { useLoad } from '../../lib/useLoad';
import { useUnsavedChanges } from '../../state/UnsavedChanges';

export interface CorrectionsPanelProps {
  payroll: PayrollMonth;
  onClose(): void;
}

type Field = 'employeeId' | 'amount' | 'paidMonth' | 'reason';

export function CorrectionsPanel({ payroll, onClose }: CorrectionsPanelProps) {
  const { t, say, locale } = useI18n();
  const { companyId, month } = payroll;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [seq, setSeq] = useState(0);
  const list = useLoad(() => api.call('payroll:corrections', { companyId, month }), [companyId, month], { reloadOn: seq });
  const people = payroll.lines.map((line) => line.employee);
  const [employeeId, setEmployeeId] = useState(String(people[0]?.id ?? ''));
  const [amount, setAmount] = useState('');
  const [paidMonth, setPaidMonth] = useState(nextMonth(month));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, Message>>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = amount.trim() !== '' || reason.trim() !== '';
  const sayIt = (message: Message) => say(withCalendarWords({ key: message.key, params: { ...message.params } }, locale));
  const nameOf = (id: number) => people.find((p) => p.id === id)?.name ?? String(id);

  useLayoutEffect(() => {
    titleRef.current?.focus();
  }, []);

  useUnsavedChanges({ dirty, summary: { key: 'payrollCorrections.unsaved', params: { month } }, save: add, discard: clear });

  function clear() {
    setAmount('');
    setReason('');
    setErrors({});
    setFormError(null);
  }

  async function add(): Promise<boolean> {
    if (busy) return false;
    if (!dirty) return true;
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const created = await api.call('payroll:addCorrection', { companyId, employeeId: Number(employeeId), forMonth: month, paidMonth, amount, reason });
      setStatus({ key: 'payrollCorrections.added', params: { name: nameOf(created.employeeId), amount: formatRinggit(created.amountSen), forMonth: created.forMonth, paidMonth: created.paidMonth } });
      setAmount('');
      setReason('');
      setSeq((n) => n + 1);
      return true;
    } catch (failure) {
      const message = messageOf(failure);
      const field = failure instanceof ApiError ? failure.field : undefined;
      if (field === 'amount' || field === 'reason' || field === 'paidMonth' || field === 'employeeId') {
        setErrors({ [field]: message });
        document.getElementById(`correction-${field}`)?.focus();
      } else setFormError(message);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: number) {
    setFormError(null);
    try {
      await api.call('payroll:removeCorrection', { companyId, id });
      setStatus({ key: 'payrollCorrections.removed' });
      setSeq((n) => n + 1);
    } catch (failure) {
      setFormError(messageOf(failure));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void add();
  }

  const corrections = list.value ?? [];
  const forThisMonth = corrections.filter((c) => c.forMonth === month);
  const paidInThisMonth = corrections.filter((c) => c.paidMonth === month);
  return (
    <section className="panel corrections-panel" aria-labelledby="corrections-title" data-testid="corrections-panel">
      <h2 id="corrections-title" ref={titleRef} tabIndex={-1}>
        {t('payrollCorrections.title', { month })}
      </h2>
      <p className="field-hint">{t('payrollCorrections.intro', { month })}</p>
      {list.error ? <FormAlert message={list.error} /> : null}
      {list.value ? (
        forThisMonth.length === 0 ? (
          <p className="muted" data-testid="corrections-none">
            {t('payrollCorrections.none', { month })}
          </p>
        ) : (
          <table className="corrections-table" data-testid="corrections-list">
            <caption className="visually-hidden">{t('payrollCorrections.listCaption', { month })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('payrollCorrections.employee')}</th>
                <th scope="col">{t('payrollCorrections.paidMonth')}</th>
                <th scope="col" className="money">
                  {t('payrollCorrections.amount')}
                </th>
                <th scope="col">{t('payrollCorrections.reason')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('payrollCorrections.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {forThisMonth.map((c) => (
                <tr key={c.id} data-testid="correction-row">
                  <th scope="row">{nameOf(c.employeeId)}</th>
                  <td>{formatMonthName(c.paidMonth, locale)}</td>
                  <td className="money">{formatRinggit(c.amountSen)}</td>
                  <td>{c.reason}</td>
                  <td>
                    <button type="button" className="button button-small" onClick={() => void remove(c.id)}>
                      {t('payrollCorrections.remove', { name: nameOf(c.employeeId) })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      {paidInThisMonth.length > 0 ? (
        <p className="field-hint" data-testid="corrections-paid-in">
          {t('payrollCorrections.paidIn', { count: paidInThisMonth.length, month })}
        </p>
      ) : null}

      <form onSubmit={onSubmit} noValidate className="corrections-form">
        <h3>{t('payrollCorrections.new')}</h3>
        <div className="entry-grid">
          <SelectField
            id="correction-employeeId"
            label={t('payrollCorrections.employee')}
            value={employeeId}
            error={errors.employeeId ? sayIt(errors.employeeId) : undefined}
            options={people.map((p) => ({ value: String(p.id), label: `${p.name} (${p.idNumber})` }))}
            onChange={(event) => setEmployeeId(event.target.value)}
          />
          <TextField
            id="correction-amount"
            label={t('payrollCorrections.amountRm')}
            hint={t('payrollCorrections.amount.hint')}
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            error={errors.amount ? sayIt(errors.amount) : undefined}
            onChange={(event) => setAmount(event.target.value)}
          />
          <MonthField
            id="correction-paidMonth"
            label={t('payrollCorrections.paidMonth')}
            hint={t('payrollCorrections.paidMonth.hint')}
            month={paidMonth}
            error={errors.paidMonth ? sayIt(errors.paidMonth) : null}
            onChange={setPaidMonth}
          />
        </div>
        <TextAreaField
          id="correction-reason"
          label={t('payrollCorrections.reason')}
          hint={t('payrollCorrections.reason.hint')}
          rows={2}
          maxLength={500}
          value={reason}
          error={errors.reason ? sayIt(errors.reason) : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        <FormAlert message={formError} />
        <p role="status" className={status ? 'status-message' : 'status-message status-empty'} data-testid="corrections-status">
          {status ? sayIt(status) : ''}
        </p>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {busy ? t('payrollCorrections.adding') : t('payrollCorrections.add', { month: paidMonth })}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('action.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
