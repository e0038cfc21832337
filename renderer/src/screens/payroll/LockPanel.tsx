// Finalise (lock) the month once staff are paid, or unlock it again. Finalise first shows what
// will be locked — employees, gross, net, what each body is paid, the files already written — and
// asks to confirm; Unlock asks why (required, kept in the change history) and then says what had
// already been filed for the month (UnlockResult), so the user knows what to file again.
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { PayrollMonth, UnlockResult } from '../../../../shared/payroll/month';
import { formatRinggit } from '../../../../shared/money/sen';
import { formatMonthName } from '../../../../shared/calendar';
import { api, ApiError } from '../../api/client';
import { FormAlert } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { useLoad } from '../../lib/useLoad';

export interface LockPanelProps {
  payroll: PayrollMonth;
  /** Which question is open: the Finalise summary or the Unlock reason. */
  mode: 'finalise' | 'unlock';
  onCancel(): void;
  /** The month was finalised or unlocked: the status line says it, the month is read again. */
  onDone(message: Message, unlocked: UnlockResult | null): void;
}

export function LockPanel({ payroll, mode, onCancel, onDone }: LockPanelProps) {
  const { t, say, locale } = useI18n();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<Message | null>(null);
  const { companyId, month, totals } = payroll;
  const files = useLoad(() => api.call('assist:status', { companyId, month }), [companyId, month]);
  const written = [...new Set((files.value?.runs ?? []).flatMap((run) => run.files.map((f) => f.fileName)))];

  useLayoutEffect(() => {
    titleRef.current?.focus();
  }, [mode]);

  async function finalise() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('payroll:finalise', { companyId, month });
      onDone({ key: 'payrollScreen.finalise.done', params: { month, employees: result.employees, net: formatRinggit(result.netSen) } }, null);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  async function unlock(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const trimmed = reason.trim();
    if (trimmed.length < 3 || trimmed.length > 500) {
      setReasonError({ key: 'payroll.error.unlockReason' });
      document.getElementById('unlock-reason')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setReasonError(null);
    try {
      const result = await api.call('payroll:unlock', { companyId, month, reason: trimmed });
      onDone({ key: 'payrollScreen.unlock.done', params: { month, reason: result.reason } }, result);
    } catch (failure) {
      if (failure instanceof ApiError && failure.field === 'reason') setReasonError(messageOf(failure));
      else setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  const later = payroll.status.finalisedLaterMonths;
  return (
    <section className="panel lock-panel" aria-labelledby="lock-panel-title" data-testid={`${mode}-panel`}>
      <h2 id="lock-panel-title" ref={titleRef} tabIndex={-1}>
        {mode === 'finalise' ? t('payrollScreen.finalise.title', { month }) : t('payrollScreen.unlock.title', { month })}
      </h2>
      {mode === 'finalise' ? (
        <>
          <p>{t('payrollScreen.finalise.intro')}</p>
          <dl className="lock-summary" data-testid="finalise-summary">
            <Fact label={t('payrollScreen.finalise.employees')} value={String(totals.employees)} />
            <Fact label={t('payrollScreen.finalise.gross')} value={formatRinggit(totals.grossSen)} />
            <Fact label={t('payrollScreen.finalise.net')} value={formatRinggit(totals.netSen)} />
            <Fact label={t('payrollScreen.finalise.kwsp')} value={formatRinggit(totals.payable.kwspSen)} />
            <Fact label={t('payrollScreen.finalise.perkeso')} value={formatRinggit(totals.payable.perkesoSen + totals.payable.perkesoArrearsSen)} />
            <Fact label={t('payrollScreen.finalise.lhdn')} value={formatRinggit(totals.payable.lhdnSen)} />
            {totals.hrdLevySen > 0 ? <Fact label={t('payrollScreen.finalise.hrd')} value={formatRinggit(totals.hrdLevySen)} /> : null}
          </dl>
          {payroll.notPaid.length > 0 ? <p>{t('payrollScreen.finalise.notPaid', { count: payroll.notPaid.length })}</p> : null}
          {files.value ? (
            <p data-testid="finalise-files">
              {written.length > 0 ? t('payrollScreen.finalise.files', { files: written.join(', ') }) : t('payrollScreen.finalise.noFiles')}
            </p>
          ) : null}
          {payroll.refusals.length > 0 ? (
            <p role="alert" className="form-error">
              {t('payrollScreen.finalise.blocked', { count: payroll.refusals.length })}
            </p>
          ) : null}
          <FormAlert message={error} />
          <div className="button-row">
            <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void finalise()}>
              {busy ? t('payrollScreen.finalise.busy') : t('payrollScreen.finalise.confirm', { month })}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {t('action.cancel')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(event) => void unlock(event)} noValidate>
          <p>{t('payrollScreen.unlock.intro')}</p>
          {later.length > 0 ? (
            <p className="banner banner-warning">{t('payrollScreen.unlock.blockedLater', { months: later.map((m) => formatMonthName(m, locale)).join(', ') })}</p>
          ) : null}
          <div className={reasonError ? 'field field-invalid' : 'field'}>
            <label htmlFor="unlock-reason">{t('payrollScreen.unlock.reason')}</label>
            <textarea
              id="unlock-reason"
              rows={2}
              maxLength={500}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? 'unlock-reason-error unlock-reason-hint' : 'unlock-reason-hint'}
              onChange={(event) => setReason(event.target.value)}
            />
            <p id="unlock-reason-hint" className="field-hint">
              {t('payrollScreen.unlock.reason.hint')}
            </p>
            {reasonError ? (
              <p id="unlock-reason-error" className="field-error">
                {say(reasonError)}
              </p>
            ) : null}
          </div>
          <FormAlert message={error} />
          <div className="button-row">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {busy ? t('payrollScreen.unlock.busy') : t('payrollScreen.unlock.confirm', { month })}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {t('action.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="money">{value}</dd>
    </div>
  );
}
