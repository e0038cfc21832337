// Form TP1 claims of an employee for a year: reliefs (C1–C17) and zakat or departure levy (D1a,
// D1b) claimed through the employer month by month, with each item's description in the user's
// language and its yearly limit. Listed, added and removed through tp1:*; the service refuses a
// claim over the year's limit, saying how much is left.
import { useCallback, useState, type FormEvent } from 'react';
import { formatMonthName, yearOfMonth } from '../../../../../shared/calendar';
import { formatRinggit } from '../../../../../shared/money/sen';
import { TP1_ITEMS_2026 } from '../../../../../shared/tax';
import { tp1AnnualLimitSen, type Tp1Claim } from '../../../../../shared/domain/tp1';
import { api } from '../../../api/client';
import { SelectField } from '../../../components/Controls';
import { MonthField } from '../../../components/MonthField';
import { TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import { withCalendarWords } from '../../../i18n/calendar-params';
import { useRecordList } from './use-record-list';
import type { RecordSectionProps } from './EmployeeRecordsPanel';

export function Tp1Section({ companyId, employeeId, month }: RecordSectionProps) {
  const { t, say: sayText, locale } = useI18n();
  const say = (message: Parameters<typeof sayText>[0]) => sayText(withCalendarWords(message, locale));
  const [claimMonth, setClaimMonth] = useState(month);
  const year = yearOfMonth(claimMonth);
  const load = useCallback(
    () => api.call('tp1:list', { companyId, employeeId, year }),
    [companyId, employeeId, year],
  );
  const list = useRecordList<Tp1Claim>(load);
  const [item, setItem] = useState(TP1_ITEMS_2026[0]?.code ?? '');
  const [amount, setAmount] = useState('');
  const errorOf = (field: string) => (list.problem?.field === field ? say(list.problem.message) : null);
  const describe = (code: string) => {
    const found = TP1_ITEMS_2026.find((entry) => entry.code === code);
    return found ? `${code} ${locale === 'ms' ? found.descriptionMs : found.descriptionEn}` : code;
  };
  const limit = tp1AnnualLimitSen(item);

  async function add(event: FormEvent) {
    event.preventDefault();
    const saved = await list.run(
      () => api.call('tp1:save', { companyId, claim: { employeeId, month: claimMonth, item, amount } }),
      {
        key: 'employeeRecords.tp1.added',
        params: { item, month: claimMonth },
      },
    );
    if (saved) setAmount('');
  }

  return (
    <section className="records-section" aria-labelledby="tp1-heading" data-testid="records-tp1">
      <h3 id="tp1-heading">{t('employeeRecords.tp1.title', { year })}</h3>
      <p className="field-hint">{t('employeeRecords.tp1.hint')}</p>
      {list.loadError ? <p role="alert">{say(list.loadError)}</p> : null}
      {list.items && list.items.length > 0 ? (
        <div className="records-table-scroll">
          <table className="records-table">
            <thead>
              <tr>
                <th scope="col">{t('employeeRecords.tp1.month')}</th>
                <th scope="col">{t('employeeRecords.tp1.item')}</th>
                <th scope="col" className="amount">
                  {t('employeeRecords.tp1.amount')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('employees.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((claim) => (
                <tr key={claim.id}>
                  <td>{formatMonthName(claim.month, locale)}</td>
                  <td>{describe(claim.item)}</td>
                  <td className="amount">{formatRinggit(claim.amount)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('employeeRecords.tp1.delete', {
                        item: claim.item,
                        month: formatMonthName(claim.month, locale),
                      })}
                      onClick={() =>
                        void list.run(() => api.call('tp1:delete', { companyId, id: claim.id }), {
                          key: 'employeeRecords.deleted',
                        })
                      }
                    >
                      {t('employeeRecords.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : list.items ? (
        <p className="muted">{t('employeeRecords.tp1.empty', { year })}</p>
      ) : null}
      <form className="records-add" onSubmit={add} noValidate aria-label={t('employeeRecords.tp1.add')}>
        <div className="form-grid">
          <MonthField
            id="tp1-month"
            label={t('employeeRecords.tp1.month')}
            month={claimMonth}
            onChange={setClaimMonth}
            previousLabel={t('wages.month.previous')}
            nextLabel={t('wages.month.next')}
          />
          <TextField
            id="tp1-amount"
            label={t('employeeRecords.tp1.amount')}
            value={amount}
            error={errorOf('amount')}
            inputMode="decimal"
            autoComplete="off"
            onChange={(e) => setAmount(e.target.value)}
          />
          <SelectField
            id="tp1-item"
            label={t('employeeRecords.tp1.item')}
            hint={
              limit === null
                ? t('employeeRecords.tp1.noLimit')
                : t('employeeRecords.tp1.limit', { limit: formatRinggit(limit) })
            }
            value={item}
            error={errorOf('item')}
            className="span-2"
            options={TP1_ITEMS_2026.map((entry) => ({ value: entry.code, label: describe(entry.code) }))}
            onChange={(e) => setItem(e.target.value)}
          />
        </div>
        {list.problem && !['amount', 'item'].includes(list.problem.field ?? '') ? (
          <p role="alert" className="form-error">
            {say(list.problem.message)}
          </p>
        ) : null}
        <button type="submit" className="button">
          {t('employeeRecords.tp1.add')}
        </button>
        <p role="status" className={list.status ? 'status-message' : 'status-message status-empty'}>
          {list.status ? say(list.status) : ''}
        </p>
      </form>
    </section>
  );
}
