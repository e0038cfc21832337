import type { ReactNode } from 'react';
import type { Company } from '../../../shared/domain/company';
import { useT } from '../i18n/I18nProvider';
import { hrefFor } from '../routes';
import { useCurrentCompany } from '../state/CurrentCompany';

/**
 * For screens that work on one company (employees, wages, files): renders `children(current)`
 * only when a company is chosen, otherwise a short explanation. Key the screen's state on
 * `company.id` (e.g. <EmployeesList key={company.id} company={company} />) so nothing from one
 * company survives a switch to another.
 */
export function RequireCompany({ children }: { children: (company: Company) => ReactNode }) {
  const t = useT();
  const { current, companies, loaded } = useCurrentCompany();
  if (!loaded) return <p className="muted">{t('status.loading')}</p>;
  if (current) return <>{children(current)}</>;
  return (
    <div className="panel require-company">
      <p>{companies.length === 0 ? t('shell.company.requiredNone') : t('shell.company.required')}</p>
      {companies.length === 0 ? <a href={hrefFor('companies')}>{t('shell.company.goToCompanies')}</a> : null}
    </div>
  );
}
