// A date typed the Malaysian way, DD/MM/YYYY, whatever the computer's locale (a native
// <input type="date"> would show mm/dd/yyyy on an American Windows). The text is kept as typed,
// so nothing is lost while it is unfinished; what it means is written out in words under it
// ("1 Februari 2024"), so day and month are never swapped unnoticed. Leaving the field tidies a
// date it understands into DD/MM/YYYY. Reading and writing go through shared/calendar.
//
//   <DateField id="hire" label="Hire date" value={text} onChange={setText} error={…} />
//   parseTypedDate(text) → "2024-02-01" (or null), formatMalaysianDate("2024-02-01") → "01/02/2024"
import type { ReactNode } from 'react';
import { formatLongDate, formatMalaysianDate, parseTypedDate } from '../../../shared/calendar';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from './Field';
import '../styles/date-field.css';

export interface DateFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** The text in the field, as typed ("1/2/2024" is fine until the field is left). */
  value: string;
  onChange(text: string): void;
  onBlur?(): void;
  disabled?: boolean;
  className?: string;
}

export function DateField({ id, label, hint, error, value, onChange, onBlur, disabled, className }: DateFieldProps) {
  const { t, locale } = useI18n();
  const iso = parseTypedDate(value);
  const wordsId = `${id}-words`;
  return (
    <Field id={id} label={label} hint={hint} error={error} className={['date-field', className ?? ''].filter(Boolean).join(' ')}>
      {(control) => (
        <>
          <input
            type="text"
            {...control}
            aria-describedby={[control['aria-describedby'], wordsId].filter(Boolean).join(' ')}
            className="input input-date"
            value={value}
            disabled={disabled}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={10}
            placeholder={t('date.placeholder')}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => {
              if (iso && value !== formatMalaysianDate(iso)) onChange(formatMalaysianDate(iso));
              onBlur?.();
            }}
          />
          <p id={wordsId} className="date-words" data-testid={`${id}-words`}>
            {iso ? formatLongDate(iso, locale) : value.trim() === '' || error ? '' : t('date.notYet')}
          </p>
        </>
      )}
    </Field>
  );
}
