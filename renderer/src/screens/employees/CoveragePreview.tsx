// What the rules give for this employee this month, as the form stands: SOCSO category, EIS and
// LINDUNG 24 Jam, each with the reason in plain words. Updated as the user types.
import type { ReactNode } from 'react';
import { formatMonthName } from '../../../../shared/calendar';
import type { ContributionResult, ExplanationItem } from '../../../../shared/statutory';
import { useI18n } from '../../i18n/I18nProvider';
import { Facts } from '../../components/Facts';

const NOTE_KEYS = new Set(['statutory.explain.lateInsuredIgnored', 'statutory.explain.noEisBefore57Ignored']);

/** `children`: more of what the rules say (the EPF part and PCB category), shown under SOCSO's. */
export function CoveragePreview({ result, month, children }: { result: ContributionResult | null; month: string; children?: ReactNode }) {
  const { t, say, locale } = useI18n();
  const sayItem = (item: ExplanationItem) => say({ key: item.key, params: { ...item.params } });

  if (!result) {
    return (
      <aside className="panel coverage-preview" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t('employees.preview.title', { month: formatMonthName(month, locale) })}</h2>
        <p className="muted">{t('employees.preview.unavailable')}</p>
        {children}
      </aside>
    );
  }

  const socsoStatus =
    result.category === null ? t('employees.preview.socso.notCovered') : t(`employees.category.${result.category}`);
  // EIS and LINDUNG 24 Jam: in, out, or not in force yet this month.
  const statusOf = (scheme: 'eis' | 'lindung') =>
    result[scheme].status === 'applies'
      ? t(`employees.preview.${scheme}.in`)
      : result[scheme].status === 'not_in_force'
        ? t('employees.preview.notInForce')
        : t(`employees.preview.${scheme}.out`);
  const notes = result.explanation.filter((item) => NOTE_KEYS.has(item.key));

  return (
    <aside className="panel coverage-preview" aria-labelledby="coverage-heading" data-testid="coverage-preview">
      <h2 id="coverage-heading">{t('employees.preview.title', { month: formatMonthName(month, locale) })}</h2>
      <p className="field-hint">
        {result.age === null ? t('employees.preview.ageUnknown') : t('employees.preview.age', { age: result.age })}
      </p>
      <Facts
        className="coverage-list"
        live
        facts={[
          { scheme: 'socso', label: t('employees.preview.socso'), on: result.category !== null, status: socsoStatus, reason: result.socso.reason },
          { scheme: 'eis', label: t('employees.preview.eis'), on: result.eis.status === 'applies', status: statusOf('eis'), reason: result.eis.reason },
          { scheme: 'lindung', label: t('employees.preview.lindung'), on: result.lindung.status === 'applies', status: statusOf('lindung'), reason: result.lindung.reason },
        ].map(({ scheme, label, on, status, reason }) => ({
          label,
          value: (
            <>
              <strong>{status}</strong>
              <span>{sayItem(reason)}</span>
            </>
          ),
          className: `coverage-item ${on ? 'is-on' : 'is-off'}`,
          testId: `coverage-${scheme}`,
        }))}
      />
      {notes.map((note) => (
        <p key={note.key} className="field-hint">
          {sayItem(note)}
        </p>
      ))}
      {children}
    </aside>
  );
}
