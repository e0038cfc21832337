// A company's wages for one month: the grid of employees × pay items, contributions recomputed
// live by the shared engine as the user types, "copy last month", and Save, which writes every
// changed row at once (all or nothing). Nothing typed is lost when a save is refused.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WageGridRow } from '../../../shared/domain/wage-grid';
import type { Company } from '../../../shared/domain/company';
import { addMonths, isMonth, monthToPayNow } from '../../../shared/calendar';
import { api, ApiError } from '../api/client';
import { CompanyScreen } from '../components/RequireCompany';
import { DisclosureButton } from '../components/DisclosureButton';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { withCalendarWords } from '../i18n/calendar-params';
import { readDraft, removeDraft } from '../state/drafts';
import { useConfirmLeave, useUnsavedChanges } from '../state/UnsavedChanges';
import { formatMonthName } from '../../../shared/calendar';
import {
  CELL_KEYS,
  computeRow,
  entryOf,
  savedRow,
  type CellKey,
  type RowComputed,
  type RowDraft,
} from './wages/model';
import { AmountDue } from './wages/AmountDue';
import { useMonthPcb } from './wages/useMonthPcb';
import { ExplainPanel, ExplainToggle } from './wages/ExplainPanel';
import { WageGrid, type CellPosition, type RowErrors } from './wages/WageGrid';
import { MonthField } from '../components/MonthField';
import { useLoad } from '../lib/useLoad';
import { ImportPanel } from './employees/ImportPanel';
import { applyWagesDraft, isEmptyWagesDraft, parseWagesDraft, wagesDraftOf, WAGES_DRAFT_KIND } from './wages/draft';
import { createSummarizer } from './wages/totals';
import { useKeptDraft } from '../state/useKeptDraft';
import '../styles/records.css';
import '../styles/wages.css';
import { monthFromHash } from '../routes';

export function WagesScreen() {
  const { t } = useI18n();
  return (
    <CompanyScreen name="wages" title={t('nav.wages')}>
      {(company) => <Wages company={company} />}
    </CompanyScreen>
  );
}

/** The month named in the address (the month-end dashboard opens "#/wages?month=…"), else last month. */
function defaultMonth(): string {
  return monthFromHash(window.location.hash) ?? monthToPayNow();
}

function Wages({ company }: { company: Company }) {
  const { t, say: sayText, locale } = useI18n();
  const say = (message: Message) => sayText(withCalendarWords(message, locale));
  const confirmLeave = useConfirmLeave();
  const [month, setMonth] = useState(defaultMonth);
  const [drafts, setDrafts] = useState<ReadonlyMap<number, RowDraft>>(new Map());
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<number, RowErrors>>(new Map());
  const [explainOpen, setExplainOpen] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);
  const [explainRow, setExplainRow] = useState(0);
  const [status, setStatus] = useState<Message | null>(null);
  const [formError, setFormError] = useState<Message | null>(null);
  /** The last save's rows left out because their net pay would fall below zero: the pay run's reasons. */
  const [refusedRows, setRefusedRows] = useState<readonly Message[]>([]);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState(false);
  const busyRef = useRef(false);
  /** The month whose kept draft has been put back into `drafts` (drafts are written only after). */
  const [draftMonth, setDraftMonth] = useState<string | null>(null);
  const draftMonthRef = useRef<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<(CellPosition & { seq: number }) | null>(null);
  const [cache] = useState(() => new WeakMap<object, RowComputed>());
  // PCB of the saved wages (the pay run's), loaded after the grid and again after each save.
  const [pcbReloads, setPcbReloads] = useState(0);

  // The month's grid; its first load for a month puts back what was typed for it and not saved.
  const grid = useLoad(() => api.call('wages:grid', { companyId: company.id, month }), [company.id, month], {
    onLoaded: (data) => {
      if (draftMonthRef.current === data.month) return;
      draftMonthRef.current = data.month;
      const kept = readDraft(WAGES_DRAFT_KIND, company, data.month, parseWagesDraft);
      if (kept) {
        const applied = applyWagesDraft(data.rows, kept.data);
        setDrafts(applied.drafts);
        if (applied.restored > 0) setStatus({ key: 'wages.draft.restored', params: { count: applied.restored, month: data.month } });
        if (applied.leftOut > 0) setFormError({ key: 'wages.draft.leftOut', params: { count: applied.leftOut } });
      }
      setDraftMonth(data.month);
    },
  });
  const sheet = grid.value;
  const loadError = grid.error;
  // The month on screen now, for a save's answer that arrives after the user moved to another.
  const monthShown = useRef(month);
  useEffect(() => {
    monthShown.current = month;
  }, [month]);
  /** Reads the month again (after an import, a copy or a refused save): the grid and its PCB. */
  const reload = () => {
    grid.reload();
    setPcbReloads((n) => n + 1);
  };

  const rows = useMemo(() => (sheet && sheet.month === month ? sheet.rows : []), [sheet, month]);
  const pcb = useMonthPcb(company.id, month, String(pcbReloads), sheet?.month === month);

  // Each row is computed once per (stored row, draft) pair: typing in one row recomputes one row.
  const computed = useMemo(
    () =>
      rows.map((row) => {
        const draft = drafts.get(row.employeeId);
        const key: object = draft ?? row;
        const hit = cache.get(key);
        if (hit) return hit;
        const value = computeRow(month, row, draft);
        cache.set(key, value);
        return value;
      }),
    [rows, drafts, month, cache],
  );
  // The grand totals and counts, carried over by difference from the last keystroke's (wages/totals.ts).
  const [summarize] = useState(createSummarizer);
  const summary = useMemo(() => summarize(computed), [summarize, computed]);
  const { totals, changed: changedCount, uncounted: uncountedRows, invalid: invalidCount } = summary;
  const lindungInForce = summary.lindungRows > 0;

  // Every change is kept on this computer until it is saved or discarded (a reload, a crash or a
  // window closed anyway loses nothing); never before this month's kept draft was put back.
  const keptDraft = useCallback(() => wagesDraftOf(rows, drafts, computed), [rows, drafts, computed]);
  useKeptDraft(WAGES_DRAFT_KIND, company, month, draftMonth === month && sheet?.month === month, changedCount > 0, keptDraft, isEmptyWagesDraft);

  const onChange = useCallback(
    (index: number, key: CellKey, text: string) => {
      const row = rows[index];
      if (!row) return;
      const id = row.employeeId;
      setDrafts((current) => {
        const next = new Map(current);
        next.set(id, { ...current.get(id), [key]: text });
        return next;
      });
      setRowErrors((current) => {
        const errors = current.get(id);
        if (!errors?.[key]) return current;
        const next = new Map(current);
        const { [key]: _fixed, ...rest } = errors;
        if (Object.keys(rest).length > 0) next.set(id, rest);
        else next.delete(id);
        return next;
      });
    },
    [rows],
  );

  const onPaste = useCallback(
    (start: CellPosition, block: string[][]) => {
      setDrafts((current) => {
        const next = new Map(current);
        block.forEach((cells, r) => {
          const row = rows[start.row + r];
          if (!row) return;
          const id = row.employeeId;
          const draft: RowDraft = { ...next.get(id) };
          cells.forEach((cell, c) => {
            const key = CELL_KEYS[start.col + c];
            if (key) draft[key] = cell.trim();
          });
          next.set(id, draft);
        });
        return next;
      });
      const pastedRows = Math.min(block.length, rows.length - start.row);
      setStatus({ key: 'wages.pasted', params: { rows: pastedRows } });
    },
    [rows],
  );

  function focusFirstInvalid() {
    const index = computed.findIndex((row) => row.invalidCount > 0);
    if (index < 0) return;
    const col = CELL_KEYS.findIndex((key) => computed[index]?.invalid[key]);
    setFocusRequest((current) => ({ row: index, col: Math.max(0, col), seq: (current?.seq ?? 0) + 1 }));
  }

  async function save(): Promise<boolean> {
    if (busyRef.current) return false;
    setStatus(null);
    setFormError(null);
    if (invalidCount > 0) {
      setFormError({ key: 'wages.save.invalid', params: { count: invalidCount } });
      focusFirstInvalid();
      return false;
    }
    const changedRows = rows.filter((_, index) => computed[index]?.changed);
    if (changedRows.length === 0) {
      setStatus({ key: 'wages.save.nothing' });
      return true;
    }
    const entries = changedRows.map((row) => entryOf(row, drafts.get(row.employeeId)));
    const sent = drafts;
    busyRef.current = true;
    setBusy(true);
    try {
      const { changed, versions, refused } = await api.call('wages:set', { companyId: company.id, month, entries });
      // Rows whose net pay would fall below zero were left out (the others are saved): they stay
      // typed, with the pay run's reason on the row, to change here or on the Payroll screen.
      const refusedIds = new Set(refused.map((r) => r.employeeId));
      if (changed > 0 || refused.length === 0) setStatus({ key: 'wages.saved', params: { count: changed, month } });
      if (refused.length === 0) removeDraft(WAGES_DRAFT_KIND, company, month);
      // What each saved row is now that it is stored: the values sent, the amounts the same engine
      // worked out from them and the stored version (a row sent unchanged keeps its version). The
      // stored rows replace the drafts in one step, so nothing flickers back; a cell typed while
      // the save was on its way stays a draft. When a row's amounts could not be worked out here
      // the month is read again instead.
      const newVersion = new Map(versions.map((v) => [v.employeeId, v.version]));
      const saved = new Map<number, WageGridRow | null>();
      rows.forEach((row, index) => {
        const value = computed[index];
        if (value?.changed && !refusedIds.has(row.employeeId)) saved.set(row.employeeId, savedRow(row, value, newVersion.get(row.employeeId) ?? row.version));
      });
      if ([...saved.values()].every((row) => row !== null)) {
        if (sheet && monthShown.current === month) grid.set({ ...sheet, rows: sheet.rows.map((row) => saved.get(row.employeeId) ?? row) });
      } else {
        grid.reload();
      }
      setPcbReloads((n) => n + 1);
      setDrafts((current) => {
        const next = new Map(current);
        for (const [id, draft] of sent) if (next.get(id) === draft && !refusedIds.has(id)) next.delete(id);
        return next;
      });
      setRefusedRows(refused.map((r) => ({ key: r.key, params: r.params })));
      if (refused.length > 0) {
        setFormError({ key: 'wages.save.netRefused', params: { count: refused.length } });
        setRowErrors(new Map(refused.map((r) => [r.employeeId, { basic: { key: r.key, params: r.params } }])));
        const index = rows.findIndex((row) => refusedIds.has(row.employeeId));
        if (index >= 0) setFocusRequest((current) => ({ row: index, col: Math.max(0, CELL_KEYS.indexOf('basic')), seq: (current?.seq ?? 0) + 1 }));
        return false;
      }
      setRowErrors(new Map());
      return true;
    } catch (failure) {
      const message = messageOf(failure);
      if (failure instanceof ApiError && failure.code === 'CONFLICT') {
        // Changed elsewhere since the grid was opened: read the stored month again; the drafts
        // stay on top of it, so what was typed is kept and the other change is now visible.
        setFormError(message);
        reload();
        return false;
      }
      const match = failure instanceof ApiError ? /^entries\.(\d+)\.(?:items\.)?(\w+)/.exec(failure.field ?? '') : null;
      const entry = match ? entries[Number(match[1])] : undefined;
      if (match && entry) {
        const key = match[2] as CellKey;
        setRowErrors(new Map([[entry.employeeId, { [key]: message }]]));
        setFormError({ key: 'wages.save.refused' });
        const index = rows.findIndex((row) => row.employeeId === entry.employeeId);
        const col = CELL_KEYS.indexOf(key);
        if (index >= 0) setFocusRequest((current) => ({ row: index, col: Math.max(0, col), seq: (current?.seq ?? 0) + 1 }));
      } else {
        setFormError(message);
      }
      return false;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  async function copyLastMonth() {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setStatus(null);
    setFormError(null);
    try {
      const { copied, skipped } = await api.call('wages:copyPreviousMonth', { companyId: company.id, month });
      setStatus({ key: 'wages.copied', params: { copied, skipped, from: addMonths(month, -1) } });
      reload();
    } catch (failure) {
      setFormError(messageOf(failure));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  const explainOf = useCallback((index: number) => {
    setExplainRow(index);
    setExplainOpen(true);
  }, []);

  function discard() {
    removeDraft(WAGES_DRAFT_KIND, company, month);
    setDrafts(new Map());
    setRowErrors(new Map());
    setFormError(null);
    setStatus(null);
  }

  useUnsavedChanges({
    dirty: changedCount > 0,
    summary: { key: 'wages.unsaved.summary', params: { month: formatMonthName(month, locale), company: company.name, count: changedCount } },
    save,
    discard,
  });

  function goTo(next: string) {
    if (!isMonth(next) || next === month) return;
    confirmLeave(() => switchMonth(next));
  }

  function switchMonth(next: string) {
    setDrafts(new Map());
    setRowErrors(new Map());
    setFormError(null);
    setStatus(null);
    setMonth(next);
  }

  return (
    <>
      <div className="toolbar wages-toolbar" role="group" aria-label={t('wages.toolbar.label')}>
        <MonthField
          id="wages-month"
          label={t('wages.month.label')}
          month={month}
          onChange={goTo}
        />
        {rows.length > 0 ? (
          <AmountDue month={month} totals={totals} pcb={pcb?.totals ?? null} unsaved={changedCount > 0} invalidRows={uncountedRows} lindung={lindungInForce} />
        ) : null}
        <div className="button-row toolbar-actions">
          <button type="button" className="button button-primary" onClick={() => void save()} aria-disabled={busy || undefined} data-testid="wages-save">
            {changedCount > 0 ? t('wages.save.count', { count: changedCount }) : t('wages.save')}
          </button>
        </div>
      </div>

      <p role="status" className={status ? 'status-message' : 'status-message status-empty'}>
        {status ? say(status) : ''}
      </p>
      {formError ? (
        <div role="alert" className="form-error" data-testid="wages-error">
          <p>{say(formError)}</p>
          {formError.key === 'wages.save.netRefused' && refusedRows.length > 0 ? (
            <ul data-testid="wages-refused">
              {refusedRows.map((message, index) => (
                <li key={index}>{say(message)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {pcb?.finalised ? (
        <p className="banner banner-warning" data-testid="wages-finalised">
          {t('wages.finalised', { month: formatMonthName(month, locale) })}
        </p>
      ) : null}
      {loadError ? (
        <p role="alert" className="form-error">
          {say(loadError)}
        </p>
      ) : null}

      {sheet === null && !loadError ? (
        <p className="muted">{t('status.loading')}</p>
      ) : rows.length === 0 && !loadError ? (
        <div className="panel">
          <p className="empty-state">{t('wages.empty', { month: formatMonthName(month, locale) })}</p>
        </div>
      ) : rows.length > 0 ? (
        <>
          <div className="grid-header">
            <p className="field-hint grid-help" id="wage-grid-help">
              {t('wages.grid.help')}
            </p>
            <div className="button-row grid-actions">
              <button type="button" className="button button-small" onClick={() => void copyLastMonth()} aria-disabled={busy || undefined}>
                {t('wages.copyLastMonth')}
              </button>
              <button type="button" className="button button-small" aria-expanded={importing} onClick={() => setImporting((open) => !open)}>
                {t('import.ui.open')}
              </button>
              <DisclosureButton open={keysOpen} controls="wage-grid-keys" onToggle={setKeysOpen}>
                {t('wages.grid.keys.toggle')}
              </DisclosureButton>
              <ExplainToggle open={explainOpen} onToggle={() => setExplainOpen((open) => !open)} />
            </div>
            <p id="wage-grid-keys" className="field-hint grid-keys" hidden={!keysOpen}>
              {t('wages.grid.keys')}
            </p>
            <ExplainPanel
              open={explainOpen}
              companyId={company.id}
              month={month}
              row={rows[explainRow]}
              computed={computed[explainRow]}
              pcbSeq={pcbReloads}
            />
          </div>
          {importing ? (
            <ImportPanel
              key={month}
              company={company}
              target={{ kind: 'wages', month }}
              onClose={() => setImporting(false)}
              onImported={(message) => {
                setStatus(message);
                reload();
              }}
            />
          ) : null}
          <WageGrid
            month={month}
            rows={rows}
            pcb={pcb?.byEmployee ?? null}
            drafts={drafts}
            computed={computed}
            totals={totals}
            rowErrors={rowErrors}
            onChange={onChange}
            onPaste={onPaste}
            focusRequest={focusRequest}
            onActiveRow={setExplainRow}
            onExplain={explainOf}
          />
        </>
      ) : null}
    </>
  );
}
