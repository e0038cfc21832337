// TP1 claims imported from a spreadsheet on the Employees screen (issue 16 "Records"), in both
// languages: the panel says what the file holds, a wrong item is named at the user's own column
// and nothing is imported until the file is right; the right file's claims are then stored.
import { translate, type Locale } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase } from './harness';
import { chooseImportFile } from './choose-import-file';

const say = (locale: Locale, key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);

for (const locale of ['ms', 'en'] as const) {
  test(`TP1 claims from a file (${locale}): checked first, a wrong item named, then imported`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const company = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
    app.services.employees.create(company.id, { name: 'Ali bin Abu', idType: 'mykad', idNumber: '900101-14-5677', hireDate: '2024-01-02', perkesoRegisteredDate: '2024-01-03' });
    await gotoApp(page, '#/employees');
    await page.getByRole('button', { name: say(locale, 'import.ui.tp1Open') }).click();
    await expect(page.getByRole('heading', { name: say(locale, 'import.ui.tp1Title') })).toBeVisible();
    await expect(page.getByText(say(locale, 'import.ui.tp1Hint'))).toBeVisible();

    const [id, month, item, amount] = locale === 'ms' ? ['No KP', 'Bulan', 'Perkara TP1', 'Jumlah (RM)'] : ['ID number', 'Month', 'TP1 item', 'Amount (RM)'];
    const wrong = `${id},${month},${item},${amount}\n900101-14-5677,03/2026,C5,100\n900101-14-5677,03/2026,Buku,50\n`;
    await chooseImportFile(page, app, locale, 'tp1.csv', wrong);
    const problems = page.getByTestId('import-report').getByRole('table', { name: say(locale, 'employees.import.errorsCaption') });
    const row = problems.getByRole('row').nth(1);
    await expect(row).toContainText(item);
    await expect(row).toContainText(say(locale, 'import.error.tp1.item', { value: 'Buku' }));
    await expect(page.getByRole('button', { name: say(locale, 'employees.import.commit', { count: 1 }) })).toBeDisabled();
    expect(queryDatabase(app.databaseFile, 'SELECT count(*) AS n FROM tp1_claims')).toEqual([{ n: 0 }]);

    const right = `${id},${month},${item},${amount}\n900101-14-5677,03/2026,C5,100\n900101-14-5677,03/2026,C1,50\n`;
    await chooseImportFile(page, app, locale, 'tp1-betul.csv', right);
    await page.getByRole('button', { name: say(locale, 'employees.import.commit', { count: 2 }) }).click();
    await expect(page.getByText(say(locale, 'import.ui.tp1Done', { created: 2, updated: 0, unchanged: 0 }))).toBeVisible();
    expect(queryDatabase(app.databaseFile, 'SELECT month, item, amount FROM tp1_claims ORDER BY item')).toEqual([
      { month: '2026-03', item: 'C1', amount: 5_000 },
      { month: '2026-03', item: 'C5', amount: 10_000 },
    ]);
  });
}
