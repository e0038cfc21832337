import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { I18nProvider } from './i18n/I18nProvider';
import { CurrentCompanyProvider } from './state/CurrentCompany';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/table.css';

const container = document.getElementById('root');
if (!container) throw new Error('Caruman: #root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <I18nProvider>
        <CurrentCompanyProvider>
          <App />
        </CurrentCompanyProvider>
      </I18nProvider>
    </ErrorBoundary>
  </StrictMode>,
);
