import { useCallback, useState } from 'react';
import type { Company } from '../../../../shared/domain/company';
import { api } from '../../api/client';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { useLoad } from '../../lib/useLoad';
import { GuidePanel } from './GuidePanel';
import { PortalView } from './PortalView';
import { ReceiptsPanel } from './ReceiptsPanel';
import { PORTAL_LOGIN_URL } from '../../../../shared/assist/portal';
import { monthToPayNow } from '../../../../shared/calendar';
import { MonthField } from '../../components/MonthField';

export function PortalWorkspace({ company }: { company: Company }) {
  const t = useT();
  const { say } = useI18n();
  const [month, setMonth] = useState(() => monthToPayNow());
  /** Bumped when the portal files a download, so the receipts list reloads. */
  const [receiptsVersion, setReceiptsVersion] = useState(0);

  const portalState = useLoad(() => api.call('portal:status', {}), []);
  const portal = portalState.value;
  const error = portalState.error;

  const onDownload = useCallback(() => setReceiptsVersion((v) => v + 1), []);

  return (
    <div className="portal-workspace">
      <div className="toolbar portal-month">
        <MonthField id="portal-month" label={t('portal.month')} month={month} onChange={setMonth} />
      </div>
      {error ? <p className="form-error">{say(error)}</p> : null}
      <div className="portal-layout">
        <div className="portal-main">
          {portal === null ? (
            <p className="muted">{t('status.loading')}</p>
          ) : portal.available ? (
            <PortalView company={company} month={month} onDownload={onDownload} />
          ) : (
            <div className="panel portal-browser-only" data-testid="portal-browser-only">
              <h2>{t('portal.browserOnly.title')}</h2>
              <p>{t('portal.browserOnly.body')}</p>
              <a className="button button-primary" href={PORTAL_LOGIN_URL} target="_blank" rel="noopener noreferrer">
                {t('portal.browserOnly.open')}
              </a>
            </div>
          )}
        </div>
        <aside className="portal-side">
          <GuidePanel company={company} month={month} desktop={portal?.available === true} />
          <ReceiptsPanel company={company} month={month} version={receiptsVersion} />
        </aside>
      </div>
    </div>
  );
}
