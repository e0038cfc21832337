// CP38 instructions of an employee: LHDN's notice to deduct a fixed extra amount each month from
// one month to another. Listed, added and removed through cp38:*; a refusal is said next to the
// field it names, in the user's language.
import { useCallback, useState, type FormEvent } from 'react';
import { formatMonthName } from '../../../../../shared/calendar';
import { formatRinggit } from '../../../../../shared/money/sen';
import type { Cp38Instruction } from '../../../../../shared/domain/cp38';
import { api } from '../../../api/client';
import { MonthField } from '../../../components/MonthField';
import { TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import { withCalendarWords } from '../../../i18n/calendar-params';
import { useRecordList } from './use-record-list';
import type { RecordSectionProps } from './EmployeeRecordsPanel';

export function Cp38Section({ companyId, employeeId, month }: RecordSectionProps) {
  const { t, say: sayText, locale } = useI18n();
  const say = (message: Parameters<typeof sayText>[0]) => sayText(withCalendarWords(message, locale));
  const load = useCallback(() => api.call('cp38:list', { companyId, employeeId }), [companyId, employeeId]);
  const list = useRecordList<Cp38Instruction>(load);
  const [reference, setReference] = useState('');
  const [fromMonth, setFromMonth] = useState(month);
  const [toMonth, setToMonth] = useState(month);
  const [amount, setAmount] = useState('');
  const errorOf = (field: string) => (list.problem?.field === field ? say(list.problem.message) : null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const saved = await list.run(
      () =>
        api.call('cp38:save', {
          companyId,
          instruction: { employeeId, reference, fromMonth, toMonth, amount },
        }),
      { key: 'employeeRecords.cp38.added', params: { reference: reference.trim() } },
    );
    if (saved) {
      setReference('');
      setAmount('');
    }
  }

  return (
    <section className="records-section" aria-labelledby="cp38-heading" data-testid="records-cp38">
      <h3 id="cp38-heading">{t('employeeRecords.cp38.title')}</h3>
      <p className="field-hint">{t('employeeRecords.cp38.hint')}</p>
      {list.loadError ? <p role="alert">{say(list.loadError)}</p> : null}
      {list.items && list.items.length > 0 ? (
        <div className="records-table-scroll">
          <table className="records-table">
            <thead>
              <tr>
                <th scope="col">{t('employeeRecords.cp38.reference')}</th>
                <th scope="col">{t('employeeRecords.cp38.months')}</th>
                <th scope="col" className="amount">
                  {t('employeeRecords.cp38.amount')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('employees.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.reference}</td>
                  <td>
                    {t('employeeRecords.range', {
                      from: formatMonthName(item.fromMonth, locale),
                      to: formatMonthName(item.toMonth, locale),
                    })}
                  </td>
                  <td className="amount">{formatRinggit(item.amount)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('employeeRecords.cp38.delete', { reference: item.reference })}
                      onClick={() =>
                        void list.run(() => api.call('cp38:delete', { companyId, id: item.id }), {
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
        <p className="muted">{t('employeeRecords.cp38.empty')}</p>
      ) : null}
      <form className="records-add" onSubmit={add} noValidate aria-label={t('employeeRecords.cp38.add')}>
        <div className="form-grid">
          <TextField
            id="cp38-reference"
            label={t('employeeRecords.cp38.reference')}
            value={reference}
            error={errorOf('reference')}
            autoComplete="off"
            onChange={(e) => setReference(e.target.value)}
          />
          <TextField
            id="cp38-amount"
            label={t('employeeRecords.cp38.amount')}
            value={amount}
            error={errorOf('amount')}
            inputMode="decimal"
            autoComplete="off"
            onChange={(e) => setAmount(e.target.value)}
          />
          <MonthField
            id="cp38-fromMonth"
            label={t('employeeRecords.cp38.fromMonth')}
            month={fromMonth}
            onChange={setFromMonth}
            previousLabel={t('wages.month.previous')}
            nextLabel={t('wages.month.next')}
          />
          <MonthField
            id="cp38-toMonth"
            label={t('employeeRecords.cp38.toMonth')}
            month={toMonth}
            onChange={setToMonth}
            previousLabel={t('wages.month.previous')}
            nextLabel={t('wages.month.next')}
          />
        </div>
        {list.problem && !['reference', 'amount'].includes(list.problem.field ?? '') ? (
          <p role="alert" className="form-error">
            {say(list.problem.message)}
          </p>
        ) : null}
        <button type="submit" className="button">
          {t('employeeRecords.cp38.add')}
        </button>
        <p role="status" className={list.status ? 'status-message' : 'status-message status-empty'}>
          {list.status ? say(list.status) : ''}
        </p>
      </form>
    </section>
  );
}
