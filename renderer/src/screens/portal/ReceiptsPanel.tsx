// The month's receipts (filed by the portal view or attached by hand) and the month's status.
import { useState, type ChangeEvent } from 'react';
import type { Company } from '../../../../shared/domain/company';
import { MONTH_STATUSES, type MonthStatus } from '../../../../shared/api/channels/receipts';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import { formatRinggit } from '../../../../shared/money/sen';
import { api } from '../../api/client';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { choosePath } from '../../lib/dialogs';
import { useLoad } from '../../lib/useLoad';

const STATUS_LABEL: Record<MonthStatus, MessageKey> = {
  generated: 'portal.status.generated',
  submitted: 'portal.status.submitted',
  paid: 'portal.status.paid',
  receipt_filed: 'portal.status.receipt_filed',
};
const KIND_LABEL: Record<string, MessageKey> = {
  acr: 'portal.receipts.kind.acr',
  ecr: 'portal.receipts.kind.ecr',
  payment: 'portal.receipts.kind.payment',
  other: 'portal.receipts.kind.other',
};

export function ReceiptsPanel({ company, month, version }: { company: Company; month: string; version: number }) {
  const t = useT();
  const { say } = useI18n();
  // `version` is bumped when the portal files a download: read again, keeping the list meanwhile.
  const loaded = useLoad(
    async () => {
      const [list, status] = await Promise.all([api.call('receipts:list', { companyId: company.id, month }), api.call('monthStatus:get', { companyId: company.id, month })]);
      return { list, status };
    },
    [company.id, month],
    { reloadOn: version },
  );
  const list = loaded.value?.list ?? null;
  const status = loaded.value?.status ?? null;
  const [action, setMessage] = useState<Message | null>(null);
  const message = action ?? loaded.error;

  /** The receipt is chosen in the main process's file dialog (never typed) and read there. */
  async function attach() {
    try {
      const file = await choosePath('receipt', company.id);
      if (file === null) return;
      const receipt = await api.call('receipts:attach', { companyId: company.id, month, file });
      setMessage({ key: 'portal.receipts.attached', params: { fileName: receipt.fileName } });
      loaded.reload();
    } catch (e) {
      setMessage(messageOf(e));
    }
  }

  function setMonthStatus(event: ChangeEvent<HTMLSelectElement>) {
    const value = event.target.value;
    const next = value === '' ? null : (MONTH_STATUSES.find((s) => s === value) ?? null);
    api.call('monthStatus:set', { companyId: company.id, month, status: next }).then(
      (saved) => {
        if (list) loaded.set({ list, status: saved });
      },
      (e: unknown) => setMessage(messageOf(e)),
    );
  }

  return (
    <section className="panel portal-receipts" aria-labelledby="portal-receipts-title">
      <h2 id="portal-receipts-title">{t('portal.receipts.title', { month })}</h2>
      <div className="field">
        <label className="field-label" htmlFor="portal-status">
          {t('portal.status.title')}
        </label>
        <select id="portal-status" className="select" value={status?.status ?? ''} onChange={setMonthStatus}>
          <option value="">{t('portal.status.none')}</option>
          {MONTH_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_LABEL[s])}
            </option>
          ))}
        </select>
        {status?.source ? <p className="field-hint">{t(status.source === 'auto' ? 'portal.status.auto' : 'portal.status.user')}</p> : null}
      </div>

      {list && list.receipts.length > 0 ? (
        <ul className="portal-receipt-list" data-testid="portal-receipts">
          {list.receipts.map((receipt) => (
            <li key={receipt.id}>
              <span className="badge">{t(KIND_LABEL[receipt.kind] ?? 'portal.receipts.kind.other')}</span> <span className="code">{receipt.fileName}</span>
              {receipt.totalSen !== null ? <span> · {t('portal.receipts.total', { amount: formatRinggit(receipt.totalSen) })}</span> : null}
              {receipt.employerCode !== null && receipt.employerCode !== company.employerCode ? (
                <p className="field-error">{t('portal.receipts.otherEmployer', { code: receipt.employerCode })}</p>
              ) : null}
              {receipt.detectedMonth !== null && receipt.detectedMonth !== month ? (
                <p className="field-error">{t('portal.receipts.otherMonth', { month: receipt.detectedMonth })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('portal.receipts.none')}</p>
      )}
      {list ? <p className="field-hint path-text">{t('portal.receipts.folder', { folder: list.folder })}</p> : null}
      <button type="button" className="button button-small portal-attach" onClick={() => void attach()}>
        {t('portal.receipts.attach')}
      </button>
      {message ? (
        <p className="status-message" role="status">
          {say(message)}
        </p>
      ) : null}
    </section>
  );
}
