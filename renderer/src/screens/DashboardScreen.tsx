// Month-end across companies: what is left to do this month in each company (wages, files,
// stage, deadline, late interest estimate, late registrations), sortable and filterable; bulk
// generation of ASSIST files, arrears of a company whose files are out of date, and history charts.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ActionNowView, DashboardRow, FilingBody, FilingMark } from '../../../shared/domain/month-end';
import { formatRinggit } from '../../../shared/money/sen';
import { LATE_INTEREST_MINIMUM_SEN, LATE_INTEREST_PERCENT_A_YEAR, dueDate } from '../../../shared/statutory/deadlines';
import { formatMalaysianDate, formatMonthName, isMonth } from '../../../shared/calendar';
import { api } from '../api/client';
import { MonthField } from '../components/MonthField';
import { TextField } from '../components/Field';
import { ScreenTitle } from '../components/ScreenTitle';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { useLoad } from '../lib/useLoad';
import { hrefFor } from '../routes';
import { useCurrentCompany } from '../state/CurrentCompany';
import { ArrearsPanel } from './month-end/ArrearsPanel';
import { BulkPanel } from './month-end/BulkPanel';
import { DashboardTable } from './month-end/DashboardTable';
import { HistoryCharts } from './month-end/HistoryCharts';
import { ViewSwitch, type DashboardView } from './month-end/ViewSwitch';
import {
  SHOW_OPTIONS,
  filterRows,
  isReadyToGenerate,
  needsAction,
  nextSort,
  openTarget,
  sortRows,
  type Show,
  type SortKey,
  type SortState,
} from './month-end/model';
import { monthToPayNow } from '../../../shared/calendar';
import { monthFromHash } from '../routes';
import '../styles/records.css';
import '../styles/segmented.css';
import '../styles/month-end.css';
import '../styles/month-end-panels.css';
import '../styles/charts.css';
import { FormAlert } from '../components/ErrorMessage';
import { SegmentedChoice } from '../components/SegmentedChoice';

export function DashboardScreen() {
  const { t } = useI18n();
  return (
    <section className="screen screen-wide dashboard-screen" aria-labelledby="dashboard-title">
      <ScreenTitle id="dashboard-title">{t('dashboard.title')}</ScreenTitle>
      <Dashboard />
    </section>
  );
}

const SHOW_LABELS = { action: 'dashboard.show.action', overdue: 'dashboard.show.overdue', all: 'dashboard.show.all' } as const;

function Dashboard() {
  const { t, locale } = useI18n();
  const { current, select, companies, loaded } = useCurrentCompany();
  // An address with a month (a link, a reload of one month) opens that month; otherwise the
  // dashboard opens on what needs action now: the month to pay now and every earlier month late.
  const [view, setView] = useState<DashboardView>(() => (monthFromHash(window.location.hash) === null ? 'now' : 'month'));
  const [month, setMonth] = useState(() => monthFromHash(window.location.hash) ?? monthToPayNow());
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [sort, setSort] = useState<SortState>({ key: 'company', direction: 'ascending' });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [arrearsFor, setArrearsFor] = useState<{ companyId: number; month: string } | null>(null);
  const arrearsOpener = useRef<HTMLButtonElement | null>(null);
  const [markError, setMarkError] = useState<Message | null>(null);

  // Read again, keeping the rows meanwhile, when a company is added, renamed or removed.
  const dashboard = useLoad(
    (): Promise<ActionNowView> =>
      view === 'now' ? api.call('monthEnd:actionNow', {}) : api.call('monthEnd:dashboard', { month }).then((monthRows) => ({ month, rows: monthRows })),
    [view, month],
    { reloadOn: companies },
  );
  const rows = dashboard.value?.rows ?? null;
  // The month every company is shown for (in the "now" view, the service's month to pay now).
  const shownMonth = dashboard.value?.month ?? month;
  const reloadDashboard = dashboard.reload;
  const loadError = dashboard.error;
  const shown = useMemo(() => (rows ? sortRows(filterRows(rows, search, show), sort) : []), [rows, search, show, sort]);
  const counts = useMemo(
    () => ({
      companies: new Set(rows?.map((row) => row.company.id)).size,
      action: rows?.filter(needsAction).length ?? 0,
      overdue: rows?.filter((row) => row.overdue).length ?? 0,
    }),
    [rows],
  );
  // Bulk generation makes the shown month's files: earlier months' rows are not chosen for it.
  const ready = useMemo(() => rows?.filter((row) => row.month === shownMonth && isReadyToGenerate(row)) ?? [], [rows, shownMonth]);
  const chosenIds = useMemo(
    () => (rows ?? []).filter((row) => row.month === shownMonth && selected.has(row.company.id)).map((row) => row.company.id),
    [rows, selected, shownMonth],
  );
  const arrearsRow = rows?.find((row) => row.company.id === arrearsFor?.companyId && row.month === arrearsFor.month && row.filesGenerated) ?? null;

  function goTo(next: string) {
    if (!isMonth(next)) return;
    setMonth(next);
    setView('month');
    setArrearsFor(null);
    // The month stays in the address so a reload (or coming back) shows the same month.
    window.history.replaceState(null, '', `${hrefFor('dashboard')}?month=${next}`);
  }

  function changeView(next: DashboardView) {
    setView(next);
    setArrearsFor(null);
    if (next === 'now') window.history.replaceState(null, '', hrefFor('dashboard'));
    else goTo(shownMonth);
  }

  const onSelect = useCallback((ids: readonly number[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const onOpen = useCallback(
    (row: DashboardRow) => {
      select(row.company.id);
      window.location.hash = `${hrefFor(openTarget(row))}?month=${row.month}`;
    },
    [select],
  );

  const onShowArrears = useCallback((row: DashboardRow, button: HTMLButtonElement) => {
    arrearsOpener.current = button;
    setArrearsFor({ companyId: row.company.id, month: row.month });
  }, []);

  const onMark = useCallback((row: DashboardRow, body: FilingBody, mark: FilingMark | null) => {
    setMarkError(null);
    api.call('monthEnd:setFiling', { companyId: row.company.id, month: row.month, body, mark }).then(
      // Read the month again rather than patch a row in: by the time the answer comes the user may
      // be looking at another month, and a reload is always shown for the month it was read for.
      () => reloadDashboard(),
      (failure: unknown) => setMarkError(messageOf(failure)),
    );
  }, [reloadDashboard]);

  // Last year's Forms EA and Form E, from January to March: said once for every company that paid staff.
  const yearEnd = useMemo(() => {
    const due = rows?.filter((row) => row.yearEnd !== null) ?? [];
    const first = due[0]?.yearEnd;
    if (!first) return null;
    return { year: first.year, ea: formatMalaysianDate(first.ea.dueDate), eaDays: Math.max(0, first.ea.daysToDeadline), formE: formatMalaysianDate(first.formE.dueDate), count: due.length };
  }, [rows]);

  function closeArrears() {
    setArrearsFor(null);
    arrearsOpener.current?.focus();
  }

  return (
    <>
      <ViewSwitch view={view} onChange={changeView} />
      <h2 className="dashboard-heading" data-testid="dashboard-heading">
        {view === 'now' ? t('dashboard.view.nowHeading', { month: formatMonthName(shownMonth, locale) }) : formatMonthName(shownMonth, locale)}
      </h2>
      <p className="dashboard-intro">
        {t(view === 'now' ? 'dashboard.intro.now' : 'dashboard.intro', { month: formatMonthName(shownMonth, locale), due: formatMalaysianDate(dueDate(shownMonth)) })}
      </p>
      <div className="toolbar dashboard-toolbar" role="group" aria-label={t('dashboard.toolbar.label')}>
        {view === 'month' ? (
          <MonthField
            id="dashboard-month"
            label={t('dashboard.month.label')}
            month={month}
            onChange={goTo}
            previousLabel={t('month.previous')}
            nextLabel={t('month.next')}
          />
        ) : null}
        <TextField
          id="dashboard-search"
          type="search"
          className="toolbar-grow"
          label={t('dashboard.search.label')}
          value={search}
          placeholder={t('dashboard.search.placeholder')}
          onChange={(event) => setSearch(event.target.value)}
        />
        <SegmentedChoice<Show>
          name="dashboard-show"
          legend={t('dashboard.show.label')}
          options={SHOW_OPTIONS}
          labelOf={(option) => t(SHOW_LABELS[option])}
          value={show}
          onChange={setShow}
        />
      </div>

      <FormAlert message={loadError} lead={t('dashboard.loadFailed')} />

      {!loaded || (rows === null && !loadError) ? (
        <p className="muted">{t('status.loading')}</p>
      ) : rows !== null && rows.length === 0 ? (
        <div className="panel">
          <p className="empty-state">{t('dashboard.empty')}</p>
          <a href={hrefFor('companies')}>{t('dashboard.goToCompanies')}</a>
        </div>
      ) : rows !== null ? (
        <>
          <p className="dashboard-summary" data-testid="dashboard-summary">
            {t('dashboard.summary', counts)}
          </p>
          {yearEnd ? (
            <p className="panel year-end-note" data-testid="dashboard-year-end">
              {t('dashboard.yearEnd', yearEnd)}
            </p>
          ) : null}
          <FormAlert message={markError} />
          <p className="field-hint" id="dashboard-help">
            {t('dashboard.table.help')}
          </p>
          {shown.length === 0 ? (
            <div className="panel">
              <p className="empty-state">{t('dashboard.noMatch')}</p>
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  setSearch('');
                  setShow('all');
                }}
              >
                {t('dashboard.showAll')}
              </button>
            </div>
          ) : (
            <DashboardTable
              rows={shown}
              total={rows.length}
              month={shownMonth}
              sort={sort}
              onSort={(key: SortKey) => setSort((currentSort) => nextSort(currentSort, key))}
              selected={selected}
              onSelect={onSelect}
              onOpen={onOpen}
              onShowArrears={onShowArrears}
              onMark={onMark}
            />
          )}
          <p className="field-hint interest-note">
            <span aria-hidden="true">* </span>
            {t('dashboard.overdue.note', { percent: LATE_INTEREST_PERCENT_A_YEAR, minimum: formatRinggit(LATE_INTEREST_MINIMUM_SEN) })}
          </p>

          {arrearsRow ? <ArrearsPanel key={`${arrearsRow.company.id}-${arrearsRow.month}`} row={arrearsRow} onClose={closeArrears} /> : null}

          <BulkPanel
            month={shownMonth}
            companyIds={chosenIds}
            readyCount={ready.length}
            onSelectReady={() => onSelect(ready.map((row) => row.company.id), true)}
            onClear={() => setSelected(new Set())}
            onDone={dashboard.reload}
          />
        </>
      ) : null}

      <HistoryCharts month={shownMonth} current={current} />
    </>
  );
}
