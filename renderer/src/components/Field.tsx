// A labelled form control with an optional hint and an error message, wired for assistive
// technology: the label names the control; aria-describedby points at the hint and the error;
// aria-invalid is set while there is an error.
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { ErrorMessage } from './ErrorMessage';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already-translated error text, or null/undefined when the value is fine. */
  error?: string | null;
  /** Hide the label visually (it is still the control's accessible name). */
  hideLabel?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ id, label, hint, error, hideLabel, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
    </div>
  );
}

export interface TextFieldProps
  extends Omit<FieldProps, 'children'>,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children' | 'className'> {
  inputRef?: Ref<HTMLInputElement>;
  inputClassName?: string;
}

/** A Field holding a single-line text input. */
export function TextField({ id, label, hint, error, hideLabel, className, inputRef, inputClassName, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => <input type="text" {...input} {...control} ref={inputRef} className={inputClassName ?? 'input'} />}
    </Field>
  );
}
