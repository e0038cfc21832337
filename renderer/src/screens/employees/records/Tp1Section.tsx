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
import { useI18n } from '../../../i18n/I18nProvider';
import { useRecordList } from './use-record-list';
import { fieldError, RecordSection, RecordTextField, useSayRecord } from './RecordSection';
import type { RecordSectionProps } from './EmployeeRecordsPanel';

export function Tp1Section({ companyId, employeeId, month }: RecordSectionProps) {
  const { t, locale } = useI18n();
  const say = useSayRecord();
  const [claimMonth, setClaimMonth] = useState(month);
  const year = yearOfMonth(claimMonth);
  const load = useCallback(() => api.call('tp1:list', { companyId, employeeId, year }), [companyId, employeeId, year]);
  const list = useRecordList<Tp1Claim>(load);
  const [item, setItem] = useState(TP1_ITEMS_2026[0]?.code ?? '');
  const [amount, setAmount] = useState('');
  const describe = (code: string) => {
    const found = TP1_ITEMS_2026.find((entry) => entry.code === code);
    return found ? `${code} ${locale === 'ms' ? found.descriptionMs : found.descriptionEn}` : code;
  };
  const limit = tp1AnnualLimitSen(item);

  async function add(event: FormEvent) {
    event.preventDefault();
    const saved = await list.run(() => api.call('tp1:save', { companyId, claim: { employeeId, month: claimMonth, item, amount } }), {
      key: 'employeeRecords.tp1.added',
      params: { item, month: claimMonth },
    });
    if (saved) setAmount('');
  }

  return (
    <RecordSection
      name="tp1"
      params={{ year }}
      list={list}
      columns={[
        { label: t('employeeRecords.tp1.month'), cell: (claim) => formatMonthName(claim.month, locale) },
        { label: t('employeeRecords.tp1.item'), cell: (claim) => describe(claim.item) },
        { label: t('employeeRecords.tp1.amount'), amount: true, cell: (claim) => formatRinggit(claim.amount) },
      ]}
      deleteLabel={(claim) => t('employeeRecords.tp1.delete', { item: claim.item, month: formatMonthName(claim.month, locale) })}
      remove={(claim) => api.call('tp1:delete', { companyId, id: claim.id })}
      submitLabel={t('employeeRecords.tp1.add')}
      onSubmit={add}
      fieldNames={['amount', 'item']}
    >
      <MonthField
        id="tp1-month"
        label={t('employeeRecords.tp1.month')}
        month={claimMonth}
        onChange={setClaimMonth}
      />
      <RecordTextField section="tp1" name="amount" label={t('employeeRecords.tp1.amount')} value={amount} list={list} inputMode="decimal" onChange={setAmount} />
      <SelectField
        id="tp1-item"
        label={t('employeeRecords.tp1.item')}
        hint={limit === null ? t('employeeRecords.tp1.noLimit') : t('employeeRecords.tp1.limit', { limit: formatRinggit(limit) })}
        value={item}
        error={fieldError(list, say, 'item')}
        className="span-2"
        options={TP1_ITEMS_2026.map((entry) => ({ value: entry.code, label: describe(entry.code) }))}
        onChange={(e) => setItem(e.target.value)}
      />
    </RecordSection>
  );
}
