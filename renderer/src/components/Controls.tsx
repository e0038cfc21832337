// Labelled selects, text areas and check boxes, wired like TextField (label, hint, error,
// aria-invalid, aria-describedby).
import type { ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';
import { ErrorMessage } from './ErrorMessage';

export interface Option {
  value: string;
  label: string;
}

export interface SelectFieldProps
  extends Omit<FieldProps, 'children'>,
    Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children' | 'className'> {
  options: readonly Option[];
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField({ id, label, hint, error, hideLabel, className, options, selectRef, ...select }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <select {...select} {...control} ref={selectRef} className="select">
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export interface TextAreaFieldProps
  extends Omit<FieldProps, 'children'>,
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children' | 'className'> {
  textAreaRef?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({ id, label, hint, error, hideLabel, className, textAreaRef, ...area }: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => <textarea {...area} {...control} ref={textAreaRef} className="input textarea" />}
    </Field>
  );
}

export interface CheckFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  checked: boolean;
  onChange(checked: boolean): void;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
}

/** A check box with its label beside it and an optional plain explanation under it. */
export function CheckField({ id, label, hint, error, checked, onChange, className, inputRef, disabled }: CheckFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['check-field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <div className="check-row">
        <input
          type="checkbox"
          id={id}
          ref={inputRef}
          checked={checked}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id} className="check-label">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error && errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
    </div>
  );
}
