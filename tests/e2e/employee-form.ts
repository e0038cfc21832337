// Where the employee-form specs begin: Kedai Runcit Ali with one employee, the app in the locale
// asked for, and that employee's form opened from the Employees screen as a user opens it.
import type { Page } from '@playwright/test';
import { translate } from '../../shared/i18n/catalog';
import type { AppHandle, GotoApp } from './harness';

type NewEmployee = Parameters<AppHandle['services']['employees']['create']>[1];

/** Creates the company and the employee (through the services), then opens the employee's form. */
export async function openEmployeeForm(page: Page, app: AppHandle, gotoApp: GotoApp, locale: 'en' | 'ms', employee: NewEmployee): Promise<{ id: number }> {
  app.services.settings.setLocale(locale);
  const company = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
  const created = app.services.employees.create(company.id, employee);
  await gotoApp(page, '#/employees');
  await page.getByRole('button', { name: translate(locale, 'employees.edit.label', { name: employee.name }) }).click();
  return created;
}
