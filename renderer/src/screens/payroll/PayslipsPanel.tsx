// Write the month's payslips (payslips:write): a folder chosen in the folder dialog (it opens in
// the company's folder), then one PDF per employee and the combined PDF, all or none. Files of the
// same names already there are replaced only when the user says so.
import { useState } from 'react';
import type { PayslipsWritten } from '../../../../shared/api/channels/payslips';
import type { PayrollMonth } from '../../../../shared/payroll/month';
import { api, ApiError } from '../../api/client';
import { FormAlert } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { choosePath } from '../../lib/dialogs';

export function PayslipsPanel({ payroll }: { payroll: PayrollMonth }) {
  const { t } = useI18n();
  const { companyId, month } = payroll;
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<PayslipsWritten | null>(null);
  const [error, setError] = useState<Message | null>(null);
  /** The folder where files of the same names are already: Replace writes there again. */
  const [conflict, setConflict] = useState<string | null>(null);

  async function write(folder: string | null, replace: boolean) {
    if (busy) return;
    setBusy(true);
    setError(null);
    setWritten(null);
    setConflict(null);
    try {
      const target = folder ?? (await choosePath('payslips', companyId));
      if (target === null) return;
      try {
        setWritten(await api.call('payslips:write', { companyId, month, folder: target, replace }));
      } catch (failure) {
        if (failure instanceof ApiError && failure.code === 'CONFLICT') setConflict(target);
        throw failure;
      }
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  const blocked = payroll.lines.length === 0 || payroll.refusals.length > 0;
  return (
    <section className="panel payslips-panel" aria-labelledby="payslips-title" data-testid="payslips-panel">
      <h2 id="payslips-title">{t('payrollScreen.payslips.title')}</h2>
      <p className="field-hint">{t('payrollScreen.payslips.hint')}</p>
      {!payroll.status.finalised ? <p className="field-hint">{t('payrollScreen.payslips.draftWarning', { month })}</p> : null}
      <div className="button-row">
        <button type="button" className="button" aria-disabled={busy || blocked || undefined} onClick={() => (blocked ? undefined : void write(null, false))}>
          {busy ? t('payrollScreen.payslips.busy') : t('payrollScreen.payslips.write')}
        </button>
        {conflict !== null ? (
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void write(conflict, true)}>
            {t('payrollScreen.payslips.replace')}
          </button>
        ) : null}
      </div>
      <p role="status" className="status-message" data-testid="payslips-written">
        {written ? t('payrollScreen.payslips.written', { count: written.files.length, folder: written.folder }) : ''}
      </p>
      {written ? (
        <ul className="code" data-testid="payslips-files">
          {written.files.map((file) => (
            <li key={file.fileName}>{file.fileName}</li>
          ))}
        </ul>
      ) : null}
      <FormAlert message={error} />
    </section>
  );
}
