// The payroll records kept beside an employee (PAYROLL_RECORDS.md): TP1 claims, TP3 of a new
// joiner and CP38 instructions, each saved at once through its own channel (they are not part of
// the employee form's Save). Shown under the form when an existing employee is edited.
import { useI18n } from '../../../i18n/I18nProvider';
import { Cp38Section } from './Cp38Section';
import { Tp1Section } from './Tp1Section';
import { Tp3Section } from './Tp3Section';

export interface RecordSectionProps {
  companyId: number;
  employeeId: number;
  /** The month the screen works in: where new claims and instructions start. */
  month: string;
}

export function EmployeeRecordsPanel(props: RecordSectionProps) {
  const { t } = useI18n();
  return (
    <section
      className="panel employee-records"
      aria-labelledby="employee-records-heading"
      data-testid="employee-records"
    >
      <h2 id="employee-records-heading">{t('employeeRecords.title')}</h2>
      <p className="field-hint">{t('employeeRecords.hint')}</p>
      <Tp1Section {...props} />
      <Tp3Section {...props} />
      <Cp38Section {...props} />
    </section>
  );
}
