// The wage grid: employees × pay items, keyboard first. Arrow keys move between cells; Enter moves
// down and Tab moves right; typing replaces a cell's value (F2 edits it in place); Escape puts back
// the value the cell had when it was entered. A block pasted from a spreadsheet fills the cells
// from the focused one. Only the rows in view are rendered (fixed row height, plus overscan), so
// thousands of employees stay smooth.
import {
  memo,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { EmployeeMonth } from '../../../../shared/api/channels/records';
import { bandLabel, type ExplanationItem, type SchemeContribution } from '../../../../shared/statutory';
import { useI18n } from '../../i18n/I18nProvider';
import type { Message } from '../../i18n/messages';
import {
  CELL_KEYS,
  ITEM_COLUMNS,
  LIABLE_COUNT,
  cellText,
  formatSen,
  parseClipboardBlock,
  type CellKey,
  type RowComputed,
  type RowDraft,
  type Totals,
} from './model';

export const ROW_HEIGHT = 38;
const OVERSCAN = 8;
const HEADER_HEIGHT = 72;

export interface CellPosition {
  row: number;
  col: number;
}

export interface WageGridProps {
  rows: readonly EmployeeMonth[];
  drafts: ReadonlyMap<number, RowDraft>;
  computed: readonly RowComputed[];
  totals: Totals;
  /** Errors the services gave for cells, by `${employeeId}:${key}`. */
  serverErrors: ReadonlyMap<string, Message>;
  onChange(row: number, key: CellKey, text: string): void;
  onPaste(start: CellPosition, block: string[][]): void;
  /** Set to move the focus to a cell (e.g. the first invalid one after Save); bump `seq` to repeat. */
  focusRequest: (CellPosition & { seq: number }) | null;
}

type Mode = 'nav' | 'enter' | 'edit';

export function WageGrid({ rows, drafts, computed, totals, serverErrors, onChange, onPaste, focusRequest }: WageGridProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(480);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const pendingFocus = useRef<CellPosition | null>(null);
  const mode = useRef<Mode>('nav');
  const original = useRef('');
  const lastRequest = useRef<number | null>(null);

  const rowCount = rows.length;
  const colCount = CELL_KEYS.length;

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    setScrollTop(element.scrollTop);
    setViewport(element.clientHeight);
  }, []);

  /** Moves the focus to a cell, scrolling it into view (and so into the rendered window) first. */
  const focusCell = useCallback(
    (row: number, col: number) => {
      const r = Math.max(0, Math.min(rowCount - 1, row));
      const c = Math.max(0, Math.min(colCount - 1, col));
      const element = scrollRef.current;
      if (element) {
        const top = r * ROW_HEIGHT;
        const visible = element.clientHeight - HEADER_HEIGHT - ROW_HEIGHT * 1.5;
        let next = element.scrollTop;
        if (top < next) next = top;
        else if (top + ROW_HEIGHT > next + visible) next = top + ROW_HEIGHT - visible;
        if (next !== element.scrollTop) {
          element.scrollTop = next;
          setScrollTop(element.scrollTop);
        }
      }
      pendingFocus.current = { row: r, col: c };
      setActive({ row: r, col: c });
    },
    [rowCount, colCount],
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

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const handleFocus = useCallback((event: FocusEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const row = Number(input.dataset.row);
    const col = Number(input.dataset.col);
    mode.current = 'nav';
    original.current = input.value;
    input.select();
    setActive((current) => (current.row === row && current.col === col ? current : { row, col }));
  }, []);

  const handleInput = useCallback(
    (row: number, key: CellKey, text: string) => {
      if (mode.current === 'nav') mode.current = 'enter';
      onChange(row, key, text);
    },
    [onChange],
  );

  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const row = Number(input.dataset.row);
      const col = Number(input.dataset.col);
      const key = CELL_KEYS[col] as CellKey;
      const page = Math.max(1, Math.floor((viewport - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
      const move = (r: number, c: number) => {
        event.preventDefault();
        focusCell(r, c);
      };
      switch (event.key) {
        case 'ArrowUp':
          return move(row - 1, col);
        case 'ArrowDown':
          return move(row + 1, col);
        case 'ArrowLeft':
          if (mode.current === 'edit') return;
          return move(row, col - 1);
        case 'ArrowRight':
          if (mode.current === 'edit') return;
          return move(row, col + 1);
        case 'PageDown':
          return move(row + page, col);
        case 'PageUp':
          return move(row - page, col);
        case 'Enter':
          return move(event.shiftKey ? row - 1 : row + 1, col);
        case 'Tab': {
          if (event.shiftKey) {
            if (row === 0 && col === 0) return;
            return move(col === 0 ? row - 1 : row, col === 0 ? colCount - 1 : col - 1);
          }
          if (row === rowCount - 1 && col === colCount - 1) return;
          return move(col === colCount - 1 ? row + 1 : row, col === colCount - 1 ? 0 : col + 1);
        }
        case 'F2':
          event.preventDefault();
          mode.current = 'edit';
          input.setSelectionRange(input.value.length, input.value.length);
          return;
        case 'Escape':
          event.preventDefault();
          if (input.value !== original.current) onChange(row, key, original.current);
          mode.current = 'nav';
          window.requestAnimationFrame(() => input.select());
          return;
        default:
          return;
      }
    },
    [focusCell, onChange, viewport, rowCount, colCount],
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

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const visible = [];
  for (let index = first; index < last; index += 1) {
    const row = rows[index] as EmployeeMonth;
    const draft = drafts.get(row.employee.id);
    visible.push(
      <GridRow
        key={row.employee.id}
        index={index}
        row={row}
        draft={draft}
        computed={computed[index] as RowComputed}
        activeCol={active.row === index ? active.col : -1}
        serverErrors={serverErrors}
        onInput={handleInput}
        onFocus={handleFocus}
        onKeyDown={handleKeyDown}
      />,
    );
  }

  const contributionColumns = [
    t('wages.column.socsoEmployer'),
    t('wages.column.socsoEmployee'),
    t('wages.column.eisEmployer'),
    t('wages.column.eisEmployee'),
    t('wages.column.lindung'),
    t('wages.column.total'),
  ];
  const totalCells = [totals.socsoEmployer, totals.socsoEmployee, totals.eisEmployer, totals.eisEmployee, totals.lindung, totals.total];

  return (
    <div
      className="wage-grid-scroll"
      ref={scrollRef}
      onScroll={onScroll}
      onPaste={handlePaste}
      data-testid="wage-grid"
    >
      <table className="wage-grid" aria-rowcount={rowCount + 3} aria-label={t('wages.grid.label')}>
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
            {contributionColumns.map((label, index) => (
              <th key={label} scope="col" className={index === contributionColumns.length - 1 ? 'computed total-col' : 'computed'}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: first * ROW_HEIGHT }}>
              <td colSpan={colCount + 8} />
            </tr>
          ) : null}
          {visible}
          {last < rowCount ? (
            <tr aria-hidden="true" className="spacer" style={{ height: (rowCount - last) * ROW_HEIGHT }}>
              <td colSpan={colCount + 8} />
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
                {formatSen(totals.items[item.name])}
              </td>
            ))}
            <td />
            <td className="money computed" data-testid="total-wages">
              {formatSen(totals.wagesSen)}
            </td>
            {totalCells.map((sen, index) => (
              <td
                key={index}
                className={index === totalCells.length - 1 ? 'money computed total-col' : 'money computed'}
                data-testid={`total-${TOTAL_IDS[index]}`}
              >
                {formatSen(sen)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

const TOTAL_IDS = ['socso-employer', 'socso-employee', 'eis-employer', 'eis-employee', 'lindung', 'all'] as const;

interface GridRowProps {
  index: number;
  row: EmployeeMonth;
  draft: RowDraft | undefined;
  computed: RowComputed;
  activeCol: number;
  serverErrors: ReadonlyMap<string, Message>;
  onInput(row: number, key: CellKey, text: string): void;
  onFocus(event: FocusEvent<HTMLInputElement>): void;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
}

const GridRow = memo(function GridRow({ index, row, draft, computed, activeCol, serverErrors, onInput, onFocus, onKeyDown }: GridRowProps) {
  const { t, say } = useI18n();
  const employee = row.employee;
  const result = computed.result;
  const explain = (item: ExplanationItem) => say({ key: item.key, params: { ...item.params } });
  const schemeTitle = (scheme: SchemeContribution | undefined) => {
    if (!scheme) return undefined;
    const band = scheme.band ? `${t('wages.band', { band: explain(bandLabel(scheme.band)) })}\n` : '';
    return `${band}${explain(scheme.reason)}`;
  };
  const money = (sen: number | undefined) => (sen === undefined ? '—' : formatSen(sen));
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
        const invalidKey = computed.invalid[key];
        const server = serverErrors.get(`${employee.id}:${key}`);
        const error = invalidKey ? say({ key: invalidKey }) : server ? say(server) : null;
        const label = key === 'event' ? t('wages.column.event') : t(`wages.item.short.${key}`);
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
              aria-label={t('wages.cell.label', { item: label, name: employee.name })}
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
        {computed.wagesSen === null ? '—' : formatSen(computed.wagesSen)}
      </td>
      <td className="money computed" title={schemeTitle(result?.socso)} data-testid="row-socso-employer">
        {money(result?.socso.employerSen)}
      </td>
      <td className="money computed" title={schemeTitle(result?.socso)} data-testid="row-socso-employee">
        {money(result?.socso.employeeSen)}
      </td>
      <td className="money computed" title={schemeTitle(result?.eis)} data-testid="row-eis-employer">
        {money(result?.eis.employerSen)}
      </td>
      <td className="money computed" title={schemeTitle(result?.eis)} data-testid="row-eis-employee">
        {money(result?.eis.employeeSen)}
      </td>
      <td className="money computed" title={schemeTitle(result?.lindung)} data-testid="row-lindung">
        {money(result === null ? undefined : result.lindung.employeeSen + result.lindung.employerSen)}
      </td>
      <td className="money computed total-cell total-col" data-testid="row-total">
        {money(result?.totals.totalSen)}
      </td>
    </tr>
  );
});
