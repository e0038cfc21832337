// The Payroll screen (issue 17): for the current company and month, each employee's pay from gross
// to net (payroll:month), the month's totals and what each body is paid, who cannot be paid as
// entered (the service's refusal, naming the employee) and what to check (the minimum wage,
// never a block); an employee's details with the payslip and each amount's explanation;
// Finalise / Unlock; the payslips written into a folder. Nothing is computed here: the figures
// are the pay run's, the same ones the payslips, the files and the CLI use.
import { useCallback, useRef, useState } from 'react';
import type { Company } from '../../../../shared/domain/company';
import type { Notice, PayrollMonth, UnlockResult } from '../../../../shared/payroll/month';
import { dateInMalaysia, monthToPayNow } from '../../../../shared/calendar';
import { formatRinggit } from '../../../../shared/money/sen';
import { api } from '../../api/client';
import { MonthField } from '../../components/MonthField';
import { RequireCompany } from '../../components/RequireCompany';
import { ScreenTitle } from '../../components/ScreenTitle';
import { withCalendarWords } from '../../i18n/calendar-params';
import { useI18n } from '../../i18n/I18nProvider';
import type { Message } from '../../i18n/messages';
import { useLoad } from '../../lib/useLoad';
import { useConfirmLeave } from '../../state/UnsavedChanges';
import { hrefFor, monthFromHash } from '../../routes';
import { columnsFor } from './columns';
import { LockPanel } from './LockPanel';
import { CorrectionsPanel } from './CorrectionsPanel';
import { PayrollDetail } from './PayrollDetail';
import { PayrollTable } from './PayrollTable';
import { OutputsPanel } from './OutputsPanel';
import '../../styles/payroll.css';

export function PayrollScreen() {
  const { t } = useI18n();
  return (
    <section className="screen screen-wide payroll-screen" aria-labelledby="payroll-title">
      <ScreenTitle id="payroll-title">{t('payrollScreen.title')}</ScreenTitle>
      <RequireCompany>{(company) => <Payroll key={company.id} company={company} />}</RequireCompany>
    </section>
  );
}

function Payroll({ company }: { company: Company }) {
  const { t, say, locale } = useI18n();
  const [month, setMonth] = useState(() => monthFromHash(window.location.hash) ?? monthToPayNow());
  const [version, setVersion] = useState(0);
  const loaded = useLoad(() => api.call('payroll:month', { companyId: company.id, month }), [company.id, month], { reloadOn: version });
  const payroll = loaded.value;
  const [openId, setOpenId] = useState<number | null>(null);
  const [detailSeq, setDetailSeq] = useState(0);
  const [focusRequest, setFocusRequest] = useState<{ index: number; seq: number } | null>(null);
  const [lockMode, setLockMode] = useState<'finalise' | 'unlock' | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [status, setStatus] = useState<{ month: string; message: Message; unlocked: UnlockResult | null } | null>(null);
  const sayNotice = (notice: Notice) => say(withCalendarWords({ key: notice.key, params: notice.params }, locale));
  const confirmLeave = useConfirmLeave();
  // The details' deductions and hours hold typing not saved: the details stay on that employee.
  const editorDirty = useRef(false);
  const onDirtyChange = useCallback((dirty: boolean) => {
    editorDirty.current = dirty;
  }, []);

  function changeMonth(next: string) {
    confirmLeave(() => showMonth(next));
  }

  function showMonth(next: string) {
    setMonth(next);
    setOpenId(null);
    setLockMode(null);
    setCorrecting(false);
    setStatus(null);
    window.history.replaceState(null, '', `${hrefFor('payroll')}?month=${next}`);
  }

  const lines = payroll?.lines ?? [];
  const openIndex = openId === null ? -1 : lines.findIndex((line) => line.employee.id === openId);
  const openLine = openIndex >= 0 ? lines[openIndex] : undefined;
  // An employee the pay run refuses has no row: their details open from the refusals box.
  const openRefusal = openId !== null && !openLine ? payroll?.refusals.find((r) => r.employeeId === openId) : undefined;

  function openRow(index: number) {
    const line = lines[index];
    if (!line) return;
    confirmLeave(() => {
      setOpenId((current) => (current === line.employee.id ? null : line.employee.id));
      setDetailSeq((n) => n + 1);
    });
  }

  function openRefused(employeeId: number) {
    confirmLeave(() => {
      setOpenId((current) => (current === employeeId ? null : employeeId));
      setDetailSeq((n) => n + 1);
    });
  }

  function closeDetail() {
    const index = openIndex;
    const refused = openRefusal?.employeeId;
    confirmLeave(() => {
      setOpenId(null);
      if (index >= 0) setFocusRequest((current) => ({ index, seq: (current?.seq ?? 0) + 1 }));
      // Back to the button that opened them (still there while the month is refused).
      else if (refused !== undefined) requestAnimationFrame(() => document.getElementById(refusalButtonId(refused))?.focus());
    });
  }

  function moveTo(index: number) {
    // Open details follow the row the user moves to (the focus stays in the table), unless they
    // hold deductions or hours typed and not saved.
    const line = lines[index];
    if (openId !== null && line && !editorDirty.current) setOpenId(line.employee.id);
  }

  const shownStatus = status?.month === month ? status : null;
  const columns = payroll ? columnsFor(payroll.totals) : { shown: [], hidden: [] };
  return (
    <>
      <p className="field-hint">{t('payrollScreen.intro')}</p>
      <div className="toolbar payroll-toolbar" role="group" aria-label={t('payrollScreen.toolbar.label')}>
        <MonthField id="payroll-month" label={t('payrollScreen.month.label')} month={month} onChange={changeMonth} />
        {payroll ? (
          <div className="button-row toolbar-actions">
            {payroll.status.finalised ? (
              <>
                <button type="button" className="button" aria-expanded={correcting} onClick={() => setCorrecting(true)}>
                  {t('payrollCorrections.open', { month })}
                </button>
                <button type="button" className="button" aria-expanded={lockMode === 'unlock'} onClick={() => setLockMode('unlock')}>
                  {t('payrollScreen.unlock.open', { month })}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button-primary"
                aria-expanded={lockMode === 'finalise'}
                aria-disabled={payroll.lines.length === 0 || undefined}
                onClick={() => (payroll.lines.length === 0 ? undefined : setLockMode('finalise'))}
              >
                {t('payrollScreen.finalise.open', { month })}
              </button>
            )}
          </div>
        ) : null}
      </div>

      {payroll ? <MonthStatus payroll={payroll} /> : null}
      <p role="status" className={shownStatus ? 'status-message' : 'status-message status-empty'} data-testid="payroll-status">
        {shownStatus ? say(shownStatus.message) : ''}
      </p>
      {shownStatus?.unlocked && shownStatus.unlocked.notices.length > 0 ? (
        <div className="banner banner-warning" data-testid="unlock-filed">
          <p>{t('payrollScreen.unlock.filed')}</p>
          <ul>
            {shownStatus.unlocked.notices.map((notice, index) => (
              <li key={index}>{sayNotice(notice)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {loaded.error ? (
        <p role="alert" className="form-error">
          {say(loaded.error)}
        </p>
      ) : null}

      {payroll && lockMode ? (
        <LockPanel
          payroll={payroll}
          mode={lockMode}
          onCancel={() => setLockMode(null)}
          onDone={(message, unlocked) => {
            setLockMode(null);
            setStatus({ month, message, unlocked });
            setVersion((n) => n + 1);
          }}
        />
      ) : null}

      {payroll && correcting && payroll.status.finalised ? (
        <CorrectionsPanel key={`${company.id}-${month}`} payroll={payroll} onClose={() => confirmLeave(() => setCorrecting(false))} />
      ) : null}

      {payroll === null && !loaded.error ? <p className="muted">{t('status.loading')}</p> : null}
      {payroll ? (
        <>
          <Refusals payroll={payroll} openId={openRefusal ? openRefusal.employeeId : null} onOpen={openRefused} />
          <Warnings payroll={payroll} />
          {openRefusal ? (
            <PayrollDetail
              payroll={payroll}
              line={null}
              refusal={openRefusal}
              onClose={closeDetail}
              focusSeq={detailSeq}
              onSaved={() => setVersion((n) => n + 1)}
              onDirtyChange={onDirtyChange}
            />
          ) : null}
          {payroll.lines.length === 0 ? (
            <div className="panel">
              <p className="empty-state">{t('payrollScreen.empty', { month })}</p>
              <a href={`${hrefFor('wages')}?month=${month}`}>{t('payrollScreen.toWages', { month })}</a>
            </div>
          ) : (
            <>
              <p className="payroll-payable" data-testid="payroll-payable">
                {t('payrollScreen.payable', {
                  month,
                  kwsp: formatRinggit(payroll.totals.payable.kwspSen),
                  perkeso: formatRinggit(payroll.totals.payable.perkesoSen),
                  lhdn: formatRinggit(payroll.totals.payable.lhdnSen),
                  net: formatRinggit(payroll.totals.netSen),
                })}{' '}
                {payroll.totals.payable.perkesoArrearsSen > 0
                  ? `${t('payrollScreen.payable.arrears', { amount: formatRinggit(payroll.totals.payable.perkesoArrearsSen) })} `
                  : ''}
                {payroll.totals.hrdLevySen > 0
                  ? `${t('payrollScreen.hrdLevy', { levy: formatRinggit(payroll.totals.hrdLevySen), wages: formatRinggit(payroll.totals.hrdLevyWagesSen) })} `
                  : ''}
                {t('payrollScreen.cost', { cost: formatRinggit(payroll.totals.employerCostSen) })}
              </p>
              {openLine ? (
                <PayrollDetail
                  payroll={payroll}
                  line={openLine}
                  refusal={null}
                  onClose={closeDetail}
                  focusSeq={detailSeq}
                  onSaved={() => setVersion((n) => n + 1)}
                  onDirtyChange={onDirtyChange}
                />
              ) : null}
              <p className="field-hint" id="payroll-help">
                {t('payrollScreen.help')}
              </p>
              <PayrollTable
                month={month}
                lines={payroll.lines}
                totals={payroll.totals}
                columns={columns.shown}
                openId={openLine ? openLine.employee.id : null}
                onOpen={openRow}
                onMove={moveTo}
                focusRequest={focusRequest}
              />
              {columns.hidden.length > 0 ? (
                <p className="field-hint" data-testid="payroll-columns-hidden">
                  {t('payrollScreen.columnsHidden', { columns: columns.hidden.map((c) => t(c.label)).join(', ') })}
                </p>
              ) : null}
            </>
          )}
          <NotPaid payroll={payroll} />
          {payroll.lines.length > 0 ? <OutputsPanel payroll={payroll} /> : null}
        </>
      ) : null}
    </>
  );
}

/** Draft or finalised (on which date), and past unlocks with the last reason. */
function MonthStatus({ payroll }: { payroll: PayrollMonth }) {
  const { t } = useI18n();
  const { status, month } = payroll;
  const last = status.unlocks[0];
  return (
    <div className={status.finalised ? 'banner banner-ok payroll-state' : 'banner payroll-state'} data-testid="payroll-state" data-finalised={status.finalised}>
      <p>
        {status.finalised && status.finalisedAt
          ? t('payrollScreen.status.finalised', { month, date: dateInMalaysia(status.finalisedAt) })
          : t('payrollScreen.status.draft', { month })}
      </p>
      {last ? <p className="field-hint">{t('payrollScreen.status.unlocks', { count: status.unlocks.length, reason: last.reason })}</p> : null}
    </div>
  );
}

const refusalButtonId = (employeeId: number) => `refusal-open-${employeeId}`;

/**
 * Employees whose month cannot be paid as entered: the service's own words, naming each, and a
 * button to their deductions and hours, the place to fix it (they have no row in the table).
 */
function Refusals({ payroll, openId, onOpen }: { payroll: PayrollMonth; openId: number | null; onOpen(employeeId: number): void }) {
  const { t, say, locale } = useI18n();
  if (payroll.refusals.length === 0) return null;
  return (
    <div role="alert" className="panel payroll-refusals" data-testid="payroll-refusals">
      <h2>{t('payrollScreen.refusals.title', { count: payroll.refusals.length })}</h2>
      <ul>
        {payroll.refusals.map((refusal) => (
          <li key={refusal.employeeId}>
            {say(withCalendarWords({ key: refusal.key, params: refusal.params }, locale))}{' '}
            <button
              type="button"
              id={refusalButtonId(refusal.employeeId)}
              className="button button-small"
              aria-expanded={openId === refusal.employeeId}
              aria-controls="payroll-detail"
              onClick={() => onOpen(refusal.employeeId)}
            >
              {t('payrollScreen.refusals.open', { name: refusal.name })}
            </button>
          </li>
        ))}
      </ul>
      <p className="field-hint">{t('payrollScreen.refusals.hint')}</p>
    </div>
  );
}

/** What to check: the month's own warnings, then each employee's (the minimum wage): never a block. */
function Warnings({ payroll }: { payroll: PayrollMonth }) {
  const { t, say, locale } = useI18n();
  const employees = payroll.lines.flatMap((line) => line.payroll.warnings.map((warning) => ({ name: line.employee.name, id: line.employee.id, warning })));
  if (payroll.warnings.length === 0 && employees.length === 0) return null;
  return (
    <div className="banner banner-warning payroll-warnings" data-testid="payroll-warnings">
      <h2>{t('payrollScreen.warnings.title')}</h2>
      <ul>
        {payroll.warnings.map((warning, index) => (
          <li key={`month-${index}`}>{say(withCalendarWords({ key: warning.key, params: warning.params }, locale))}</li>
        ))}
        {employees.map(({ name, id, warning }, index) => (
          <li key={`${id}-${index}`}>
            {t('payrollScreen.warning.employee', { name, message: say(withCalendarWords({ key: warning.key, params: { ...warning.params } }, locale)) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function NotPaid({ payroll }: { payroll: PayrollMonth }) {
  const { t } = useI18n();
  if (payroll.notPaid.length === 0) return null;
  return (
    <details className="panel payroll-not-paid" data-testid="payroll-not-paid">
      <summary>{t('payrollScreen.notPaid.title', { count: payroll.notPaid.length, month: payroll.month })}</summary>
      <ul>
        {payroll.notPaid.map((person) => (
          <li key={person.employeeId}>
            {person.reason === 'noEntry'
              ? t('payrollScreen.notPaid.noEntry', { name: person.name, id: person.idNumber })
              : t('payrollScreen.notPaid.nothingPaid', { name: person.name, id: person.idNumber })}
          </li>
        ))}
      </ul>
    </details>
  );
}
