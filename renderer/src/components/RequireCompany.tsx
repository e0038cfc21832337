import { Fragment, type ReactNode } from 'react';
import type { Company } from '../../../shared/domain/company';
import { useT } from '../i18n/I18nProvider';
import { hrefFor } from '../routes';
import { useCurrentCompany } from '../state/CurrentCompany';
import { ScreenTitle } from './ScreenTitle';

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

/**
 * The frame of a screen that works on one company: its section, its title and, once a company is
 * chosen, `children(company)` keyed on the company, so nothing from one company survives a switch
 * to another. `name` gives the classes and ids (`<name>-screen`, `<name>-title`); `header` sits
 * under the title whether or not a company is chosen (the Files screen's tabs).
 */
export function CompanyScreen({
  name,
  title,
  wide = true,
  header,
  children,
}: {
  name: string;
  title: string;
  wide?: boolean;
  header?: ReactNode;
  children: (company: Company) => ReactNode;
}) {
  return (
    <section className={`screen${wide ? ' screen-wide' : ''} ${name}-screen`} aria-labelledby={`${name}-title`}>
      <ScreenTitle id={`${name}-title`}>{title}</ScreenTitle>
      {header}
      <RequireCompany>{(company) => <Fragment key={company.id}>{children(company)}</Fragment>}</RequireCompany>
    </section>
  );
}
