// The frame every payroll-record section of the employee form shares (TP1 claims, TP3, CP38): a
// heading and hint, the employee's records as a table with a Delete button per row, the form that
// adds one, a refusal said next to the field it names (or above the button when it names none),
// and what the last save or delete did. Each section says only what differs: its columns, its
// fields and its channels.
import type { FormEvent, ReactNode } from 'react';
import { ColumnHeads } from '../../../components/ColumnHeads';
import { TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import { withCalendarWords } from '../../../i18n/calendar-params';
import type { Message } from '../../../i18n/messages';
import type { MessageParams } from '../../../../../shared/i18n/format';
import type { RecordList } from './use-record-list';
import { FormAlert } from '../../../components/ErrorMessage';

export interface RecordColumn<T> {
  label: string;
  /** Money: aligned right. */
  amount?: boolean;
  cell: (item: T) => ReactNode;
}

interface RecordSectionProps<T extends { id: number }> {
  /**
   * "tp1", "tp3", "cp38": the ids of the heading, the test id of the section, and its words
   * (employeeRecords.<name>.title, .hint and .empty, said with `params`).
   */
  name: 'tp1' | 'tp3' | 'cp38';
  params?: MessageParams;
  list: RecordList<T>;
  columns: readonly RecordColumn<T>[];
  /** The accessible name of a row's Delete button ("Delete CP38 LHDN/1 …"). */
  deleteLabel: (item: T) => string;
  remove: (item: T) => Promise<unknown>;
  /** The form's name and its button's text. */
  submitLabel: string;
  onSubmit: (event: FormEvent) => void;
  /** The fields whose refusals are said next to them (the others above the button). */
  fieldNames: readonly string[];
  children: ReactNode;
}

/** Says a section's message with month names in the user's language. */
export function useSayRecord() {
  const { say, locale } = useI18n();
  return (message: Message) => say(withCalendarWords(message, locale));
}

/** A refusal of the last save, when it names `field` (for the field's error text). */
export function fieldError<T>(list: RecordList<T>, say: (message: Message) => string, field: string): string | null {
  return list.problem?.field === field ? say(list.problem.message) : null;
}

/**
 * A typed field of a section's form (id "<section>-<name>"), with the last save's refusal when it
 * names this field. `inputMode`: the keyboard a touch screen shows (amounts: decimal).
 */
export function RecordTextField<T>({
  section,
  name,
  label,
  value,
  list,
  inputMode,
  onChange,
}: {
  section: string;
  name: string;
  label: string;
  value: string;
  list: RecordList<T>;
  inputMode?: 'decimal' | 'numeric';
  onChange: (value: string) => void;
}) {
  const say = useSayRecord();
  return (
    <TextField
      id={`${section}-${name}`}
      label={label}
      value={value}
      error={fieldError(list, say, name)}
      inputMode={inputMode}
      autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function RecordSection<T extends { id: number }>(props: RecordSectionProps<T>) {
  const { t, locale } = useI18n();
  const say = useSayRecord();
  const { name, list, columns } = props;
  const otherProblem = list.problem && !props.fieldNames.includes(list.problem.field ?? '') ? list.problem.message : null;
  return (
    <section className="records-section" aria-labelledby={`${name}-heading`} data-testid={`records-${name}`}>
      <h3 id={`${name}-heading`}>{t(`employeeRecords.${name}.title`, props.params)}</h3>
      <p className="field-hint">{t(`employeeRecords.${name}.hint`, props.params)}</p>
      {list.loadError ? <p role="alert">{say(list.loadError)}</p> : null}
      {list.items && list.items.length > 0 ? (
        <div className="records-table-scroll">
          <table className="records-table">
            <ColumnHeads
              columns={[
                ...columns.map((column) => ({ label: column.label, className: column.amount ? 'amount' : undefined })),
                { label: t('employees.column.actions'), hidden: true },
              ]}
            />
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  {columns.map((column, index) => (
                    <td key={index} className={column.amount ? 'amount' : undefined}>
                      {column.cell(item)}
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={props.deleteLabel(item)}
                      onClick={() => void list.run(() => props.remove(item), { key: 'employeeRecords.deleted' })}
                    >
                      {t('employeeRecords.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : list.items ? (
        <p className="muted">{t(`employeeRecords.${name}.empty`, props.params)}</p>
      ) : null}
      <form className="records-add" onSubmit={props.onSubmit} noValidate aria-label={props.submitLabel}>
        <div className="form-grid">{props.children}</div>
        <FormAlert message={otherProblem && withCalendarWords(otherProblem, locale)} />
        <button type="submit" className="button">
          {props.submitLabel}
        </button>
        <p role="status" className={list.status ? 'status-message' : 'status-message status-empty'}>
          {list.status ? say(list.status) : ''}
        </p>
      </form>
    </section>
  );
}
