// Overtime hours and unpaid leave days in the wage file (issue 17): columns with Malay and English
// headers, h:mm or decimal hours (the Payroll screen's own reading and messages), merged like the
// deduction columns (a column left out keeps what is stored), and turned into amounts by the
// Employment Act helpers when the file gives no amount (said in the report); a typed amount that
// disagrees with its hours is kept, with a warning. Hostile values are refused naming the row and
// column, all or nothing. Exported back in the same columns. Amounts worked by hand in comments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordsApp } from '../../helpers/records';
import { appWithWages, importReport, storedWagesOf, writeUserFile } from '../../helpers/import-files';
import type { ExportedFile } from '../../../shared/api/channels/records';

const MONTH = '2026-07'; // 31 days
const ALI = '900101145677';
const SITI = '850505105678';
const NEW = '950505105674';
let app: RecordsApp;
let companyId: number;
beforeEach(async () => {
  const staff = [['Ali bin Abu', ALI], ['Siti binti Omar', SITI], ['Baru bin Ali', NEW]] as const;
  ({ app, companyId } = await appWithWages({ today: '2026-08-10', staff, month: MONTH, wages: `id_number,basic\n${ALI},3000\n${SITI},2500\n` }));
});
afterEach(() => app.dispose());

const stored = (idNumber: string) =>
  storedWagesOf(
    app,
    idNumber,
    `basic, overtime, unpaid_leave, unpaid_leave_days, overtime_minutes_normal AS normal, overtime_minutes_rest_day AS restDay,
     overtime_minutes_public_holiday AS publicHoliday`,
  );

describe('hours and days in the wage file', () => {
  it('works the amounts from the hours and days when the file gives none, and says so (Malay headers)', async () => {
    const file = writeUserFile(
      app,
      'jam.csv',
      `No KP,Jam lebih masa (hari biasa),Jam lebih masa (hari rehat),Jam lebih masa (cuti umum),Cuti tanpa gaji (hari)\n${ALI},4:00,2,1.0,3\n${SITI},,,,\n`,
    );
    const report = await importReport(app, 'wages', file, { companyId, month: MONTH });
    expect(report).toMatchObject({ committed: true, updated: 1, errors: [] });
    // Ali, no monthly rate: from the basic RM3,000. Hourly 3000 ÷ 26 ÷ 8 = 14.4230…; (4 × 1.5 + 2 × 2
    // + 1 × 3) = 13 hours' pay = 3000 × 13 ÷ 208 = RM187.50. Unpaid leave 3000 ÷ 31 × 3 = 290.3225… → RM290.32.
    expect(stored(ALI)).toEqual({ basic: 300_000, overtime: 18_750, unpaid_leave: 29_032, unpaid_leave_days: 3, normal: 240, restDay: 120, publicHoliday: 60 });
    // Siti's blank cells typed no hours: nothing of hers changes.
    expect(stored(SITI)).toEqual({ basic: 250_000, overtime: 0, unpaid_leave: 0, unpaid_leave_days: 0, normal: 0, restDay: 0, publicHoliday: 0 });
    expect(report.warnings.map((w) => [w.row, w.field, w.key])).toEqual([
      [2, 'overtime', 'payHours.import.overtimeWorked'],
      [2, 'unpaid_leave', 'payHours.import.unpaidLeaveWorked'],
    ]);
    expect(report.warnings[0]!.message).toContain('RM187.50');
    expect(report.warnings[1]!.message).toContain('RM290.32');
  });

  it('keeps a typed amount that disagrees with its hours, and warns; a column left out keeps what is stored', async () => {
    const first = writeUserFile(app, 'a.csv', `id_number,overtime_hours_rest_day\n${ALI},2\n`);
    expect(await importReport(app, 'wages', first, { companyId, month: MONTH })).toMatchObject({ committed: true });
    // 2 h on a rest day: 3000 ÷ 26 ÷ 8 × 2 × 2 = 57.6923… → RM57.69.
    expect(stored(ALI)).toMatchObject({ overtime: 5_769, restDay: 120 });
    const file = writeUserFile(app, 'b.csv', `id_number,Overtime (RM),Overtime hours (normal days)\n${ALI},100,4\n`);
    const report = await importReport(app, 'wages', file, { companyId, month: MONTH });
    expect(report.committed).toBe(true);
    // The rest-day hours stay (column left out); 4 h normal + 2 h rest = 3000 × 10 ÷ 208 = 144.2307… → RM144.23.
    expect(stored(ALI)).toMatchObject({ overtime: 10_000, normal: 240, restDay: 120 });
    expect(report.warnings.map((w) => [w.row, w.field, w.key])).toEqual([[2, 'overtime', 'payHours.import.overtimeDiffers']]);
    expect(report.warnings[0]!.message).toContain('RM100.00');
    expect(report.warnings[0]!.message).toContain('RM144.23');
  });

  it('refuses hostile hours and days naming the row and column, and writes nothing', async () => {
    const file = writeUserFile(
      app,
      'bad.csv',
      `id_number,overtime_hours_normal,overtime_hours_rest_day,overtime_hours_public_holiday,unpaid_leave_days\n${ALI},"2,5",-1,2:75,32\n${SITI},99999,1.33,25:00,1.5\n`,
    );
    const report = await importReport(app, 'wages', file, { companyId, month: MONTH });
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [2, 'overtime_hours_normal', 'hours.error.comma'],
      [2, 'overtime_hours_rest_day', 'hours.error.negative'],
      [2, 'overtime_hours_public_holiday', 'hours.error.minutes'],
      [2, 'unpaid_leave_days', 'payHours.import.days'],
      [3, 'overtime_hours_normal', 'hours.error.tooMany'],
      [3, 'overtime_hours_rest_day', 'hours.error.partMinute'],
      [3, 'unpaid_leave_days', 'payHours.import.days'],
    ]);
    expect(report.errors[3]!.message).toContain('31');
    expect(stored(ALI)).toMatchObject({ overtime: 0, normal: 0, unpaid_leave_days: 0 });
  });

  it('refuses hours with no amount and nothing to work it from', async () => {
    const file = writeUserFile(app, 'new.csv', `id_number,overtime_hours_normal\n${NEW},4\n`);
    const report = await importReport(app, 'wages', file, { companyId, month: MONTH });
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.row, e.field, e.key])).toEqual([[2, 'overtime_hours_normal', 'payHours.import.noRate']]);
  });

  it('exports hours and days in the columns it imports them from, and the export imports back unchanged', async () => {
    const file = writeUserFile(app, 'jam.csv', `id_number,overtime_hours_normal,unpaid_leave_days\n${ALI},2:30,1\n`);
    expect(await importReport(app, 'wages', file, { companyId, month: MONTH })).toMatchObject({ committed: true });
    const exported = await app.call<ExportedFile>('export:wages', { companyId, month: MONTH, format: 'csv' });
    const [header, aliRow] = exported.content.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header).toContain('other_deduction_note,overtime_hours_normal,overtime_hours_rest_day,overtime_hours_public_holiday,unpaid_leave_days');
    expect(aliRow).toContain(',2:30,,,1,');
    const again = writeUserFile(app, 'again.csv', exported.content);
    const reimported = await importReport(app, 'wages', again, { companyId, month: MONTH });
    expect(reimported.errors).toEqual([]);
    expect(reimported.warnings).toEqual([]);
    // Ali's and Siti's months come back unchanged (Baru, employed and with nothing entered, is
    // exported as a row of zeros and comes back as one).
    expect(reimported).toMatchObject({ updated: 0 });
    // 2:30 h × 1.5 × 3000 ÷ 26 ÷ 8 = 54.0865… → RM54.09; 1 day: 3000 ÷ 31 = 96.774… → RM96.77.
    expect(stored(ALI)).toMatchObject({ overtime: 5_409, normal: 150, unpaid_leave: 9_677, unpaid_leave_days: 1 });
  });
});
