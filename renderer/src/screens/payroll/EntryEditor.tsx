// "Deductions and hours" of one employee-month, in the Payroll screen's details: salary advance,
// loan repayment, other deduction (and what it is for), zakat, unpaid leave (days → amount) and
// overtime (hours by kind → amount), each worked amount shown with its working (the Employment
// Act helpers, shared/payroll/employment-act-working.ts), and a joiner's or leaver's prorated
// basic pay offered, never applied by itself. Saved with payroll:saveEntry against the version
// loaded: a row changed elsewhere is refused and the typing kept; the month's figures are then
// read again from the pay run. A finalised month is shown read-only with the reason.
import { useCallback, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { PayrollMonth } from '../../../../shared/payroll/month';
import type { Employee } from '../../../../shared/domain/employee';
import { formatRinggit, senToDecimal } from '../../../../shared/money/sen';
import { formatHours } from '../../../../shared/payroll/hours';
import { proratedBasicSuggestion, type Worked } from '../../../../shared/payroll/employment-act-working';
import { OVERTIME_KINDS } from '../../../../shared/payroll/rules';
import type { WageEntry } from '../../../../shared/domain/wages';
import { api, ApiError } from '../../api/client';
import { FormAlert } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { withCalendarWords } from '../../i18n/calendar-params';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { useLoad } from '../../lib/useLoad';
import { useUnsavedChanges } from '../../state/UnsavedChanges';
import { readDraft as readKeptDraft, removeDraft } from '../../state/drafts';
import { useKeptDraft } from '../../state/useKeptDraft';
import {
  draftChanged,
  draftOf,
  ENTRY_DRAFT_KIND,
  entryDraftScope,
  parseKeptEntry,
  followWorked,
  rateOf,
  readDraft,
  typedSen,
  withTyped,
  workedAmounts,
  type DraftField,
  type EntryBasis,
  type EntryDraft,
} from './entry-draft';

export interface EntryEditorProps {
  payroll: PayrollMonth;
  employee: Employee;
  /** The net pay as the pay run has it now; null while it refuses the employee's month. */
  netSen: number | null;
  /** Saved: the month is read again from the pay run. */
  onSaved(): void;
  /** Told whenever the typing starts or stops differing from what is stored. */
  onDirtyChange(dirty: boolean): void;
}

type FieldErrors = Partial<Record<DraftField | 'basic', Message>>;

export function EntryEditor({ payroll, employee, netSen, onSaved, onDirtyChange }: EntryEditorProps) {
  const { t, say, locale } = useI18n();
  const { companyId, month } = payroll;
  const basis: EntryBasis = { month, employeeMonthlyRateSen: employee.monthlyRate, normalMinutesPerDay: payroll.company.normalMinutesPerDay };
  const [draft, setDraft] = useState<EntryDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [reloads, setReloads] = useState(0);
  // After a refused save (changed elsewhere) the stored entry is read again with the typing kept.
  const [keepTyping, setKeepTyping] = useState(false);
  // Typing not saved is kept on this computer per company, month and employee (a reload or a
  // crash loses none of it) and put back on the first load, with a notice and a way to discard
  // it; never on another company's employee (state/drafts.ts), nor on someone else given this id,
  // nor on a month finalised since (then shown as not applied).
  const scope = entryDraftScope(month, employee.id);
  const [restored, setRestored] = useState<'restored' | 'notApplied' | null>(null);
  const [restoreChecked, setRestoreChecked] = useState(false);
  const restoreDone = useRef(false);
  const loaded = useLoad(() => api.call('payroll:entry', { companyId, month, employeeId: employee.id }), [companyId, month, employee.id], {
    reloadOn: reloads,
    onLoaded: (value) => {
      if (!keepTyping) setDraft(restoreDone.current ? draftOf(value.entry, basis) : restoreKept(value.entry, value.finalised));
      setKeepTyping(false);
    },
  });
  const entry: WageEntry | null = loaded.value?.entry ?? null;
  const finalised = loaded.value?.finalised ?? payroll.status.finalised;
  const stored = loaded.value ? draftOf(entry, basis) : null;
  const dirty = draft !== null && stored !== null && !finalised && draftChanged(draft, stored);
  const sayIt = (message: Message) => say(withCalendarWords({ key: message.key, params: { ...message.params } }, locale));

  /** The first load's draft: what was kept for this employee-month, else what is stored. */
  function restoreKept(stored: WageEntry | null, isFinalised: boolean): EntryDraft {
    restoreDone.current = true;
    setRestoreChecked(true);
    const fromStore = draftOf(stored, basis);
    const kept = readKeptDraft(ENTRY_DRAFT_KIND, payroll.company, scope, parseKeptEntry);
    if (!kept) return fromStore;
    if (kept.data.idNumber !== employee.idNumber || !draftChanged(kept.data.draft, fromStore)) {
      removeDraft(ENTRY_DRAFT_KIND, payroll.company, scope);
      return fromStore;
    }
    if (isFinalised) {
      setRestored('notApplied');
      return fromStore;
    }
    setRestored('restored');
    return kept.data.draft;
  }

  const keptEntry = useCallback(() => ({ idNumber: employee.idNumber, draft }), [employee.idNumber, draft]);
  // A draft not applied (the month is finalised) stays until the user discards it.
  useKeptDraft(ENTRY_DRAFT_KIND, payroll.company, scope, restoreChecked && restored !== 'notApplied' && !finalised, dirty, keptEntry);

  function discardKept() {
    removeDraft(ENTRY_DRAFT_KIND, payroll.company, scope);
    if (restored === 'restored') revert();
    setRestored(null);
  }

  useLayoutEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useLayoutEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  useUnsavedChanges({
    dirty,
    summary: { key: 'payHours.unsaved', params: { name: employee.name, month } },
    save,
    discard: revert,
  });

  function revert() {
    setDraft(stored);
    setErrors({});
    setFormError(null);
  }

  function type(field: DraftField, value: string) {
    if (!draft) return;
    setSaved(false);
    setDraft(withTyped(draft, field, value, entry, basis));
  }

  async function save(): Promise<boolean> {
    if (!draft || finalised) return !dirty;
    if (!dirty) return true;
    if (busy) return false;
    const read = readDraft(draft, entry, employee.id, month);
    if (!read.ok) {
      setErrors(read.errors);
      setFormError({ key: 'payHours.fixFirst' });
      focusFirstError(read.errors);
      return false;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      await api.call('payroll:saveEntry', { companyId, month, entry: read.payload });
      setSaved(true);
      setRestored(null);
      setReloads((n) => n + 1);
      onSaved();
      return true;
    } catch (failure) {
      const message = messageOf(failure);
      const field = failure instanceof ApiError ? fieldOf(failure.field) : null;
      if (field) {
        setErrors({ [field]: message });
        focusFirstError({ [field]: message });
      } else setFormError(message);
      if (failure instanceof ApiError && failure.code === 'CONFLICT') {
        // Read what is stored now (its new version), keeping what was typed on top.
        setKeepTyping(true);
        setReloads((n) => n + 1);
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    // Escape puts back what is saved; with nothing typed it closes the details (PayrollDetail).
    if (event.key === 'Escape' && dirty) {
      event.preventDefault();
      event.stopPropagation();
      revert();
    }
  }

  if (!draft || !stored) {
    return (
      <section className="panel entry-editor" aria-labelledby="entry-editor-title" data-testid="entry-editor">
        <h3 id="entry-editor-title">{t('payHours.title')}</h3>
        {loaded.error ? <FormAlert message={loaded.error} /> : <p className="muted">{t('payHours.loading')}</p>}
      </section>
    );
  }

  const worked = workedAmounts(draft, entry, basis);
  const rate = rateOf(draft, entry, basis);
  const basicSen = typedSen(draft.basic ?? '') ?? 0;
  const suggestion = rate.sen > 0 ? proratedBasicSuggestion(rate, month, employee.hireDate, employee.leaveDate) : null;
  const field = (name: DraftField, label: string, extra: { hint?: string; inputMode?: 'decimal' | 'numeric' | 'text'; maxLength?: number } = {}) => (
    <TextField
      id={`entry-${name.replace('.', '-')}`}
      label={label}
      hint={extra.hint}
      error={errors[name] ? sayIt(errors[name]) : undefined}
      value={name.startsWith('hours.') ? draft.hours[name.slice(6) as keyof EntryDraft['hours']] : name === 'otherDeductionNote' ? draft.otherDeductionNote : name === 'unpaidLeaveDays' ? draft.unpaidLeaveDays : draft.amounts[name as keyof EntryDraft['amounts']]}
      inputMode={extra.inputMode ?? 'decimal'}
      maxLength={extra.maxLength}
      autoComplete="off"
      readOnly={finalised}
      onChange={(event) => type(name, event.target.value)}
    />
  );

  return (
    <section className="panel entry-editor" aria-labelledby="entry-editor-title" data-testid="entry-editor" data-dirty={dirty} onKeyDown={onKeyDown}>
      <h3 id="entry-editor-title">{t('payHours.title')}</h3>
      <p className="field-hint">{t('payHours.intro', { name: employee.name, month })}</p>
      {finalised ? (
        <p className="banner banner-warning" data-testid="entry-read-only">
          {t('payHours.readOnly', { month })}
        </p>
      ) : null}
      {restored ? (
        <div className={restored === 'restored' ? 'banner' : 'banner banner-warning'} data-testid="entry-restored" role="status">
          <p>
            {restored === 'restored'
              ? t('payHours.kept.restored', { name: employee.name, month })
              : t('payHours.kept.notApplied', { name: employee.name, month })}
          </p>
          <button type="button" className="button button-small" onClick={discardKept}>
            {t('payHours.kept.discard')}
          </button>
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="entry-group">
          <legend>{t('payHours.group.deductions')}</legend>
          <div className="entry-grid">
            {field('salary_advance', t('payHours.salaryAdvance'))}
            {field('loan_repayment', t('payHours.loanRepayment'))}
            {field('zakat', t('payHours.zakat'))}
            {field('other_deduction', t('payHours.otherDeduction'))}
            {field('otherDeductionNote', t('payHours.otherDeductionNote'), { hint: t('payHours.otherDeductionNote.hint'), inputMode: 'text', maxLength: 200 })}
          </div>
        </fieldset>

        <fieldset className="entry-group">
          <legend>{t('payHours.group.overtime')}</legend>
          <p className="field-hint">
            {t('payHours.normalHours', { hours: formatHours(basis.normalMinutesPerDay) })} {t('payHours.hours.hint')}
          </p>
          <div className="entry-grid">
            {OVERTIME_KINDS.map((kind) => (
              <div key={kind}>{field(`hours.${kind}`, t(`payHours.overtime.${kind}`))}</div>
            ))}
            {field('overtime', t('payHours.overtimeAmount'), { hint: t('payHours.overtimeAmount.hint') })}
          </div>
          <Working worked={worked.overtime} typed={draft.amounts.overtime} noRate={rate.sen === 0} testId="overtime-working" readOnly={finalised} onUse={() => setDraft(followWorked({ ...draft, overtimeFollows: true }, entry, basis))} />
        </fieldset>

        <fieldset className="entry-group">
          <legend>{t('payHours.group.unpaidLeave')}</legend>
          <div className="entry-grid">
            {field('unpaidLeaveDays', t('payHours.unpaidLeaveDays'), { inputMode: 'numeric', maxLength: 2 })}
            {field('unpaid_leave', t('payHours.unpaidLeaveAmount'), { hint: t('payHours.unpaidLeave.hint') })}
          </div>
          <Working worked={worked.unpaidLeave} typed={draft.amounts.unpaid_leave} noRate={rate.sen === 0} testId="unpaid-leave-working" readOnly={finalised} onUse={() => setDraft(followWorked({ ...draft, unpaidFollows: true }, entry, basis))} />
        </fieldset>

        {suggestion && !finalised ? (
          <div className="entry-group entry-prorated" data-testid="prorated-suggestion">
            <h4>{t('payHours.prorated.title', { month })}</h4>
            <p>{t('payHours.prorated.basic', { basic: formatRinggit(entry?.items.basic ?? 0) })}</p>
            <ul className="explain-list">{suggestion.working.map((w, i) => <li key={i}>{sayIt(w)}</li>)}</ul>
            <p className="field-hint">{t('payHours.prorated.note')}</p>
            {draft.basic !== null ? (
              <p role="status">{t('payHours.prorated.applied', { amount: formatRinggit(basicSen) })}</p>
            ) : (suggestion.amountSen !== (entry?.items.basic ?? 0) ? (
              <button type="button" className="button button-small" onClick={() => setDraft(followWorked({ ...draft, basic: senToDecimal(suggestion.amountSen) }, entry, basis))}>
                {t('payHours.prorated.apply', { amount: formatRinggit(suggestion.amountSen) })}
              </button>
            ) : null)}
          </div>
        ) : null}

        <FormAlert message={formError} />
        <p role="status" className={saved && !dirty && netSen !== null ? 'status-message' : 'status-message status-empty'} data-testid="entry-status">
          {saved && !dirty && netSen !== null ? t('payHours.saved', { name: employee.name, month, net: formatRinggit(netSen) }) : ''}
        </p>
        {finalised ? null : (
          <div className="button-row">
            <button type="submit" className="button button-primary" aria-disabled={busy || !dirty || undefined}>
              {busy ? t('payHours.saving') : t('payHours.save')}
            </button>
            <button type="button" className="button" aria-disabled={!dirty || undefined} onClick={() => (dirty ? revert() : undefined)}>
              {t('payHours.revert')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}

/** The working of a helper's amount, and when the amount typed is not it, the offer to use it. */
function Working({ worked, typed, noRate, testId, readOnly, onUse }: { worked: Worked | null; typed: string; noRate: boolean; testId: string; readOnly: boolean; onUse(): void }) {
  const { t, say, locale } = useI18n();
  if (noRate) return <p className="field-hint">{t('payHours.noRate')}</p>;
  if (!worked || worked.working.length === 0) return null;
  const typedAmount = typedSen(typed);
  const differs = typedAmount !== null && typedAmount !== worked.amountSen;
  return (
    <div className="entry-working" data-testid={testId}>
      <ul className="explain-list">
        {worked.working.map((w, i) => (
          <li key={i}>{say(withCalendarWords({ key: w.key, params: { ...w.params } }, locale))}</li>
        ))}
      </ul>
      {differs ? (
        <p className="field-hint">
          {t('payHours.differs', { worked: formatRinggit(worked.amountSen), typed: formatRinggit(typedAmount) })}{' '}
          {readOnly ? null : (
            <button type="button" className="button button-small" onClick={onUse}>
              {t('payHours.useWorked', { amount: formatRinggit(worked.amountSen) })}
            </button>
          )}
        </p>
      ) : null}
    </div>
  );
}

/** The draft field a service error names ("entry.deductions.unpaid_leave" → unpaid_leave). */
function fieldOf(field: string | undefined): DraftField | null {
  if (!field) return null;
  const name = field.replace(/^entry\./, '').replace(/^deductions\./, '').replace(/^items\./, '');
  if (name === 'otherDeductionNote' || name === 'unpaidLeaveDays') return name;
  if (['salary_advance', 'loan_repayment', 'other_deduction', 'zakat', 'unpaid_leave', 'overtime'].includes(name)) return name as DraftField;
  return null;
}

function focusFirstError(errors: FieldErrors) {
  const first = Object.keys(errors)[0];
  if (first) document.getElementById(`entry-${first.replace('.', '-')}`)?.focus();
}
