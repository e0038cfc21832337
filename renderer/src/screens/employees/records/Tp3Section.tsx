// Form TP3 of a new joiner: the previous employment's remuneration, EPF, PCB, zakat and TP1
// relief in the year they joined (PCB only; never on the payslip or EA). Listed, saved (one per
// year) and removed through tp3:*; a refusal is said next to the field it names.
import { useCallback, useState, type FormEvent } from 'react';
import { formatRinggit } from '../../../../../shared/money/sen';
import type { Tp3Record } from '../../../../../shared/domain/tp3';
import { api } from '../../../api/client';
import { useI18n } from '../../../i18n/I18nProvider';
import { useRecordList } from './use-record-list';
import { RecordSection, RecordTextField } from './RecordSection';
import type { RecordSectionProps } from './EmployeeRecordsPanel';

const AMOUNTS = ['remuneration', 'epf', 'pcb', 'zakat', 'tp1Relief'] as const;
type Amount = (typeof AMOUNTS)[number];
const NO_AMOUNTS: Record<Amount, string> = { remuneration: '', epf: '', pcb: '', zakat: '', tp1Relief: '' };

export function Tp3Section({ companyId, employeeId, month }: RecordSectionProps) {
  const { t } = useI18n();
  const load = useCallback(() => api.call('tp3:list', { companyId, employeeId }), [companyId, employeeId]);
  const list = useRecordList<Tp3Record>(load);
  const [year, setYear] = useState(month.slice(0, 4));
  const [previousEmployer, setPreviousEmployer] = useState('');
  const [amounts, setAmounts] = useState<Record<Amount, string>>(NO_AMOUNTS);

  async function save(event: FormEvent) {
    event.preventDefault();
    const typedYear = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : Number.NaN;
    const saved = await list.run(
      () => api.call('tp3:save', { companyId, record: { employeeId, year: typedYear, previousEmployer, ...amounts } }),
      { key: 'employeeRecords.tp3.saved', params: { year: year.trim() } },
    );
    if (saved) setAmounts(NO_AMOUNTS);
  }

  return (
    <RecordSection
      name="tp3"
      list={list}
      columns={[
        { label: t('employeeRecords.tp3.year'), cell: (item) => item.year },
        { label: t('employeeRecords.tp3.previousEmployer'), cell: (item) => item.previousEmployer ?? '' },
        ...AMOUNTS.map((amount) => ({ label: t(`employeeRecords.tp3.${amount}`), amount: true, cell: (item: Tp3Record) => formatRinggit(item[amount]) })),
      ]}
      deleteLabel={(item) => t('employeeRecords.tp3.delete', { year: item.year })}
      remove={(item) => api.call('tp3:delete', { companyId, id: item.id })}
      submitLabel={t('employeeRecords.tp3.save')}
      onSubmit={save}
      fieldNames={['year', 'previousEmployer', ...AMOUNTS]}
    >
      <RecordTextField section="tp3" name="year" label={t('employeeRecords.tp3.year')} value={year} list={list} inputMode="numeric" onChange={setYear} />
      <RecordTextField
        section="tp3"
        name="previousEmployer"
        label={t('employeeRecords.tp3.previousEmployer')}
        value={previousEmployer}
        list={list}
        onChange={setPreviousEmployer}
      />
      {AMOUNTS.map((amount) => (
        <RecordTextField
          key={amount}
          section="tp3"
          name={amount}
          label={t(`employeeRecords.tp3.${amount}`)}
          value={amounts[amount]}
          list={list}
          inputMode="decimal"
          onChange={(value) => setAmounts((current) => ({ ...current, [amount]: value }))}
        />
      ))}
    </RecordSection>
  );
}
