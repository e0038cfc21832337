// The ASSIST portal screen: the company's portal session (desktop app) beside a guide through the
// upload and payment, the month's files, FPX limits, receipts and the month's status.
import { RequireCompany } from '../components/RequireCompany';
import { ScreenTitle } from '../components/ScreenTitle';
import { useT } from '../i18n/I18nProvider';
import { PortalWorkspace } from './portal/PortalWorkspace';
import './portal/portal.css';

export function PortalScreen() {
  const t = useT();
  return (
    <section className="screen portal-screen" aria-labelledby="portal-title">
      <ScreenTitle id="portal-title">{t('portal.title')}</ScreenTitle>
      <RequireCompany>{(company) => <PortalWorkspace key={company.id} company={company} />}</RequireCompany>
    </section>
  );
}
