// What a company form's field takes from its form (the add-company form, the details form): its
// id, its label, its error, its value and what a change does. The form then says only what differs
// per field (a hint, a ref, how it is typed).
//
//   const bind = fieldBinder<Field>({ idOf, labelOf, values, errorText, change });
//   <TextField {...bind('phone')} type="tel" />   <TextAreaField {...bind('notes')} rows={3} />
import type { ChangeEvent } from 'react';

export interface FieldBinderInput<F extends string> {
  idOf(field: F): string;
  labelOf(field: F): string;
  values: Record<F, string>;
  errorText(field: F): string | null;
  change(field: F, value: string): void;
}

export function fieldBinder<F extends string>({ idOf, labelOf, values, errorText, change }: FieldBinderInput<F>) {
  return (field: F) => ({
    id: idOf(field),
    label: labelOf(field),
    error: errorText(field),
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => change(field, event.target.value),
  });
}

/** A code typed as printed (employer code, SSM, KWSP and LHDN numbers): no suggestions, no spelling check, in the code face. */
export const CODE_INPUT = { autoComplete: 'off', spellCheck: false, inputClassName: 'input input-code' } as const;
