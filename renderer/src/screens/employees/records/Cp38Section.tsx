// CP38 instructions of an employee: LHDN's notice to deduct a fixed extra amount each month from
// one month to another. Listed, added and removed through cp38:*; a refusal is said next to the
// field it names, in the user's language.
import { useCallback, useState, type FormEvent } from 'react';
import { formatMonthName } from '../../../../../shared/calendar';
import { formatRinggit } from '../../../../../shared/money/sen';
import type { Cp38Instruction } from '../../../../../shared/domain/cp38';
import { api } from '../../../api/client';
import { MonthField } from '../../../components/MonthField';
import { useI18n } from '../../../i18n/I18nProvider';
import { useRecordList } from './use-record-list';
import { RecordSection, RecordTextField } from './RecordSection';
import type { RecordSectionProps } from './EmployeeRecordsPanel';

export function Cp38Section({ companyId, employeeId, month }: RecordSectionProps) {
  const { t, locale } = useI18n();
  const load = useCallback(() => api.call('cp38:list', { companyId, employeeId }), [companyId, employeeId]);
  const list = useRecordList<Cp38Instruction>(load);
  const [reference, setReference] = useState('');
  const [fromMonth, setFromMonth] = useState(month);
  const [toMonth, setToMonth] = useState(month);
  const [amount, setAmount] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    const saved = await list.run(
      () => api.call('cp38:save', { companyId, instruction: { employeeId, reference, fromMonth, toMonth, amount } }),
      { key: 'employeeRecords.cp38.added', params: { reference: reference.trim() } },
    );
    if (saved) {
      setReference('');
      setAmount('');
    }
  }

  return (
    <RecordSection
      name="cp38"
      list={list}
      columns={[
        { label: t('employeeRecords.cp38.reference'), cell: (item) => item.reference },
        {
          label: t('employeeRecords.cp38.months'),
          cell: (item) =>
            t('employeeRecords.range', { from: formatMonthName(item.fromMonth, locale), to: formatMonthName(item.toMonth, locale) }),
        },
        { label: t('employeeRecords.cp38.amount'), amount: true, cell: (item) => formatRinggit(item.amount) },
      ]}
      deleteLabel={(item) => t('employeeRecords.cp38.delete', { reference: item.reference })}
      remove={(item) => api.call('cp38:delete', { companyId, id: item.id })}
      submitLabel={t('employeeRecords.cp38.add')}
      onSubmit={add}
      fieldNames={['reference', 'amount']}
    >
      <RecordTextField section="cp38" name="reference" label={t('employeeRecords.cp38.reference')} value={reference} list={list} onChange={setReference} />
      <RecordTextField section="cp38" name="amount" label={t('employeeRecords.cp38.amount')} value={amount} list={list} inputMode="decimal" onChange={setAmount} />
      <MonthField
        id="cp38-fromMonth"
        label={t('employeeRecords.cp38.fromMonth')}
        month={fromMonth}
        onChange={setFromMonth}
      />
      <MonthField
        id="cp38-toMonth"
        label={t('employeeRecords.cp38.toMonth')}
        month={toMonth}
        onChange={setToMonth}
      />
    </RecordSection>
  );
}
