// The ASSIST portal screen: the company's portal session (desktop app) beside a guide through the
// upload and payment, the month's files, FPX limits, receipts and the month's status.
import { CompanyScreen } from '../components/RequireCompany';
import { useT } from '../i18n/I18nProvider';
import { PortalWorkspace } from './portal/PortalWorkspace';
import './portal/portal.css';

export function PortalScreen() {
  const t = useT();
  return (
    <CompanyScreen name="portal" title={t('portal.title')} wide={false}>
      {(company) => <PortalWorkspace company={company} />}
    </CompanyScreen>
  );
}
