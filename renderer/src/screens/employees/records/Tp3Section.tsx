// Form TP3 of a new joiner: the previous employment's remuneration, EPF, PCB, zakat and TP1
// relief in the year they joined (PCB only; never on the payslip or EA). Listed, saved (one per
// year) and removed through tp3:*; a refusal is said next to the field it names.
import { useCallback, useState, type FormEvent } from 'react';
import { formatRinggit } from '../../../../../shared/money/sen';
import type { Tp3Record } from '../../../../../shared/domain/tp3';
import { api } from '../../../api/client';
import { TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import { withCalendarWords } from '../../../i18n/calendar-params';
import { useRecordList } from './use-record-list';
import type { RecordSectionProps } from './EmployeeRecordsPanel';

const AMOUNTS = ['remuneration', 'epf', 'pcb', 'zakat', 'tp1Relief'] as const;
type Amount = (typeof AMOUNTS)[number];

export function Tp3Section({ companyId, employeeId, month }: RecordSectionProps) {
  const { t, say: sayText, locale } = useI18n();
  const say = (message: Parameters<typeof sayText>[0]) => sayText(withCalendarWords(message, locale));
  const load = useCallback(() => api.call('tp3:list', { companyId, employeeId }), [companyId, employeeId]);
  const list = useRecordList<Tp3Record>(load);
  const [year, setYear] = useState(month.slice(0, 4));
  const [previousEmployer, setPreviousEmployer] = useState('');
  const [amounts, setAmounts] = useState<Record<Amount, string>>({
    remuneration: '',
    epf: '',
    pcb: '',
    zakat: '',
    tp1Relief: '',
  });
  const errorOf = (field: string) => (list.problem?.field === field ? say(list.problem.message) : null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const typedYear = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : Number.NaN;
    const saved = await list.run(
      () =>
        api.call('tp3:save', {
          companyId,
          record: { employeeId, year: typedYear, previousEmployer, ...amounts },
        }),
      { key: 'employeeRecords.tp3.saved', params: { year: year.trim() } },
    );
    if (saved) setAmounts({ remuneration: '', epf: '', pcb: '', zakat: '', tp1Relief: '' });
  }

  return (
    <section className="records-section" aria-labelledby="tp3-heading" data-testid="records-tp3">
      <h3 id="tp3-heading">{t('employeeRecords.tp3.title')}</h3>
      <p className="field-hint">{t('employeeRecords.tp3.hint')}</p>
      {list.loadError ? <p role="alert">{say(list.loadError)}</p> : null}
      {list.items && list.items.length > 0 ? (
        <div className="records-table-scroll">
          <table className="records-table">
            <thead>
              <tr>
                <th scope="col">{t('employeeRecords.tp3.year')}</th>
                <th scope="col">{t('employeeRecords.tp3.previousEmployer')}</th>
                {AMOUNTS.map((amount) => (
                  <th key={amount} scope="col" className="amount">
                    {t(`employeeRecords.tp3.${amount}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('employees.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.year}</td>
                  <td>{item.previousEmployer ?? ''}</td>
                  {AMOUNTS.map((amount) => (
                    <td key={amount} className="amount">
                      {formatRinggit(item[amount])}
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('employeeRecords.tp3.delete', { year: item.year })}
                      onClick={() =>
                        void list.run(() => api.call('tp3:delete', { companyId, id: item.id }), {
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
        <p className="muted">{t('employeeRecords.tp3.empty')}</p>
      ) : null}
      <form className="records-add" onSubmit={save} noValidate aria-label={t('employeeRecords.tp3.save')}>
        <div className="form-grid">
          <TextField
            id="tp3-year"
            label={t('employeeRecords.tp3.year')}
            value={year}
            error={errorOf('year')}
            inputMode="numeric"
            autoComplete="off"
            onChange={(e) => setYear(e.target.value)}
          />
          <TextField
            id="tp3-previousEmployer"
            label={t('employeeRecords.tp3.previousEmployer')}
            value={previousEmployer}
            error={errorOf('previousEmployer')}
            autoComplete="off"
            onChange={(e) => setPreviousEmployer(e.target.value)}
          />
          {AMOUNTS.map((amount) => (
            <TextField
              key={amount}
              id={`tp3-${amount}`}
              label={t(`employeeRecords.tp3.${amount}`)}
              value={amounts[amount]}
              error={errorOf(amount)}
              inputMode="decimal"
              autoComplete="off"
              onChange={(e) => setAmounts((current) => ({ ...current, [amount]: e.target.value }))}
            />
          ))}
        </div>
        {list.problem && !['year', 'previousEmployer', ...AMOUNTS].includes(list.problem.field ?? '') ? (
          <p role="alert" className="form-error">
            {say(list.problem.message)}
          </p>
        ) : null}
        <button type="submit" className="button">
          {t('employeeRecords.tp3.save')}
        </button>
        <p role="status" className={list.status ? 'status-message' : 'status-message status-empty'}>
          {list.status ? say(list.status) : ''}
        </p>
      </form>
    </section>
  );
}
