// The month across companies: one focusable row per company (↑/↓/Home/End move, Enter opens),
// sortable headers (aria-sort), a check box per row for bulk generation.
import { dateInMalaysia, formatMalaysianDate, formatMonthName } from '../../../../shared/calendar';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DashboardRow, FilingBody, FilingMark } from '../../../../shared/domain/month-end';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import { formatRinggit } from '../../../../shared/money/sen';
import { useI18n } from '../../i18n/I18nProvider';
import { deadlineMessage, isPaid, stepsDone, type SortKey, type SortState } from './model';
import { FilingsCell } from './FilingsCell';

interface Column {
  key: SortKey;
  label: MessageKey;
  className?: string;
}

// Stage and Overdue come right after the company: on a small screen (1024×640, or 200 % zoom)
// they stay in sight, and the secondary columns after them collapse or scroll (month-end.css).
const COLUMNS: readonly Column[] = [
  { key: 'company', label: 'dashboard.column.company', className: 'col-company' },
  { key: 'stage', label: 'dashboard.column.stage', className: 'col-stage' },
  { key: 'overdue', label: 'dashboard.column.overdue', className: 'col-overdue' },
  { key: 'due', label: 'dashboard.column.due', className: 'col-due' },
  { key: 'contribution', label: 'dashboard.column.contribution', className: 'col-money col-contribution' },
  { key: 'filings', label: 'dashboard.column.filings', className: 'col-filings' },
  { key: 'wages', label: 'dashboard.column.wages', className: 'col-wages col-secondary' },
  { key: 'files', label: 'dashboard.column.files', className: 'col-files' },
  { key: 'late', label: 'dashboard.column.late', className: 'col-late col-secondary' },
];

export interface DashboardTableProps {
  rows: readonly DashboardRow[];
  total: number;
  month: string;
  sort: SortState;
  onSort(key: SortKey): void;
  selected: ReadonlySet<number>;
  onSelect(ids: readonly number[], on: boolean): void;
  onOpen(row: DashboardRow): void;
  onShowArrears(row: DashboardRow, button: HTMLButtonElement): void;
  /** Marks the month with KWSP or LHDN submitted or paid (null: takes the mark away). */
  onMark(row: DashboardRow, body: FilingBody, mark: FilingMark | null): void;
}

const INTERACTIVE = 'input, button, a, label, select, textarea';

export function DashboardTable({ rows, total, month, sort, onSort, selected, onSelect, onOpen, onShowArrears, onMark }: DashboardTableProps) {
  const { t, say, locale } = useI18n();
  const [active, setActive] = useState(0);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  // Only the month's own rows can be chosen for bulk generation (an earlier month's row is late, not generated in bulk).
  const choosable = rows.filter((row) => row.month === month);
  const shownSelected = choosable.filter((row) => selected.has(row.company.id)).length;
  const allShown = choosable.length > 0 && shownSelected === choosable.length;

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = shownSelected > 0 && !allShown;
  }, [shownSelected, allShown]);

  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  function focusRow(index: number) {
    const target = bodyRef.current?.querySelectorAll<HTMLTableRowElement>('tr[data-row]')[index];
    if (!target) return;
    setActive(index);
    target.focus();
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number, row: DashboardRow) {
    if (event.target !== event.currentTarget) return; // keys inside a check box or button stay theirs
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1, PageDown: index + 10, PageUp: index - 10 };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      focusRow(Math.max(0, Math.min(rows.length - 1, next)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(row);
    } else if (event.key === ' ' && row.month === month) {
      event.preventDefault();
      onSelect([row.company.id], !selected.has(row.company.id));
    }
  }

  function onRowClick(event: MouseEvent<HTMLTableRowElement>, row: DashboardRow) {
    if ((event.target as Element).closest(INTERACTIVE)) return;
    onOpen(row);
  }

  return (
    <div className="dashboard-scroll">
      <table className="table dashboard-table" data-testid="dashboard-table" aria-describedby="dashboard-help">
        <caption className="visually-hidden">{t('dashboard.table.caption', { month: formatMonthName(month, locale), shown: rows.length, total })}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-check">
              <input
                ref={allRef}
                type="checkbox"
                aria-label={t('dashboard.select.all')}
                checked={allShown}
                disabled={choosable.length === 0}
                onChange={(event) => onSelect(choosable.map((row) => row.company.id), event.target.checked)}
              />
            </th>
            {COLUMNS.map((column) => {
              const sorted = sort.key === column.key;
              return (
                <th key={column.key} scope="col" className={column.className} aria-sort={sorted ? sort.direction : undefined}>
                  <button
                    type="button"
                    className="sort-button"
                    data-sorted={sorted ? sort.direction : undefined}
                    onClick={() => onSort(column.key)}
                  >
                    {t(column.label)}
                    {sorted ? (
                      <span className="sort-mark" aria-hidden="true">
                        {sort.direction === 'ascending' ? '▲' : '▼'}
                      </span>
                    ) : null}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {rows.map((row, index) => (
            <tr
              key={`${row.company.id}-${row.month}`}
              data-row=""
              data-testid="dashboard-row"
              data-company-id={row.company.id}
              data-month={row.month}
              data-stage={row.stage}
              tabIndex={index === activeIndex ? 0 : -1}
              className={['dashboard-row', row.overdue ? 'is-overdue' : '', row.month === month && selected.has(row.company.id) ? 'is-selected' : '', row.month === month ? '' : 'is-earlier'].filter(Boolean).join(' ')}
              onFocus={(event) => {
                if (event.target === event.currentTarget) setActive(index);
              }}
              onKeyDown={(event) => onRowKeyDown(event, index, row)}
              onClick={(event) => onRowClick(event, row)}
            >
              <td className="col-check">
                {row.month === month ? (
                  <input
                    type="checkbox"
                    aria-label={t('dashboard.select.one', { name: row.company.name })}
                    checked={selected.has(row.company.id)}
                    onChange={(event) => onSelect([row.company.id], event.target.checked)}
                  />
                ) : null}
              </td>
              <th scope="row" className="col-company">
                <span className="company-name">{row.company.name}</span>
                <span className="company-code code">{row.company.employerCode}</span>
                {row.month === month ? null : (
                  <span className="pill pill-danger row-month" data-testid="row-month">
                    {formatMonthName(row.month, locale)}
                  </span>
                )}
              </th>
              <td className="col-stage" data-testid="cell-stage">
                <span className={`stage-badge stage-${row.stage}`}>{t(`dashboard.stage.${row.stage}`)}</span>
                {stepsDone(row) > 0 ? (
                  <span className="stage-steps" role="img" aria-label={t('dashboard.stage.steps', { step: stepsDone(row) })}>
                    {[1, 2, 3, 4].map((step) => (
                      <span key={step} className={step <= stepsDone(row) ? 'step is-done' : 'step'} />
                    ))}
                  </span>
                ) : null}
              </td>
              <td className="col-overdue" data-testid="cell-overdue">
                {row.overdue ? (
                  <>
                    <span className="pill pill-danger">{t('dashboard.overdue.yes')}</span>
                    <span className="interest-estimate">
                      {t('dashboard.overdue.estimate')}{' '}
                      <span className="interest-amount">
                        {formatRinggit(row.interestEstimateSen)}
                        <span aria-hidden="true">*</span>
                      </span>
                    </span>
                  </>
                ) : (
                  <span className="muted">{t('dashboard.overdue.no')}</span>
                )}
              </td>
              <td className="col-due" data-testid="cell-due">
                <span className="due-date">{formatMalaysianDate(row.dueDate)}</span>
                <span className={isPaid(row) ? 'due-days muted' : row.daysToDeadline < 0 ? 'due-days is-late' : row.daysToDeadline <= 5 ? 'due-days is-soon' : 'due-days'}>
                  {say(deadlineMessage(row))}
                </span>
              </td>
              <td className="col-money col-contribution" data-testid="cell-contribution">
                {formatRinggit(row.contributionSen)}
              </td>
              <td className="col-filings" data-testid="cell-filings">
                <FilingsCell row={row} onMark={onMark} />
              </td>
              <td className="col-wages col-secondary" data-testid="cell-wages">
                {row.employees === 0 ? (
                  <span className="muted">{t('dashboard.wages.noEmployees')}</span>
                ) : (
                  <>
                    <span className="wages-count">{t('dashboard.wages.count', { entered: row.wagesEntered, employees: row.employees })}</span>{' '}
                    <span className={row.wagesComplete ? 'pill pill-ok' : 'pill pill-warn'}>
                      {row.wagesComplete ? t('dashboard.wages.complete') : t('dashboard.wages.incomplete')}
                    </span>
                  </>
                )}
              </td>
              <td className="col-files" data-testid="cell-files">
                <FilesCell row={row} onShowArrears={onShowArrears} />
              </td>
              <td className="col-late col-secondary" data-testid="cell-late">
                {row.lateRegistrations > 0 ? (
                  <span className="pill pill-warn" title={t('dashboard.late.hint')}>
                    {t('dashboard.late.count', { count: row.lateRegistrations })}
                  </span>
                ) : (
                  <span className="muted">{t('dashboard.late.none')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FilesCell({ row, onShowArrears }: { row: DashboardRow; onShowArrears: DashboardTableProps['onShowArrears'] }) {
  const { t, locale } = useI18n();
  const date = row.lastGeneratedAt ? formatMalaysianDate(dateInMalaysia(row.lastGeneratedAt)) : '';
  if (!row.filesGenerated) return <span className="muted">{t('dashboard.files.never')}</span>;
  if (!row.filesOutOfDate) {
    return (
      <>
        {t('dashboard.files.current')}
        <span className="files-date"> {date}</span>
      </>
    );
  }
  return (
    <>
      <span className="pill pill-warn" title={t('dashboard.files.outOfDateHint', { date })}>
        {t('dashboard.files.outOfDate')}
      </span>
      <button
        type="button"
        className="button button-small button-quiet arrears-button"
        aria-label={t('dashboard.arrears.showFor', { name: row.company.name, month: formatMonthName(row.month, locale) })}
        onClick={(event) => onShowArrears(row, event.currentTarget)}
      >
        {t('dashboard.arrears.show')}
      </button>
    </>
  );
}
