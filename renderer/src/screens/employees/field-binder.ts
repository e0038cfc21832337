// One place that wires a form field to the employee form's values: its id, its label (the
// catalogue's employees.field.<name>), its error, its value and what a change does. The form then
// says only what differs per field (a hint, the options of a select).
//
//   const bind = fieldBinder({ values, set, errorText, t });
//   <TextField {...bind.text('name')} hint={…} />   <SelectField {...bind.select('gender')} options={…} />
//   <DateField {...bind.date('hireDate')} />         <CheckField {...bind.check('paysLindung')} />
import type { ChangeEvent } from 'react';
import type { TFunction } from '../../i18n/I18nProvider';
import type { FormField, FormValues } from './form-model';

type FieldsOfType<T> = { [K in FormField]: FormValues[K] extends T ? K : never }[FormField];
export type TextFormField = FieldsOfType<string>;
export type CheckFormField = FieldsOfType<boolean>;
export type DateFormField = 'dateOfBirth' | 'hireDate' | 'perkesoRegisteredDate' | 'leaveDate' | 'epfKeep11Date';

export const fieldId = (field: FormField) => `employee-${field}`;

export interface BinderInput {
  values: FormValues;
  set<K extends FormField>(field: K, value: FormValues[K]): void;
  errorText(field: FormField): string | null;
  t: TFunction;
}

export function fieldBinder({ values, set, errorText, t }: BinderInput) {
  const common = (field: FormField) => ({ id: fieldId(field), label: t(`employees.field.${field}`), error: errorText(field) });
  return {
    /** A text input or text area. */
    text: (field: TextFormField) => ({
      ...common(field),
      value: values[field],
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(field, event.target.value),
    }),
    /** A select: its options are the field's own values, so what it gives is one of them. */
    select: (field: TextFormField) => ({
      ...common(field),
      value: values[field],
      onChange: (event: ChangeEvent<HTMLSelectElement>) => set(field, event.target.value as FormValues[typeof field]),
    }),
    /** A date typed DD/MM/YYYY (kept as typed until saved). */
    date: (field: DateFormField) => ({ ...common(field), value: values[field], onChange: (text: string) => set(field, text) }),
    /** A check box, with its explanation (employees.field.<name>.hint). */
    check: (field: CheckFormField) => ({
      id: fieldId(field),
      label: t(`employees.field.${field}`),
      hint: t(`employees.field.${field}.hint`),
      checked: values[field],
      onChange: (checked: boolean) => set(field, checked),
    }),
  };
}
