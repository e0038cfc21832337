// TP1 claims, TP3 and CP38 on the employee's page end to end, in both languages: added through
// their channels, listed, refused with the service's words next to the field or the section,
// deleted; SQLite holds exactly what the page shows. Real UI, real router, real SQLite.
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase } from './harness';
import { openEmployeeForm } from './employee-form';

/** A description that says this message (after the error mark). */
const saying = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

for (const locale of ['en', 'ms'] as const) {
  const tr = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);

  test(`TP1, TP3 and CP38 of an employee (${locale}): added, refused in the user's words, deleted`, async ({ page, app, gotoApp }) => {
    const ali = await openEmployeeForm(page, app, gotoApp, locale, { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151', hireDate: '2026-03-02' });
    const panel = page.getByTestId('employee-records');
    await expect(panel.getByRole('heading', { level: 2, name: tr('employeeRecords.title') })).toBeVisible();

    // TP1: C2 has a yearly limit of RM6,000; a second claim over it is refused with what is left.
    const tp1 = panel.getByTestId('records-tp1');
    await tp1.getByLabel(tr('employeeRecords.tp1.item'), { exact: true }).selectOption('C2');
    await expect(tp1.getByLabel(tr('employeeRecords.tp1.item'), { exact: true })).toHaveAccessibleDescription(tr('employeeRecords.tp1.limit', { limit: 'RM6,000.00' }));
    await tp1.getByLabel(tr('employeeRecords.tp1.amount'), { exact: true }).fill('5,000');
    await tp1.getByRole('button', { name: tr('employeeRecords.tp1.add') }).click();
    await expect(tp1.getByRole('status')).toHaveText(tr('employeeRecords.tp1.added', { item: 'C2', month: locale === 'ms' ? 'Disember 2026' : 'December 2026' }));
    await expect(tp1.getByRole('row')).toHaveCount(2);
    await tp1.getByLabel(tr('employeeRecords.tp1.month'), { exact: true }).fill('11/2026');
    await tp1.getByLabel(tr('employeeRecords.tp1.amount'), { exact: true }).fill('2000');
    await tp1.getByRole('button', { name: tr('employeeRecords.tp1.add') }).click();
    const overLimit = tr('tp1.error.overLimit', { item: 'C2', limit: 'RM6,000.00', claimed: 'RM5,000.00', remaining: 'RM1,000.00' });
    await expect(tp1.getByText(overLimit)).toBeVisible();
    expect(queryDatabase(app.databaseFile, 'SELECT month, item, amount FROM tp1_claims WHERE employee_id = ?', ali.id)).toEqual([{ month: '2026-12', item: 'C2', amount: 500_000 }]);

    // TP3 for the year joined; EPF above the remuneration is refused at the EPF field.
    const tp3 = panel.getByTestId('records-tp3');
    await tp3.getByLabel(tr('employeeRecords.tp3.previousEmployer'), { exact: true }).fill('Syarikat Lama Sdn Bhd');
    await tp3.getByLabel(tr('employeeRecords.tp3.remuneration'), { exact: true }).fill('6000');
    await tp3.getByLabel(tr('employeeRecords.tp3.epf'), { exact: true }).fill('7000');
    await tp3.getByRole('button', { name: tr('employeeRecords.tp3.save') }).click();
    await expect(tp3.getByLabel(tr('employeeRecords.tp3.epf'), { exact: true })).toHaveAccessibleDescription(saying(tr('tp3.error.epfAboveRemuneration')));
    await tp3.getByLabel(tr('employeeRecords.tp3.epf'), { exact: true }).fill('660');
    await tp3.getByLabel(tr('employeeRecords.tp3.pcb'), { exact: true }).fill('45.50');
    await tp3.getByRole('button', { name: tr('employeeRecords.tp3.save') }).click();
    await expect(tp3.getByRole('status')).toHaveText(tr('employeeRecords.tp3.saved', { year: '2026' }));
    await expect(tp3.getByRole('row').nth(1)).toContainText('RM6,000.00');
    expect(queryDatabase(app.databaseFile, 'SELECT year, previous_employer, remuneration, epf, pcb, zakat FROM tp3_previous WHERE employee_id = ?', ali.id)).toEqual([
      { year: 2026, previous_employer: 'Syarikat Lama Sdn Bhd', remuneration: 600_000, epf: 66_000, pcb: 4_550, zakat: 0 },
    ]);

    // CP38: an empty reference is refused at its field; added; deleted.
    const cp38 = panel.getByTestId('records-cp38');
    await cp38.getByLabel(tr('employeeRecords.cp38.amount'), { exact: true }).fill('150');
    await cp38.getByRole('button', { name: tr('employeeRecords.cp38.add') }).click();
    await expect(cp38.getByLabel(tr('employeeRecords.cp38.reference'), { exact: true })).toHaveAccessibleDescription(saying(tr('cp38.error.reference')));
    await cp38.getByLabel(tr('employeeRecords.cp38.reference'), { exact: true }).fill('CP38/2026/0042');
    await cp38.getByLabel(tr('employeeRecords.cp38.toMonth'), { exact: true }).fill('03/2027');
    await cp38.getByRole('button', { name: tr('employeeRecords.cp38.add') }).click();
    await expect(cp38.getByRole('status')).toHaveText(tr('employeeRecords.cp38.added', { reference: 'CP38/2026/0042' }));
    expect(queryDatabase(app.databaseFile, 'SELECT reference, from_month, to_month, amount FROM cp38_instructions')).toEqual([
      { reference: 'CP38/2026/0042', from_month: '2026-12', to_month: '2027-03', amount: 15_000 },
    ]);
    await cp38.getByRole('button', { name: tr('employeeRecords.cp38.delete', { reference: 'CP38/2026/0042' }) }).click();
    await expect(cp38.getByText(tr('employeeRecords.cp38.empty'))).toBeVisible();
    expect(queryDatabase(app.databaseFile, 'SELECT id FROM cp38_instructions')).toEqual([]);

    // After a reload the page shows what is stored.
    await page.reload();
    await page.getByRole('button', { name: tr('employees.edit.label', { name: 'Ali bin Ahmad' }) }).click();
    await expect(page.getByTestId('records-tp1').getByRole('row')).toHaveCount(2);
    await expect(page.getByTestId('records-tp3').getByRole('row')).toHaveCount(2);
    const dir = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));
    fs.mkdirSync(dir, { recursive: true });
    await page.getByTestId('employee-records').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(dir, `employee-records-${locale}-1280x720.png`) });
  });
}
