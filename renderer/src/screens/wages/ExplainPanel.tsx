// How one row's amounts were worked out, in words: the age and category, each scheme's reason,
// band and amounts, as the shared engine explains them. A disclosure (a button with
// aria-expanded), so it is reached by keyboard and by touch, not only by hovering a cell; open, it
// follows the row the user is on in the grid (or whose total was tapped). The grid's rows carry
// amounts only: the explanation is worked out here, by the same engine from the same facts, and
// only while the panel is open.
import { useMemo } from 'react';
import { api } from '../../api/client';
import { useLoad } from '../../lib/useLoad';
import { DisclosureButton } from '../../components/DisclosureButton';
import type { Message } from '../../i18n/messages';
import type { WageGridRow } from '../../../../shared/domain/wage-grid';
import { formatMonthName } from '../../../../shared/calendar';
import { formatRinggit } from '../../../../shared/money/sen';
import { withCalendarWords } from '../../i18n/calendar-params';
import { useI18n } from '../../i18n/I18nProvider';
import { explainEpfRow, explainRow, type RowComputed } from './model';

/** The disclosure button for the panel below (placed with the grid's other controls). */
export function ExplainToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useI18n();
  return (
    <DisclosureButton className="button button-small explain-toggle" open={open} controls="wage-explanation" onToggle={onToggle}>
      {t('wages.explain.toggle')}
    </DisclosureButton>
  );
}

export interface ExplainPanelProps {
  open: boolean;
  companyId: number;
  /** Bumped when the month's PCB was worked out again (after a save). */
  pcbSeq: number;
  month: string;
  row: WageGridRow | undefined;
  computed: RowComputed | undefined;
}

export function ExplainPanel({ open, companyId, pcbSeq, month, row, computed }: ExplainPanelProps) {
  const { t, say, locale } = useI18n();
  const result = useMemo(() => (open && row && computed ? explainRow(month, row, computed) : null), [open, month, row, computed]);
  const pcb = usePcbWorking(open && row !== undefined && computed?.changed === false, companyId, month, row?.employeeId, pcbSeq);
  const epf = useMemo(() => (open && row && computed ? explainEpfRow(month, row, computed) : null), [open, month, row, computed]);
  return (
    <section
      id="wage-explanation"
      className="panel explain-panel"
      hidden={!open}
      aria-labelledby="wage-explanation-title"
      data-testid="wage-explanation"
    >
      {row ? (
        <>
          <h2 id="wage-explanation-title" className="explain-title">
            {t('wages.explain.title', { name: row.name, month: formatMonthName(month, locale) })}
          </h2>
          {result ? (
            <>
              <p className="explain-amounts">
                {t('wages.explain.amounts', {
                  wages: formatRinggit(result.wagesSen),
                  employer: formatRinggit(result.totals.employerSen),
                  employee: formatRinggit(result.totals.employeeSen),
                  total: formatRinggit(result.totals.totalSen),
                })}
              </p>
              <ul className="explain-list">
                {result.explanation.map((item, index) => (
                  <li key={index}>
                    {say(withCalendarWords({ key: item.key, params: { ...item.params } }, locale))}
                  </li>
                ))}
              </ul>
              {epf ? (
                <>
                  <p className="explain-amounts" data-testid="explain-epf">
                    {t('wages.explain.epf', {
                      employer: formatRinggit(epf.employerSen),
                      employee: formatRinggit(epf.employeeSen),
                      total: formatRinggit(epf.employerSen + epf.employeeSen),
                    })}
                  </p>
                  <ul className="explain-list" data-testid="explain-epf-list">
                    {epf.explanation.map((item, index) => (
                      <li key={index}>{say(withCalendarWords({ key: item.key, params: { ...item.params } }, locale))}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t('wages.explain.epfNone')}</p>
              )}
              {computed?.changed ? (
                <p data-testid="explain-pcb">{t('wages.explain.pcbAfterSave')}</p>
              ) : pcb === undefined ? null : pcb === null ? (
                <p data-testid="explain-pcb">{t('wages.explain.pcbNone')}</p>
              ) : (
                <>
                  <p className="explain-amounts" data-testid="explain-pcb">
                    {t('wages.explain.pcb', { pcb: formatRinggit(pcb.pcbSen), cp38: formatRinggit(pcb.cp38Sen) })}
                  </p>
                  <ul className="explain-list" data-testid="explain-pcb-list">
                    {pcb.working.map((line, index) => (
                      <li key={index}>{say({ key: line.key, params: { ...line.params } } as Message)}</li>
                    ))}
                  </ul>
                </>
              )}
            </>
          ) : (
            <p>{t('wages.explain.invalid')}</p>
          )}
          <p className="field-hint">{t('wages.explain.follows')}</p>
        </>
      ) : (
        <h2 id="wage-explanation-title" className="explain-title">
          {t('wages.explain.toggle')}
        </h2>
      )}
    </section>
  );
}

/**
 * LHDN's working for one saved row, fetched from the pay run when the panel shows it (undefined
 * while loading or when not wanted; null when the employee is not paid this month).
 */
function usePcbWorking(wanted: boolean, companyId: number, month: string, employeeId: number | undefined, seq: number) {
  // The working of before a save (an older `seq`) is never shown for the new figures.
  const working = useLoad(
    () =>
      wanted && employeeId !== undefined
        ? api.call('wages:pcbWorking', { companyId, month, employeeId }).then(
            (value) => ({ value }),
            () => ({ value: null }),
          )
        : Promise.resolve(null),
    [wanted, companyId, month, employeeId],
    { reloadOn: seq, clearOnReload: true },
  );
  return working.value === null ? undefined : working.value.value;
}
