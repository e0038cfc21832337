// One employee's payslip as the PDF prints it, shown as HTML in the employee's payslip language:
// both are drawn from shared/payroll/payslip-view.ts, so they say the same. Why not the PDF
// itself in a frame: the app's CSP keeps frame-src and object-src at 'none' and the window runs no
// PDF plugin (main/app/csp.ts), and widening that for one preview is not worth the risk. The PDF
// is one click away: "Save this payslip" hands the same bytes (payslips:preview) to the user as a
// download, and Write the payslips puts every one in a folder.
import { useState } from 'react';
import type { PayrollLine, PayrollMonth } from '../../../../shared/payroll/month';
import { payslipView, type PayslipTable } from '../../../../shared/payroll/payslip-view';
import { translate, type MessageParams } from '../../../../shared/i18n/catalog';
import { api } from '../../api/client';
import { FormAlert } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';

export function PayslipPreview({ payroll, line }: { payroll: PayrollMonth; line: PayrollLine }) {
  const { t, locale } = useI18n();
  const slipLocale = line.employee.payslipLanguage ?? locale;
  const view = payslipView(payroll, line, (key: string, params?: MessageParams) => translate(slipLocale, key, params), slipLocale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | null>(null);

  async function savePdf() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const file = await api.call('payslips:preview', { companyId: payroll.companyId, month: payroll.month, employeeId: line.employee.id });
      downloadPdf(file.fileName, file.base64);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="payslip-preview-wrap">
      <article className="payslip-preview" lang={slipLocale} aria-label={view.title} data-testid="payslip-preview">
        <header>
          <h3>{view.title}</h3>
          <p className="payslip-subtitle">{view.subtitle}</p>
          {view.draft ? <p className="payslip-draft" data-testid="payslip-draft">
              {view.draft}
            </p> : null}
        </header>
        <dl className="payslip-fields">
          {view.fields.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <SlipTable table={view.earnings} amountHeader={view.amountHeader} testId="payslip-earnings" />
        <SlipTable table={view.deductions} amountHeader={view.amountHeader} testId="payslip-deductions" />
        <p className="payslip-net" data-testid="payslip-net">
          {view.net}
        </p>
        <SlipTable table={view.employer} amountHeader={view.amountHeader} testId="payslip-employer" />
        <SlipTable table={view.yearToDate} amountHeader={view.amountHeader} testId="payslip-ytd" />
      </article>
      <div className="button-row">
        <button type="button" className="button button-small" aria-disabled={busy || undefined} onClick={() => void savePdf()}>
          {busy ? t('payrollScreen.payslip.saving') : t('payrollScreen.payslip.save')}
        </button>
      </div>
      <p className="field-hint">{t('payrollScreen.payslip.why')}</p>
      <FormAlert message={error} />
    </div>
  );
}

function SlipTable({ table, amountHeader, testId }: { table: PayslipTable; amountHeader: string; testId: string }) {
  return (
    <table className="payslip-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{table.header}</th>
          <th scope="col" className="money">
            {amountHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map(([label, amount], index) => (
          <tr key={index}>
            <th scope="row">{label}</th>
            <td className="money">{amount}</td>
          </tr>
        ))}
      </tbody>
      {table.footer ? (
        <tfoot>
          <tr>
            <th scope="row">{table.footer[0]}</th>
            <td className="money">{table.footer[1]}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

/** The PDF's bytes handed to the user as a download (a Blob link: no network, no Node here). */
function downloadPdf(fileName: string, base64: string) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
