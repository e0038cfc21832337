// The employee form's payroll records in three groups: EPF (member number, status from nationality
// unless set, the keep-11 % election), income tax (number, residence, marital status and spouse,
// disability, children by kind) and job, pay and payslip (title, staff number, monthly rate, bank,
// payslip language). Each field is wired through the form's binder.
import { EPF_STATUSES } from '../../../../shared/epf';
import { CHILD_KINDS, MARITAL_STATUSES, PAYSLIP_LANGUAGES } from '../../../../shared/domain/employee-payroll';
import { CheckField, SelectField } from '../../components/Controls';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import type { fieldBinder } from './field-binder';
import type { FormValues } from './form-model';
import { epfStatusFromNationality } from './payroll-form';

export interface PayrollSectionsProps {
  values: FormValues;
  bind: ReturnType<typeof fieldBinder>;
}

export function PayrollSections({ values, bind }: PayrollSectionsProps) {
  const { t } = useI18n();
  const fromNationality = t('employees.epfStatus.fromNationality', {
    status: t(`employees.epfStatus.${epfStatusFromNationality(values.nationality)}`),
  });
  const married = values.maritalStatus === 'married';
  const code = { autoComplete: 'off', spellCheck: false, inputClassName: 'input input-code' } as const;

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('employees.section.epf')}</legend>
        <div className="form-grid">
          <TextField {...bind.text('epfMemberNumber')} hint={t('employees.field.epfMemberNumber.hint')} inputMode="numeric" {...code} />
          <SelectField
            {...bind.select('epfStatus')}
            hint={t('employees.field.epfStatus.hint')}
            options={[{ value: '', label: fromNationality }, ...EPF_STATUSES.map((s) => ({ value: s, label: t(`employees.epfStatus.${s}`) }))]}
          />
          <CheckField {...bind.check('epfKeep11')} className="span-2" />
          {values.epfKeep11 || values.epfKeep11Date !== '' ? (
            <DateField {...bind.date('epfKeep11Date')} hint={t('employees.field.epfKeep11Date.hint')} />
          ) : null}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('employees.section.tax')}</legend>
        <div className="form-grid">
          <TextField {...bind.text('taxNumber')} hint={t('employees.field.taxNumber.hint')} {...code} />
          <SelectField {...bind.select('maritalStatus')} options={MARITAL_STATUSES.map((m) => ({ value: m, label: t(`employees.maritalStatus.${m}`) }))} />
          <CheckField {...bind.check('taxResident')} className="span-2" />
          {married ? <CheckField {...bind.check('spouseWorking')} className="span-2" /> : null}
          <CheckField {...bind.check('disabled')} className="span-2" />
          {married ? <CheckField {...bind.check('spouseDisabled')} className="span-2" /> : null}
        </div>
        <fieldset className="form-subsection">
          <legend>{t('employees.section.children')}</legend>
          <p className="field-hint">{t('employees.section.children.hint')}</p>
          <div className="form-grid">
            {CHILD_KINDS.map((kind) => (
              <TextField key={kind} {...bind.text(kind)} inputMode="numeric" autoComplete="off" inputClassName="input input-count" />
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('employees.section.pay')}</legend>
        <div className="form-grid">
          <TextField {...bind.text('jobTitle')} autoComplete="off" />
          <TextField {...bind.text('staffNumber')} hint={t('employees.field.staffNumber.hint')} {...code} />
          <TextField {...bind.text('monthlyRate')} hint={t('employees.field.monthlyRate.hint')} inputMode="decimal" autoComplete="off" className="span-2" />
          <TextField {...bind.text('bankName')} autoComplete="off" />
          <TextField {...bind.text('bankAccount')} hint={t('employees.field.bankAccount.hint')} inputMode="numeric" {...code} />
          <SelectField
            {...bind.select('payslipLanguage')}
            options={[
              { value: '', label: t('employees.payslipLanguage.app') },
              ...PAYSLIP_LANGUAGES.map((l) => ({ value: l, label: t(`employees.payslipLanguage.${l}`) })),
            ]}
          />
        </div>
      </fieldset>
    </>
  );
}
