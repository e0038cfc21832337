// On the employees list: forms typed earlier and not saved (the app was closed, the renderer
// reloaded or crashed), each with a button to continue it.
import { useI18n } from '../../i18n/I18nProvider';
import type { KeptForm } from './form-drafts';

export function KeptFormsNotice({ forms, onContinue }: { forms: readonly KeptForm[]; onContinue(form: KeptForm): void }) {
  const { t } = useI18n();
  if (forms.length === 0) return null;
  return (
    <section className="panel confirm-panel kept-forms" aria-labelledby="kept-forms-title" data-testid="kept-forms">
      <h2 id="kept-forms-title" className="kept-forms-title">
        {t('employees.drafts.title')}
      </h2>
      <ul>
        {forms.map((form) => {
          const name = form.name || t('employees.drafts.unnamed');
          const text = form.employeeId === null ? t('employees.drafts.new', { name }) : t('employees.drafts.edit', { name });
          return (
            <li key={form.employeeId ?? 'new'}>
              <span>{text}</span>{' '}
              <button type="button" className="button button-small" aria-label={`${t('employees.drafts.continue')}: ${text}`} onClick={() => onContinue(form)}>
                {t('employees.drafts.continue')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
