// The ASSIST files screen: make the month's upload files (#/files) or check any file (#/files/check).
import type { Company } from '../../../shared/domain/company';
import { api } from '../api/client';
import { CompanyScreen } from '../components/RequireCompany';
import { useT } from '../i18n/I18nProvider';
import { useLoad } from '../lib/useLoad';
import { hrefFor } from '../routes';
import { CheckFile } from './files/CheckFile';
import { MakeFiles } from './files/MakeFiles';
import { useFilesView } from './files/model';
import '../styles/records.css';
import '../styles/files.css';
import '../styles/files-written.css';
import '../styles/files-check.css';

export function FilesScreen() {
  const t = useT();
  const view = useFilesView();
  const tabs = (
    <nav className="sub-tabs" aria-label={t('files.tabs.label')}>
      <a className="sub-tab" href={hrefFor('files')} aria-current={view === 'make' ? 'page' : undefined}>
        {t('files.tab.make')}
      </a>
      <a className="sub-tab" href={`${hrefFor('files')}/check`} aria-current={view === 'check' ? 'page' : undefined}>
        {t('files.tab.check')}
      </a>
    </nav>
  );
  return (
    <CompanyScreen name="files" title={t('files.title')} header={tabs}>
      {(company) => <Files company={company} view={view} />}
    </CompanyScreen>
  );
}

/** Whether this is the desktop app: it can open folders and copy paths through the main process. */
function useDesktop(): boolean {
  // A failure to ask is the same as a browser: nothing to open or copy through the main process.
  const desktop = useLoad(() => api.call('portal:status', {}), []).value?.available ?? false;
  return desktop;
}

function Files({ company, view }: { company: Company; view: 'make' | 'check' }) {
  const desktop = useDesktop();
  return view === 'check' ? <CheckFile company={company} /> : <MakeFiles company={company} desktop={desktop} />;
}
