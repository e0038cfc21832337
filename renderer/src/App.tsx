// The application frame: header (name, current company, language), navigation, main content.
import { useEffect, useRef, type ComponentType, type MouseEvent } from 'react';
import { CompanySwitcher } from './components/CompanySwitcher';
import { SampleBanner } from './components/SampleBanner';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useT } from './i18n/I18nProvider';
import { ROUTES, hrefFor, navigate, useRoute, type RouteId } from './routes';
import { CompaniesScreen } from './screens/CompaniesScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { EmployeesScreen } from './screens/EmployeesScreen';
import { FirstRunScreen } from './screens/FirstRunScreen';
import { useFirstRunGate } from './screens/first-run/gate';
import { FilesScreen } from './screens/FilesScreen';
import { PayrollScreen } from './screens/payroll/PayrollScreen';
import { PlaceholderScreen } from './screens/PlaceholderScreen';
import { PortalScreen } from './screens/PortalScreen';
import { ReportsScreen } from './screens/ReportsScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { WagesScreen } from './screens/WagesScreen';
import { UnsavedChangesProvider } from './state/UnsavedChanges';
import { Brand } from './components/Brand';

/** The screen of each route; a route not built yet shows its placeholder. */
const SCREENS: Partial<Record<RouteId, ComponentType>> = {
  dashboard: DashboardScreen,
  companies: CompaniesScreen,
  employees: EmployeesScreen,
  wages: WagesScreen,
  payroll: PayrollScreen,
  files: FilesScreen,
  reports: ReportsScreen,
  portal: PortalScreen,
  settings: SettingsScreen,
};

function Screen({ route }: { route: RouteId }) {
  const Built = SCREENS[route];
  if (Built) return <Built />;
  const entry = ROUTES.find((candidate) => candidate.id === route);
  return <PlaceholderScreen titleKey={entry?.navKey ?? 'nav.companies'} />;
}

export function App() {
  return (
    <UnsavedChangesProvider>
      <Shell />
    </UnsavedChangesProvider>
  );
}

function Shell() {
  const t = useT();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // No company yet: the guided first-run setup instead of the screens.
  const firstRun = useFirstRunGate(route);

  // After a navigation, focus moves to the new screen's title so keyboard and screen-reader
  // users start there (not on the first render: the page has just loaded).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus();
  }, [route]);

  function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
    // The hash holds the route; the skip link only moves focus.
    event.preventDefault();
    mainRef.current?.focus();
  }

  if (firstRun.show) {
    return (
      <FirstRunScreen
        onFinish={() => {
          firstRun.finish();
          navigate('employees');
        }}
        onSkip={() => {
          firstRun.skip();
          navigate('companies');
        }}
        onRestore={() => {
          firstRun.finish();
          navigate('settings');
        }}
      />
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <Brand />
        <CompanySwitcher />
        <LanguageSwitch />
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label={t('shell.nav.label')}>
          <ul>
            {ROUTES.map((entry) => (
              <li key={entry.id}>
                <a
                  href={hrefFor(entry.id)}
                  className="nav-link"
                  aria-current={entry.id === route ? 'page' : undefined}
                >
                  {t(entry.navKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main-content" className="app-main" ref={mainRef} tabIndex={-1}>
          <SampleBanner />
          <Screen route={route} />
        </main>
      </div>
    </div>
  );
}
