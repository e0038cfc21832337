// The month's pay, one row per employee paid: gross, each deduction, net pay and what the
// employer pays on top, with the month's totals in a sticky footer. Only the rows in view are
// rendered (fixed row height, lib/useRowWindow), so 2,000 employees open and scroll at once.
// Keyboard first: one row's name button is in the tab order; ↑ ↓ Page Up / Down, Home and End move
// between employees (the list scrolls along) and Enter or a click opens the employee's details.
import { memo, useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PayrollLine } from '../../../../shared/payroll/month';
import type { PayrollTotals } from '../../../../shared/payroll/totals';
import { formatAmount } from '../../../../shared/money/sen';
import { useI18n } from '../../i18n/I18nProvider';
import { useRowWindow } from '../../lib/useRowWindow';
import { totalsAsFigures, type AmountColumn } from './columns';

export const PAYROLL_ROW_HEIGHT = 36;

export interface PayrollTableProps {
  month: string;
  lines: readonly PayrollLine[];
  totals: PayrollTotals;
  /** The amount columns shown this month (columns.ts columnsFor). */
  columns: readonly AmountColumn[];
  /** The employee whose details are open (their row is marked), or null. */
  openId: number | null;
  onOpen(index: number): void;
  /** The row the user moved to (the open details follow it). */
  onMove(index: number): void;
  /** Bump to give the focus back to row `index` (after the details close). */
  focusRequest: { index: number; seq: number } | null;
}

export function PayrollTable({ month, lines, totals, columns, openId, onOpen, onMove, focusRequest }: PayrollTableProps) {
  const { t } = useI18n();
  const count = lines.length;
  const rows = useRowWindow({ count, rowHeight: PAYROLL_ROW_HEIGHT });
  const { scrollRef, scrollIntoView } = rows;
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const lastRequest = useRef<number | null>(null);
  const activeIndex = Math.min(active, Math.max(0, count - 1));

  const focusRow = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(count - 1, index));
      scrollIntoView(target);
      pendingFocus.current = target;
      setActive(target);
    },
    [count, scrollIntoView],
  );

  // Once the row asked for is rendered, its button takes the focus.
  useLayoutEffect(() => {
    if (focusRequest && focusRequest.seq !== lastRequest.current) {
      lastRequest.current = focusRequest.seq;
      focusRow(focusRequest.index);
    }
    const target = pendingFocus.current;
    if (target === null) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`button[data-row="${target}"]`);
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      const index = Number(event.currentTarget.dataset.row);
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + rows.pageRows,
        PageUp: index - rows.pageRows,
        Home: 0,
        End: count - 1,
      };
      const to = moves[event.key];
      if (to === undefined) return;
      event.preventDefault();
      focusRow(to);
      onMove(Math.max(0, Math.min(count - 1, to)));
    },
    [count, focusRow, onMove, rows.pageRows],
  );

  const visible = [];
  for (let index = rows.first; index < rows.last; index += 1) {
    const line = lines[index] as PayrollLine;
    visible.push(
      <PayrollRow
        key={line.employee.id}
        index={index}
        line={line}
        columns={columns}
        tabbable={index === activeIndex}
        open={line.employee.id === openId}
        onOpen={onOpen}
        onFocusRow={setActive}
        onKeyDown={onKeyDown}
      />,
    );
  }

  const totalFigures = totalsAsFigures(totals);
  const columnCount = columns.length + 1;
  const groupSize = (group: AmountColumn['group']) => columns.filter((c) => c.group === group).length;
  return (
    <div className="grid-scroll payroll-scroll" ref={scrollRef} onScroll={rows.onScroll} data-testid="payroll-table">
      <table className="grid payroll-table" aria-rowcount={count + 3} aria-label={t('payrollScreen.table.label', { month, count })}>
        <colgroup>
          <col className="col-name" />
          {columns.map((column) => (
            <col key={column.id} className={`col-money col-${column.group}`} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1} className="group-row">
            <th scope="col" rowSpan={2} className="sticky-col">
              {t('payrollScreen.column.employee')}
            </th>
            <td />
            <th scope="colgroup" colSpan={groupSize('deductions')} className="group-deductions">
              {t('payrollScreen.group.deductions')}
            </th>
            <td />
            <th scope="colgroup" colSpan={groupSize('employer')} className="group-employer">
              {t('payrollScreen.group.employer')}
            </th>
          </tr>
          <tr aria-rowindex={2}>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={`money col-${column.group}`} title={column.hint ? t(column.hint) : undefined}>
                {t(column.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.padTop > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: rows.padTop }}>
              <td colSpan={columnCount} />
            </tr>
          ) : null}
          {visible}
          {rows.padBottom > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: rows.padBottom }}>
              <td colSpan={columnCount} />
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr aria-rowindex={count + 3} data-testid="payroll-totals">
            <th scope="row" className="sticky-col">
              {t('payrollScreen.totals', { count })}
            </th>
            {columns.map((column) => (
              <td key={column.id} className={`money col-${column.group}`} data-testid={`payroll-total-${column.id}`}>
                {formatAmount(column.of(totalFigures))}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

interface PayrollRowProps {
  index: number;
  line: PayrollLine;
  columns: readonly AmountColumn[];
  tabbable: boolean;
  open: boolean;
  onOpen(index: number): void;
  onFocusRow(index: number): void;
  onKeyDown(event: KeyboardEvent<HTMLButtonElement>): void;
}

// One employee's row. Memoised: moving between rows renders the two rows concerned.
const PayrollRow = memo(function PayrollRow({ index, line, columns, tabbable, open, onOpen, onFocusRow, onKeyDown }: PayrollRowProps) {
  const { t } = useI18n();
  const { employee, payroll } = line;
  const warned = payroll.warnings.length > 0;
  return (
    <tr
      className={['payroll-row', open ? 'is-open' : '', warned ? 'has-warning' : ''].filter(Boolean).join(' ')}
      aria-rowindex={index + 3}
      data-testid="payroll-row"
      data-employee-id={employee.id}
    >
      <th scope="row" className="sticky-col name-cell">
        <button
          type="button"
          className="row-open"
          data-row={index}
          tabIndex={tabbable ? 0 : -1}
          aria-expanded={open}
          aria-controls="payroll-detail"
          aria-label={t('payrollScreen.row.open', { name: employee.name })}
          title={`${employee.name} · ${employee.idNumber}`}
          onClick={() => onOpen(index)}
          onFocus={() => onFocusRow(index)}
          onKeyDown={onKeyDown}
        >
          <span className="row-name">{employee.name}</span>
          {warned ? (
            <span className="badge badge-warning" aria-hidden="true">
              !
            </span>
          ) : null}
        </button>
      </th>
      {columns.map((column) => (
        <td key={column.id} className={`money col-${column.group}`} data-testid={`payroll-${column.id}`}>
          {formatAmount(column.of(payroll))}
        </td>
      ))}
    </tr>
  );
});
