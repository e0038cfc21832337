// The wage grid: employees × pay items, keyboard first. Arrow keys move between cells; Enter moves
// down and Tab moves right; typing replaces a cell's value (F2 edits it in place); Escape puts back
// the value the cell had when it was entered. A block pasted from a spreadsheet fills the cells
// from the focused one. Only the rows in view are rendered (fixed row height, plus overscan), so
// thousands of employees stay smooth.
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type FocusEvent, type KeyboardEvent } from 'react';
import type { WageGridRow } from '../../../../shared/domain/wage-grid';
import { bandLabel, type ExplanationItem, type SchemeContribution } from '../../../../shared/statutory';
import { formatAmount } from '../../../../shared/money/sen';
import { useI18n, type TFunction } from '../../i18n/I18nProvider';
import type { Message } from '../../i18n/messages';
import { useRowWindow } from '../../lib/useRowWindow';
import { useGridKeyboard, type CellPosition } from './useGridKeyboard';
import {
  CELL_KEYS,
  ITEM_COLUMNS,
  LIABLE_COUNT,
  cellText,
  explainRow,
  parseClipboardBlock,
  type CellKey,
  type RowComputed,
  type RowDraft,
  type Totals,
} from './model';

export const ROW_HEIGHT = 38;

export type { CellPosition };

/** Errors the services gave for one row's cells. */
export type RowErrors = Partial<Record<CellKey, Message>>;

export interface WageGridProps {
  month: string;
  rows: readonly WageGridRow[];
  /** PCB of the saved wages by employee id; null while it is worked out. */
  pcb: ReadonlyMap<number, number> | null;
  drafts: ReadonlyMap<number, RowDraft>;
  computed: readonly RowComputed[];
  totals: Totals;
  /** Errors the services gave, by employee id (a row without any gets none: its rendering is kept). */
  rowErrors: ReadonlyMap<number, RowErrors>;
  onChange(row: number, key: CellKey, text: string): void;
  onPaste(start: CellPosition, block: string[][]): void;
  /** Set to move the focus to a cell (e.g. the first invalid one after Save); bump `seq` to repeat. */
  focusRequest: (CellPosition & { seq: number }) | null;
  /** The row the user is on (for the explanation beside the grid). */
  onActiveRow(index: number): void;
  /** The user asked why a row's amounts are what they are (tapped or clicked its total). */
  onExplain(index: number): void;
}

export function WageGrid({ month, rows, pcb, drafts, computed, totals, rowErrors, onChange, onPaste, focusRequest, onActiveRow, onExplain }: WageGridProps) {
  const { t, say } = useI18n();
  const rowCount = rows.length;
  const colCount = CELL_KEYS.length;
  const rowWindow = useRowWindow({ count: rowCount, rowHeight: ROW_HEIGHT });
  const { scrollRef, scrollIntoView } = rowWindow;
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const pendingFocus = useRef<CellPosition | null>(null);
  const lastRequest = useRef<number | null>(null);

  /** Moves the focus to a cell, scrolling it into view (and so into the rendered rows) first. */
  const focusCell = useCallback(
    (row: number, col: number) => {
      const r = Math.max(0, Math.min(rowCount - 1, row));
      const c = Math.max(0, Math.min(colCount - 1, col));
      scrollIntoView(r);
      pendingFocus.current = { row: r, col: c };
      setActive({ row: r, col: c });
    },
    [rowCount, colCount, scrollIntoView],
  );

  // After a render that includes the requested cell, focus it.
  useLayoutEffect(() => {
    if (focusRequest && focusRequest.seq !== lastRequest.current) {
      lastRequest.current = focusRequest.seq;
      focusCell(focusRequest.row, focusRequest.col);
      return;
    }
    const target = pendingFocus.current;
    if (!target) return;
    const input = scrollRef.current?.querySelector<HTMLInputElement>(`input[data-row="${target.row}"][data-col="${target.col}"]`);
    if (input) {
      pendingFocus.current = null;
      input.focus();
    }
  });

  const onActivate = useCallback(
    (position: CellPosition) => {
      setActive((current) => (current.row === position.row && current.col === position.col ? current : position));
      onActiveRow(position.row);
    },
    [onActiveRow],
  );
  const onRevert = useCallback((row: number, col: number, text: string) => onChange(row, CELL_KEYS[col] as CellKey, text), [onChange]);
  const keyboard = useGridKeyboard({ rowCount, colCount, pageRows: rowWindow.pageRows, focusCell, onActivate, onRevert });
  const { onType } = keyboard;

  const handleInput = useCallback(
    (row: number, key: CellKey, text: string) => {
      onType();
      onChange(row, key, text);
    },
    [onType, onChange],
  );

  const handlePaste = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      if (!(target instanceof HTMLInputElement) || target.dataset.row === undefined) return;
      const text = event.clipboardData.getData('text/plain');
      if (!text.includes('\t') && !text.includes('\n')) return; // one value: the input pastes it itself
      event.preventDefault();
      onPaste({ row: Number(target.dataset.row), col: Number(target.dataset.col) }, parseClipboardBlock(text));
    },
    [onPaste],
  );

  // A cell's error is said as soon as it appears (the cell being typed in is the one that has it).
  const activeRow = rows[active.row];
  const activeKey = CELL_KEYS[active.col];
  const activeError =
    activeRow && activeKey ? cellError(computed[active.row], rowErrors.get(activeRow.employeeId), activeKey) : undefined;
  const announcement =
    activeRow && activeKey && activeError
      ? `${t('wages.cell.label', { item: cellLabel(t, activeKey), name: activeRow.name })}: ${say(activeError)}`
      : '';

  const visible = [];
  for (let index = rowWindow.first; index < rowWindow.last; index += 1) {
    const row = rows[index] as WageGridRow;
    visible.push(
      <GridRow
        key={row.employeeId}
        index={index}
        month={month}
        row={row}
        pcb={pcb === null ? null : (pcb.get(row.employeeId) ?? undefined)}
        draft={drafts.get(row.employeeId)}
        computed={computed[index] as RowComputed}
        activeCol={active.row === index ? active.col : -1}
        errors={rowErrors.get(row.employeeId)}
        onInput={handleInput}
        onFocus={keyboard.onFocus}
        onKeyDown={keyboard.onKeyDown}
        onExplain={onExplain}
      />,
    );
  }

  const contributionColumns = [
    t('wages.column.socsoEmployer'),
    t('wages.column.socsoEmployee'),
    t('wages.column.eisEmployer'),
    t('wages.column.eisEmployee'),
    t('wages.column.lindung'),
  ];
  const totalCells = [totals.socsoEmployer, totals.socsoEmployee, totals.eisEmployer, totals.eisEmployee, totals.lindung];
  const allColumns = colCount + contributionColumns.length + 6;
  const pcbTotal = pcb === null ? null : [...pcb.values()].reduce((sum, sen) => sum + sen, 0);

  return (
    <div className="grid-scroll wage-grid-scroll" ref={scrollRef} onScroll={rowWindow.onScroll} onPaste={handlePaste} data-testid="wage-grid">
      <p className="visually-hidden" aria-live="polite" data-testid="cell-error-announcement">
        {announcement}
      </p>
      <table className="grid wage-grid" aria-rowcount={rowCount + 3} aria-label={t('wages.grid.label')}>
        <colgroup>
          <col className="col-name" />
          {ITEM_COLUMNS.map((item) => (
            <col key={item.name} className="col-money" />
          ))}
          <col className="col-event" />
          <col className="col-computed" />
          {contributionColumns.map((label) => (
            <col key={label} className="col-computed" />
          ))}
          <col className="col-computed" />
          <col className="col-computed" />
          <col className="col-computed" />
          <col className="col-total" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1} className="group-row">
            <th scope="col" className="sticky-col" rowSpan={2}>
              {t('wages.column.employee')}
            </th>
            <th scope="colgroup" colSpan={LIABLE_COUNT} className="group-liable">
              {t('wages.group.liable')}
            </th>
            <th scope="colgroup" colSpan={ITEM_COLUMNS.length - LIABLE_COUNT} className="group-other">
              {t('wages.group.notLiable')}
            </th>
            <th scope="col" rowSpan={2} title={t('wages.column.event.hint')}>
              {t('wages.column.event')}
            </th>
            <th scope="colgroup" colSpan={contributionColumns.length + 1} className="group-computed">
              {t('wages.group.contributions')}
            </th>
            <th scope="colgroup" colSpan={2} className="group-computed group-epf">
              {t('wages.group.epf')}
            </th>
            <th scope="colgroup" className="group-computed group-pcb">
              {t('wages.group.pcb')}
            </th>
            <td className="group-computed total-col" />
          </tr>
          <tr aria-rowindex={2}>
            {ITEM_COLUMNS.map((item) => (
              <th key={item.name} scope="col" title={t(item.label)} className={item.liable ? 'liable' : 'not-liable'}>
                {t(`wages.item.short.${item.name}`)}
              </th>
            ))}
            <th scope="col" className="computed">
              {t('wages.column.wages')}
            </th>
            {contributionColumns.map((label) => (
              <th key={label} scope="col" className="computed">
                {label}
              </th>
            ))}
            <th scope="col" className="computed">
              {t('wages.column.epfEmployer')}
            </th>
            <th scope="col" className="computed">
              {t('wages.column.epfEmployee')}
            </th>
            <th scope="col" className="computed" title={t('wages.pcb.afterSave')}>
              {t('wages.column.pcb')}
            </th>
            <th scope="col" className="computed total-col" data-testid="total-column-header">
              {t('wages.column.total')}
              <span className="column-note">{t('wages.column.total.note')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rowWindow.padTop > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: rowWindow.padTop }}>
              <td colSpan={allColumns} />
            </tr>
          ) : null}
          {visible}
          {rowWindow.padBottom > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: rowWindow.padBottom }}>
              <td colSpan={allColumns} />
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr aria-rowindex={rowCount + 3} data-testid="wage-totals">
            <th scope="row" className="sticky-col">
              {t('wages.totals', { count: rowCount })}
            </th>
            {ITEM_COLUMNS.map((item) => (
              <td key={item.name} className="money" data-testid={`total-${item.name}`}>
                {formatAmount(totals.items[item.name])}
              </td>
            ))}
            <td />
            <td className="money computed" data-testid="total-wages">
              {formatAmount(totals.wagesSen)}
            </td>
            {totalCells.map((sen, index) => (
              <td key={index} className="money computed" data-testid={`total-${TOTAL_IDS[index]}`}>
                {formatAmount(sen)}
              </td>
            ))}
            <td className="money computed" data-testid="total-epf-employer">
              {formatAmount(totals.epfEmployer)}
            </td>
            <td className="money computed" data-testid="total-epf-employee">
              {formatAmount(totals.epfEmployee)}
            </td>
            <td className="money computed" data-testid="total-pcb">
              {pcbTotal === null ? '…' : formatAmount(pcbTotal)}
            </td>
            <td className="money computed total-col" data-testid="total-all">
              {formatAmount(totals.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** What is wrong with a cell: the typed text first, then what the services said. */
function cellError(computed: RowComputed | undefined, errors: RowErrors | undefined, key: CellKey): Message | undefined {
  const invalid = computed?.invalid[key];
  return invalid ? { key: invalid } : errors?.[key];
}

function cellLabel(t: TFunction, key: CellKey): string {
  return key === 'event' ? t('wages.column.event') : t(`wages.item.short.${key}`);
}

const TOTAL_IDS = ['socso-employer', 'socso-employee', 'eis-employer', 'eis-employee', 'lindung'] as const;

interface GridRowProps {
  index: number;
  month: string;
  /** PCB of the saved row: null while worked out, undefined when the employee is not paid. */
  pcb: number | null | undefined;
  row: WageGridRow;
  draft: RowDraft | undefined;
  computed: RowComputed;
  activeCol: number;
  errors: RowErrors | undefined;
  onInput(row: number, key: CellKey, text: string): void;
  onFocus(event: FocusEvent<HTMLInputElement>): void;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  onExplain(index: number): void;
}

// One employee's row. Memoised: typing in one row, or an error in one row, renders that row only.
const GridRow = memo(function GridRow({ index, month, pcb, row, draft, computed, activeCol, errors, onInput, onFocus, onKeyDown, onExplain }: GridRowProps) {
  const { t, say } = useI18n();
  const employee = { id: row.employeeId, name: row.name, idNumber: row.idNumber };
  const amounts = computed.amounts;
  // The band and reason on hover, for the rendered rows only (the disclosure says the same in full).
  const result = useMemo(() => explainRow(month, row, computed), [month, row, computed]);
  const explain = (item: ExplanationItem) => say({ key: item.key, params: { ...item.params } });
  const schemeTitle = (scheme: SchemeContribution | undefined) => {
    if (!scheme) return undefined;
    const band = scheme.band ? `${t('wages.band', { band: explain(bandLabel(scheme.band)) })}\n` : '';
    return `${band}${explain(scheme.reason)}`;
  };
  const money = (sen: number | undefined) => (sen === undefined ? '—' : formatAmount(sen));
  const rowClass = ['grid-row', computed.changed ? 'is-changed' : '', computed.invalidCount > 0 ? 'has-invalid' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <tr className={rowClass} aria-rowindex={index + 3} data-testid="wage-row" data-employee-id={employee.id}>
      <th scope="row" className="sticky-col name-cell">
        <span className="grid-name" title={`${employee.name} · ${employee.idNumber}`}>
          {employee.name}
        </span>
        <span className="grid-badges">
          {row.events.joined ? <span className="badge badge-joined">{t('wages.badge.joined')}</span> : null}
          {row.events.left ? <span className="badge badge-left">{t('wages.badge.left')}</span> : null}
          {row.events.died ? <span className="badge badge-left">{t('wages.badge.died')}</span> : null}
          {computed.changed ? (
            <span className="change-dot" title={t('wages.row.changed')}>
              <span className="visually-hidden">{t('wages.row.changed')}</span>
            </span>
          ) : null}
        </span>
      </th>
      {CELL_KEYS.map((key, col) => {
        const problem = cellError(computed, errors, key);
        const error = problem ? say(problem) : null;
        const errorId = error ? `cell-error-${employee.id}-${key}` : undefined;
        return (
          <td key={key} className={`cell ${key === 'event' ? 'event-cell' : 'money-cell'}${error ? ' is-invalid' : ''}`}>
            <input
              className="cell-input"
              data-row={index}
              data-col={col}
              tabIndex={activeCol === col || (activeCol === -1 && index === 0 && col === 0) ? 0 : -1}
              value={cellText(row, draft, key)}
              inputMode={key === 'event' ? 'text' : 'decimal'}
              maxLength={key === 'event' ? 1 : 16}
              autoComplete="off"
              spellCheck={false}
              aria-label={t('wages.cell.label', { item: cellLabel(t, key), name: employee.name })}
              aria-invalid={error ? true : undefined}
              aria-describedby={errorId}
              title={error ?? (key === 'event' ? t('wages.column.event.hint') : undefined)}
              onFocus={onFocus}
              onKeyDown={onKeyDown}
              onChange={(event) => onInput(index, key, event.target.value)}
            />
            {error ? (
              <span id={errorId} className="visually-hidden">
                {error}
              </span>
            ) : null}
          </td>
        );
      })}
      <td className="money computed" data-testid="row-wages">
        {computed.wagesSen === null ? '—' : formatAmount(computed.wagesSen)}
      </td>
      <td className="money computed" title={schemeTitle(result?.socso)} data-testid="row-socso-employer">
        {money(amounts?.socsoEmployer)}
      </td>
      <td className="money computed" title={schemeTitle(result?.socso)} data-testid="row-socso-employee">
        {money(amounts?.socsoEmployee)}
      </td>
      <td className="money computed" title={schemeTitle(result?.eis)} data-testid="row-eis-employer">
        {money(amounts?.eisEmployer)}
      </td>
      <td className="money computed" title={schemeTitle(result?.eis)} data-testid="row-eis-employee">
        {money(amounts?.eisEmployee)}
      </td>
      <td className="money computed" title={schemeTitle(result?.lindung)} data-testid="row-lindung">
        {money(amounts?.lindung)}
      </td>
      <td className="money computed" data-testid="row-epf-employer">
        {money(amounts?.epfEmployer ?? undefined)}
      </td>
      <td className="money computed" data-testid="row-epf-employee">
        {money(amounts?.epfEmployee ?? undefined)}
      </td>
      <td
        className={computed.changed ? 'money computed pending' : 'money computed'}
        title={computed.changed ? t('wages.pcb.afterSave') : undefined}
        data-testid="row-pcb"
      >
        {computed.changed || pcb === null ? '…' : money(pcb)}
      </td>
      <td className="money computed total-cell total-col" data-testid="row-total">
        {/* Tapped or clicked: how this row's amounts were found (keyboard users open the same
            explanation with the button above the grid; it follows the row they are on). */}
        <button
          type="button"
          className="explain-button"
          tabIndex={-1}
          aria-label={t('wages.explain.row', { name: employee.name })}
          onClick={() => onExplain(index)}
        >
          {money(amounts?.total)}
        </button>
      </td>
    </tr>
  );
});
