import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Message } from '../i18n/messages';
import { useCurrentCompany } from '../state/CurrentCompany';
import { useConfirmLeave } from '../state/UnsavedChanges';

/**
 * The company everything applies to, always in view: its name and PERKESO employer code. A
 * bookkeeper switches here; the switch is announced politely.
 */
export function CompanySwitcher() {
  const { t, say } = useI18n();
  const { companies, current, select, loaded } = useCurrentCompany();
  const [announcement, setAnnouncement] = useState<Message | null>(null);
  // Unsaved typing on the screen is never thrown away by a switch without asking first.
  const confirmLeave = useConfirmLeave();
  const currentName = current ? t('shell.company.option', { name: current.name, employerCode: current.employerCode }) : null;

  return (
    <div className="header-control company-switcher">
      <label htmlFor="company-switch" className="header-label">
        {t('companies.current')}
      </label>
      <div className="company-switcher-row">
        <select
          id="company-switch"
          className="select company-select"
          // A long name is cut short in a narrow header: the whole of it shows on hover (title) and
          // on focus (the line below, which is also the select's description for a screen reader).
          title={currentName ?? undefined}
          aria-describedby={currentName ? 'company-switch-full' : undefined}
          value={current ? String(current.id) : ''}
          disabled={!loaded || companies.length === 0}
          onChange={(event) => {
            const id = Number(event.target.value);
            const chosen = companies.find((company) => company.id === id);
            if (!chosen) return;
            confirmLeave(() => {
              select(chosen.id);
              setAnnouncement({
                key: 'shell.company.switched',
                params: { name: chosen.name, employerCode: chosen.employerCode },
              });
            });
          }}
        >
          {current ? null : (
            <option value="" disabled>
              {companies.length === 0 ? t('shell.company.noneYet') : t('shell.company.choose')}
            </option>
          )}
          {companies.map((company) => (
            <option key={company.id} value={String(company.id)}>
              {t('shell.company.option', { name: company.name, employerCode: company.employerCode })}
              {company.isSample ? ` · ${t('sample.badge')}` : ''}
            </option>
          ))}
        </select>
        <span className="employer-code" data-testid="current-employer-code">
          <span className="visually-hidden">{t('shell.company.codeLabel')} </span>
          {current ? current.employerCode : <span className="muted">{t('shell.company.noneChosen')}</span>}
        </span>
        {current?.isSample ? <span className="badge badge-sample" data-testid="current-sample-badge">{t('sample.badge')}</span> : null}
      </div>
      {currentName ? (
        <span id="company-switch-full" className="company-full-name" data-testid="company-full-name">
          {currentName}
        </span>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement ? say(announcement) : ''}
      </p>
    </div>
  );
}
