// The employees list: name with what needs attention, ID, hire date, status, Edit. Windowed (see
// lib/useRowWindow): only the rows in view are rendered, so 2,000 employees open and scroll at
// once; each row's height is measured (a row grows with its warnings). Tabbing through the Edit
// buttons scrolls the list along, so every employee is reached by keyboard.
import { useCallback, useLayoutEffect } from 'react';
import { formatMalaysianDate } from '../../../../shared/calendar';
import type { EmployeeWithWarnings } from '../../../../shared/domain/employee';
import { withCalendarWords } from '../../i18n/calendar-params';
import { useI18n } from '../../i18n/I18nProvider';
import { useRowWindow } from '../../lib/useRowWindow';
import { ColumnHeads } from '../../components/ColumnHeads';

/** A row with one line of warnings; rows are measured once rendered. */
const ESTIMATED_ROW_HEIGHT = 52;

export interface EmployeeTableProps {
  employees: EmployeeWithWarnings[];
  today: string;
  onEdit(employee: EmployeeWithWarnings): void;
  /** An employee whose Edit button should get the focus (back from editing them). */
  focusId: number | null;
  onFocused(): void;
}

export function EmployeeTable({ employees, today, onEdit, focusId, onFocused }: EmployeeTableProps) {
  const { t, say, locale } = useI18n();
  const keyOf = useCallback((index: number) => employees[index]?.id ?? index, [employees]);
  const { scrollRef, onScroll, first, last, padTop, padBottom, measureRow, scrollIntoView } = useRowWindow({
    count: employees.length,
    rowHeight: ESTIMATED_ROW_HEIGHT,
    measure: true,
    keyOf,
  });

  // Bring the employee asked for into the rendered rows, then give their Edit button the focus.
  useLayoutEffect(() => {
    if (focusId === null) return;
    const button = document.getElementById(`edit-employee-${focusId}`);
    if (button) {
      button.focus();
      onFocused();
      return;
    }
    const index = employees.findIndex((employee) => employee.id === focusId);
    if (index >= 0) scrollIntoView(index);
  });

  const visible = [];
  for (let index = first; index < last; index += 1) {
    const employee = employees[index] as EmployeeWithWarnings;
    const left = employee.leaveDate !== null && employee.leaveDate < today;
    visible.push(
      <tr key={employee.id} ref={measureRow(index)} data-testid="employee-row" aria-rowindex={index + 2}>
        <th scope="row">
          <span className="employee-name">{employee.name}</span>
          {employee.warnings.length > 0 ? (
            <ul className="warning-list" aria-label={t('employees.warnings.label')}>
              {employee.warnings.map((warning) => (
                <li key={warning.key} className="badge badge-warning">
                  {say(withCalendarWords(warning, locale))}
                </li>
              ))}
            </ul>
          ) : null}
        </th>
        <td className="code">
          {employee.idNumber}
          <span className="muted id-type"> · {t(`employees.idType.${employee.idType}`)}</span>
        </td>
        <td>{employee.hireDate ? formatMalaysianDate(employee.hireDate) : <span className="muted">{t('employees.notRecorded')}</span>}</td>
        <td>
          {left ? (
            <span className="badge badge-muted">{t('employees.status.left', { date: formatMalaysianDate(employee.leaveDate ?? '') })}</span>
          ) : (
            <span className="badge">{t('employees.status.active')}</span>
          )}
        </td>
        <td className="actions">
          <button
            type="button"
            id={`edit-employee-${employee.id}`}
            className="button button-small"
            aria-label={t('employees.edit.label', { name: employee.name })}
            onClick={() => onEdit(employee)}
          >
            {t('action.edit')}
          </button>
        </td>
      </tr>,
    );
  }

  return (
    // onFocus: the browser has just scrolled the focused button into view; the rows rendered follow
    // at once (not at the next scroll event), so holding Tab never runs past the rendered rows.
    <div className="employees-scroll" ref={scrollRef} onScroll={onScroll} onFocus={onScroll} data-testid="employees-list">
      <table className="table employees-table" aria-rowcount={employees.length + 1}>
        <caption className="visually-hidden">{t('employees.list.caption', { count: employees.length })}</caption>
        <colgroup>
          <col className="col-employee" />
          <col className="col-id" />
          <col className="col-date" />
          <col className="col-status" />
          <col className="col-actions" />
        </colgroup>
        <ColumnHeads
          rowIndex={1}
          columns={[
            t('employees.field.name'),
            t('employees.field.idNumber'),
            t('employees.field.hireDate'),
            t('employees.column.status'),
            { label: t('employees.column.actions'), hidden: true },
          ]}
        />
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: padTop }}>
              <td colSpan={5} />
            </tr>
          ) : null}
          {visible}
          {padBottom > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: padBottom }}>
              <td colSpan={5} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
