// A month, shown by name in the language of the app ("Disember 2026", "December 2026"), with
// previous / next buttons. It can be typed too: "12/2026", "2026-12" or a name in either language
// ("dis 2026"); a whole month typed is taken at once. Unlike <input type="month"> it does not
// follow the computer's locale. The owner decides: onChange may be refused (unsaved changes: the
// owner asks first), and the field then shows the month still in force.
//
//   <MonthField id="wages-month" label={t('wages.month.label')} month={month} onChange={goTo} />
import { useState } from 'react';
import { addMonths, formatMonthName, parseTypedMonth } from '../../../shared/calendar';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from './Field';

export interface MonthFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Already-translated error text, or null when the month is fine. */
  error?: string | null;
  /** "YYYY-MM". */
  month: string;
  onChange(month: string): void;
  /** The buttons' names; "Previous month" / "Next month" in the app's language unless given. */
  previousLabel?: string;
  nextLabel?: string;
}

export function MonthField({ id, label, hint, error, month, onChange, previousLabel, nextLabel }: MonthFieldProps) {
  const { locale, t } = useI18n();
  // What is being typed; null: the field shows the month in force, by name.
  const [typing, setTyping] = useState<string | null>(null);
  const shown = typing ?? formatMonthName(month, locale);

  function take(next: string) {
    setTyping(null);
    if (next !== month) onChange(next);
  }

  return (
    <Field id={id} label={label} hint={hint} error={error} className="month-field">
      {(control) => (
        <div className="month-picker">
          <button type="button" className="button button-small" aria-label={previousLabel ?? t('month.previous')} onClick={() => take(addMonths(month, -1))}>
            ‹
          </button>
          <input
            {...control}
            type="text"
            className="input input-month"
            value={shown}
            autoComplete="off"
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
            onChange={(event) => {
              const text = event.target.value;
              const typed = parseTypedMonth(text);
              if (typed) take(typed);
              else setTyping(text);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && typing !== null) {
                event.preventDefault();
                setTyping(null);
              } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
                // Up and down step through the months, as a spin button would.
                event.preventDefault();
                take(addMonths(month, event.key === 'ArrowUp' ? 1 : -1));
              }
            }}
            // Something unfinished is let go: the month in force is shown again.
            onBlur={() => setTyping(null)}
          />
          <button type="button" className="button button-small" aria-label={nextLabel ?? t('month.next')} onClick={() => take(addMonths(month, 1))}>
            ›
          </button>
        </div>
      )}
    </Field>
  );
}
