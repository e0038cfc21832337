// The employee form's payroll records end to end, in both languages: EPF, income tax, bank and
// payslip fields filled, refused where wrong (at the field, in the user's language), saved to
// SQLite, found again after a reload; the live preview says the EPF part and the PCB category;
// typing not saved survives a reload. Real UI, real router, real SQLite (see harness.ts).
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { translate } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase, SCREENSHOT_DIR } from './harness';
import { openEmployeeForm } from './employee-form';

/** The form's payroll section at the two laptop sizes, for the review screenshots. */
async function payrollSectionScreenshots(page: Page, memberNumberField: Locator, locale: 'en' | 'ms') {
  for (const [width, height] of [
    [1280, 720],
    [1024, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    await memberNumberField.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `employee-form-payroll-${locale}-${width}x${height}.png`) });
  }
}

/** An accessible description that says this message (after the error mark). */
const saying = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const PAYROLL_COLUMNS =
  'epf_member_number, epf_status, epf_keep_11, epf_keep_11_date, tax_number, tax_resident, marital_status, spouse_working, disabled, spouse_disabled, ' +
  'children_basic, children_study, children_disabled, children_disabled_study, bank_name, bank_account, payslip_language, job_title, staff_number, monthly_rate';

for (const locale of ['en', 'ms'] as const) {
  const tr = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
  const field = (page: Page, name: string) => page.getByLabel(tr(`employees.field.${name}`), { exact: true });

  test(`payroll records on the employee form (${locale}): filled, refused at the field, saved, found after a reload`, async ({ page, app, gotoApp }) => {
    const ali = await openEmployeeForm(page, app, gotoApp, locale, { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151', hireDate: '2024-01-02' });

    // The preview: a citizen below 60 is in Part A, by the nationality; single is PCB category 1.
    const epf = page.getByTestId('preview-epf');
    const pcb = page.getByTestId('preview-pcb');
    await expect(epf).toContainText(tr('employees.preview.epf.part', { part: 'A' }));
    await expect(epf).toContainText(tr('employees.preview.epf.status.fromNationality', { status: tr('employees.epfStatus.citizen') }));
    await expect(epf).toContainText(tr('epf.explain.part.A.citizen'));
    await expect(pcb).toContainText(tr('employees.preview.pcb.category', { category: 1 }));
    await expect(field(page, 'epfStatus')).toHaveValue('');
    await expect(field(page, 'epfStatus').locator('option:checked')).toHaveText(
      tr('employees.epfStatus.fromNationality', { status: tr('employees.epfStatus.citizen') }),
    );

    // The spouse questions appear once married, and the category follows.
    await expect(field(page, 'spouseWorking')).toHaveCount(0);
    await field(page, 'maritalStatus').selectOption('married');
    await expect(pcb).toContainText(tr('employees.preview.pcb.category', { category: 2 }));
    await expect(pcb).toContainText(tr('tax.working.category.2'));
    await field(page, 'spouseWorking').check();
    await expect(pcb).toContainText(tr('employees.preview.pcb.category', { category: 3 }));

    await field(page, 'epfMemberNumber').fill('1234 5678');
    await field(page, 'epfKeep11').check();
    await field(page, 'epfKeep11Date').fill('4/5/2020');
    await field(page, 'taxNumber').fill('ig 531367-080');
    await field(page, 'childrenBasic').fill('two');
    await field(page, 'childrenStudy').fill('1');
    await field(page, 'jobTitle').fill('Juruwang');
    await field(page, 'staffNumber').fill('S-0012');
    await field(page, 'monthlyRate').fill('2,500');
    // RM2,500.00 is the band RM2,480.01–2,500.00: 13 % and 11 % of RM2,500.
    await expect(page.getByTestId('preview-epf-shares')).toHaveText(
      tr('employees.preview.epf.shares', { rate: 'RM2,500.00', employer: 'RM325.00', employee: 'RM275.00' }),
    );
    await field(page, 'bankName').fill('Maybank');
    await field(page, 'bankAccount').fill('5140 1234 5678');
    await field(page, 'payslipLanguage').selectOption('en');

    // "two" children is refused where it was typed, in the user's language; nothing is stored.
    await page.getByRole('button', { name: tr('action.save'), exact: true }).click();
    await expect(field(page, 'childrenBasic')).toBeFocused();
    await expect(field(page, 'childrenBasic')).toHaveAccessibleDescription(saying(tr('employees.error.children')));
    expect(queryDatabase(app.databaseFile, 'SELECT tax_number FROM employees WHERE id = ?', ali.id)).toEqual([{ tax_number: null }]);

    await field(page, 'childrenBasic').fill('2');
    await page.getByRole('button', { name: tr('action.save'), exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ali bin Ahmad' })).toBeVisible();
    expect(queryDatabase(app.databaseFile, `SELECT ${PAYROLL_COLUMNS} FROM employees WHERE id = ?`, ali.id)).toEqual([
      {
        epf_member_number: '12345678',
        epf_status: null,
        epf_keep_11: 1,
        epf_keep_11_date: '2020-05-04',
        tax_number: 'IG531367080',
        tax_resident: 1,
        marital_status: 'married',
        spouse_working: 1,
        disabled: 0,
        spouse_disabled: 0,
        children_basic: 2,
        children_study: 1,
        children_disabled: 0,
        children_disabled_study: 0,
        bank_name: 'Maybank',
        bank_account: '514012345678',
        payslip_language: 'en',
        job_title: 'Juruwang',
        staff_number: 'S-0012',
        monthly_rate: 250_000,
      },
    ]);

    // After a reload the form shows what was stored, as it is written.
    await page.reload();
    await page.getByRole('button', { name: tr('employees.edit.label', { name: 'Ali bin Ahmad' }) }).click();
    await expect(field(page, 'epfMemberNumber')).toHaveValue('12345678');
    await expect(field(page, 'epfKeep11')).toBeChecked();
    await expect(field(page, 'epfKeep11Date')).toHaveValue('04/05/2020');
    await expect(field(page, 'taxNumber')).toHaveValue('IG531367080');
    await expect(field(page, 'maritalStatus')).toHaveValue('married');
    await expect(field(page, 'spouseWorking')).toBeChecked();
    await expect(field(page, 'childrenBasic')).toHaveValue('2');
    await expect(field(page, 'childrenDisabled')).toHaveValue('');
    await expect(field(page, 'monthlyRate')).toHaveValue('2500.00');
    await expect(field(page, 'bankAccount')).toHaveValue('514012345678');
    await expect(field(page, 'payslipLanguage')).toHaveValue('en');
    await expect(pcb).toContainText(tr('employees.preview.pcb.category', { category: 3 }));

    // Typing not saved is kept through a reload (the browser asks first), and the guard knows it.
    await field(page, 'bankName').fill('CIMB');
    page.once('dialog', (question) => void question.accept());
    await page.reload();
    await page.getByRole('button', { name: tr('employees.edit.label', { name: 'Ali bin Ahmad' }) }).click();
    await expect(field(page, 'bankName')).toHaveValue('CIMB');
    await expect(field(page, 'taxNumber')).toHaveValue('IG531367080');
    await page.getByRole('button', { name: tr('action.cancel'), exact: true }).click();
    await expect(page.getByRole('alertdialog', { name: tr('unsaved.title') })).toBeVisible();
  });

  test(`a foreign worker's EPF on the form (${locale}): Part F by nationality, none for a domestic worker, a status the nationality forbids refused`, async ({
    page,
    app,
    gotoApp,
  }) => {
    await openEmployeeForm(page, app, gotoApp, locale, {
      name: 'Rahman Hossain',
      idType: 'passport',
      idNumber: 'A12345678',
      nationality: 'foreign',
      dateOfBirth: '1990-01-01',
      hireDate: '2025-06-01',
    });
    const epf = page.getByTestId('preview-epf');
    await expect(epf).toContainText(tr('employees.preview.epf.part', { part: 'F' }));
    await expect(epf).toContainText(tr('employees.preview.epf.status.fromNationality', { status: tr('employees.epfStatus.foreign') }));
    await field(page, 'domesticWorker').check();
    await expect(epf).toContainText(tr('employees.preview.epf.none'));
    await expect(epf).toContainText(tr('epf.explain.none.foreignDomestic'));
    await field(page, 'domesticWorker').uncheck();

    await field(page, 'epfStatus').selectOption('pre1998');
    await expect(epf).toContainText(tr('employees.preview.epf.part', { part: 'A' }));
    await expect(epf).toContainText(tr('employees.preview.epf.status.set', { status: tr('employees.epfStatus.pre1998') }));
    await field(page, 'nationality').selectOption('citizen');
    await page.getByRole('button', { name: tr('action.save'), exact: true }).click();
    await expect(field(page, 'epfStatus')).toBeFocused();
    await expect(field(page, 'epfStatus')).toHaveAccessibleDescription(saying(tr('employees.error.epfStatusNationality')));
    expect(queryDatabase(app.databaseFile, 'SELECT nationality, epf_status FROM employees')).toEqual([{ nationality: 'foreign', epf_status: null }]);

    if (locale === 'en') return;
    await payrollSectionScreenshots(page, field(page, 'epfMemberNumber'), locale);
  });
}

test('screenshots of the payroll sections in English at 1280×720 and 1024×640', async ({ page, app, gotoApp }) => {
  const employee = { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151', hireDate: '2024-01-02', maritalStatus: 'married', monthlyRate: '2500' } as const;
  await openEmployeeForm(page, app, gotoApp, 'en', employee);
  await payrollSectionScreenshots(page, page.getByLabel('EPF member number', { exact: true }), 'en');
});
