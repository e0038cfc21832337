// The month's files from the Payroll screen, into one folder chosen in the folder dialog (it opens
// in the company's folder; never a typed path): the payslips (payslips:write — one PDF per
// employee paid and the combined PDF, all or none) and, for the accountant and the bank, the
// payroll summary, the journal and the payment list (payroll:export, CSV or Excel). A file of the
// same name already there is replaced only when the user says so.
import { useState } from 'react';
import type { PayrollMonth } from '../../../../shared/payroll/month';
import { api, ApiError } from '../../api/client';
import { FormAlert } from '../../components/ErrorMessage';
import { PathChooser } from '../../components/PathChooser';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { choosePath } from '../../lib/dialogs';

type Output = 'payslips' | 'summary' | 'journal' | 'paymentList';
const REPORTS = ['summary', 'journal', 'paymentList'] as const;

interface Written {
  output: Output;
  folder: string;
  files: string[];
  draft: boolean;
}

export function OutputsPanel({ payroll }: { payroll: PayrollMonth }) {
  const { t } = useI18n();
  const { companyId, month } = payroll;
  const [folder, setFolder] = useState<string | null>(null);
  const [format, setFormat] = useState<'csv' | 'xlsx'>('csv');
  const [busy, setBusy] = useState<Output | null>(null);
  const [written, setWritten] = useState<Written | null>(null);
  const [error, setError] = useState<Message | null>(null);
  /** What was refused because its files are already in the folder: Replace writes it again. */
  const [conflict, setConflict] = useState<Output | null>(null);

  async function write(output: Output, replace: boolean) {
    if (busy) return;
    setError(null);
    setWritten(null);
    setConflict(null);
    setBusy(output);
    try {
      const target = folder ?? (await choosePath('payrollFiles', companyId));
      if (target === null) return;
      setFolder(target);
      if (output === 'payslips') {
        const result = await api.call('payslips:write', { companyId, month, folder: target, replace });
        setWritten({ output, folder: result.folder, files: result.files.map((f) => f.fileName), draft: !payroll.status.finalised });
      } else {
        const result = await api.call('payroll:export', { companyId, month, kind: output, format, folder: target, replace });
        setWritten({ output, folder: target, files: [result.fileName], draft: result.draft });
      }
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'CONFLICT') setConflict(output);
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  }

  const blocked = payroll.lines.length === 0;
  const label = (report: (typeof REPORTS)[number]) => (busy === report ? t('payrollScreen.outputs.busy') : t(`payrollScreen.outputs.${report}`));
  return (
    <section className="panel payslips-panel" aria-labelledby="payslips-title" data-testid="payslips-panel">
      <h2 id="payslips-title">{t('payrollScreen.payslips.title')}</h2>
      <p className="field-hint">{t('payrollScreen.payslips.hint')}</p>
      {!payroll.status.finalised ? <p className="field-hint">{t('payrollScreen.payslips.draftWarning', { month })}</p> : null}
      <PathChooser
        id="payroll-files-folder"
        label={t('payrollScreen.outputs.folder')}
        purpose="payrollFiles"
        companyId={companyId}
        path={folder}
        placeholder={t('payrollScreen.outputs.folder.none')}
        onChosen={setFolder}
      />
      <div className="button-row">
        <button type="button" className="button" aria-disabled={busy !== null || blocked || undefined} onClick={() => (blocked ? undefined : void write('payslips', false))}>
          {busy === 'payslips' ? t('payrollScreen.payslips.busy') : t('payrollScreen.payslips.write')}
        </button>
      </div>
      <fieldset className="outputs-reports">
        <legend>{t('payrollScreen.outputs.reports')}</legend>
        <div className="radio-row" role="radiogroup" aria-label={t('payrollScreen.outputs.format')}>
          {(['csv', 'xlsx'] as const).map((value) => (
            <label key={value} className="radio">
              <input type="radio" name="payroll-output-format" value={value} checked={format === value} onChange={() => setFormat(value)} />
              {t(`payrollScreen.outputs.format.${value}`)}
            </label>
          ))}
        </div>
        <div className="button-row">
          {REPORTS.map((report) => (
            <button key={report} type="button" className="button button-small" aria-disabled={busy !== null || blocked || undefined} onClick={() => (blocked ? undefined : void write(report, false))}>
              {label(report)}
            </button>
          ))}
        </div>
      </fieldset>
      {conflict !== null ? (
        <div className="button-row">
          <button type="button" className="button" aria-disabled={busy !== null || undefined} onClick={() => void write(conflict, true)}>
            {t('payrollScreen.payslips.replace')}
          </button>
        </div>
      ) : null}
      <p role="status" className="status-message" data-testid="payslips-written">
        {written
          ? `${t('payrollScreen.outputs.written', { count: written.files.length, folder: written.folder })}${written.draft ? ` ${t('payrollScreen.outputs.draft')}` : ''}`
          : ''}
      </p>
      {written ? (
        <ul className="code" data-testid="payslips-files">
          {written.files.map((file) => (
            <li key={file}>{file}</li>
          ))}
        </ul>
      ) : null}
      <FormAlert message={error} />
    </section>
  );
}
