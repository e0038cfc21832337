// The month field with previous / next buttons (ASSIST files, Reports, the month-end dashboard).
// The Wages screen keeps its own: it may refuse a change while edits are unsaved.
import { useState } from 'react';
import { addMonths, isMonth } from '../../../shared/calendar';
import { ErrorMessage } from './ErrorMessage';
import { useT } from '../i18n/I18nProvider';

export interface MonthPickerProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  month: string;
  onChange(month: string): void;
}

export function MonthPicker({ id, label, hint, error, month, onChange }: MonthPickerProps) {
  const t = useT();
  const [text, setText] = useState(month);
  const [shown, setShown] = useState(month);
  // A month chosen from outside (the buttons, a reset) replaces what is typed.
  if (shown !== month) {
    setShown(month);
    setText(month);
  }
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'month-field', error ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="month-field-row">
        <button type="button" className="button button-small" aria-label={t('month.previous')} onClick={() => onChange(addMonths(month, -1))}>
          ‹
        </button>
        <input
          id={id}
          type="month"
          className="input"
          value={text}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.target.value);
            if (isMonth(event.target.value)) onChange(event.target.value);
          }}
        />
        <button type="button" className="button button-small" aria-label={t('month.next')} onClick={() => onChange(addMonths(month, 1))}>
          ›
        </button>
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
