// The month-end dashboard's KWSP and LHDN filings (issues 15–17): each with its deadline, its
// stage (to make, made, out of date, submitted, paid — or why there is nothing to make), KWSP's
// late-payment charge with the year's dividend rate (or a note that the rate is not entered —
// never a guessed one), and last year's Forms EA and Form E from January to 31 March. Expected
// amounts are worked by hand from EPF.md §5 and PCB.md §6–7.
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { createRouter, type Router } from '../../main/api/router';
import { makeTempDir } from '../helpers/temp-dir';
import { setUpEpfScenario, WAGE_MONTH } from './month-files/scenario';
import type { RecordsApp } from '../helpers/records';
import type { DashboardRow } from '../../shared/domain/month-end';

let temp: { dir: string; remove: () => void };
let services: Services;
let router: Router;
let today = '2026-08-10';
afterEach(() => {
  services?.close();
  temp?.remove();
});

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await router.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message} (${result.error.field ?? ''})`);
  return result.value as T;
}

/** The EPF scenario (July 2026 wages; KWSP employer number 23456789) with a clock the test moves. */
async function setUp(): Promise<number> {
  today = '2026-08-10';
  temp = makeTempDir();
  services = createServices({ dataDir: temp.dir, filesDir: `${temp.dir}/files`, today: () => today });
  router = createRouter(services, { locale: () => 'en', logError: () => {} });
  const app = { call, services, dataDir: temp.dir } as unknown as RecordsApp;
  const { companyId } = await setUpEpfScenario(app);
  return companyId;
}

async function row(companyId: number, month = WAGE_MONTH): Promise<DashboardRow> {
  const rows = await call<DashboardRow[]>('monthEnd:dashboard', { month });
  const found = rows.find((r) => r.company.id === companyId);
  if (!found) throw new Error('no row');
  return found;
}

// The scenario's Form A by hand (scenario.ts): employer RM4,261.00 + employee RM3,721.00.
const KWSP_SEN = 426100 + 372100;

describe('KWSP and LHDN on the month-end dashboard', () => {
  it('KWSP: due on the 15th of the contribution month (wages of July → 15 August), to make until the Form A is written', async () => {
    const companyId = await setUp();
    const kwsp = (await row(companyId)).kwsp;
    expect(kwsp).toMatchObject({ stage: 'to_make', dueDate: '2026-08-15', daysToDeadline: 5, overdue: false, amountSen: KWSP_SEN, lateCharge: null, file: null });

    await call('assist:generate', { companyId, month: WAGE_MONTH, folder: temp.dir, formats: ['epf'] });
    expect((await row(companyId)).kwsp).toMatchObject({ stage: 'made', file: { fileName: 'EPF_23456789_082026.txt', totalSen: KWSP_SEN, outOfDate: false } });
    // A bonus counts for EPF: the Form A is out of date (PERKESO's files are not made at all).
    const ali = services.employees.list(companyId).find((e) => e.name === 'Ali bin Abu')!;
    await call('wages:set', { companyId, month: WAGE_MONTH, entries: [{ employeeId: ali.id, items: { basic: '2985', bonus: '100' } }] });
    const changed = await row(companyId);
    expect(changed.kwsp.stage).toBe('out_of_date');
    expect(changed.filesGenerated).toBe(false);
  });

  it('late: the charge is estimated with the year’s dividend rate + 1 %, per day, rounded up to the ringgit; without the year’s rate it says so', async () => {
    const companyId = await setUp();
    today = '2026-09-14'; // 30 days after 15 August
    const late = (await row(companyId)).kwsp;
    expect(late.overdue).toBe(true);
    expect(late.daysToDeadline).toBe(-30);
    // The contribution month is August 2026: 2026's rate is not published, and none was entered.
    expect(late.lateCharge).toEqual({ kind: 'rateMissing', dividendYear: 2026 });

    await call('epfDividendRates:save', { year: 2026, rate: '5.50' });
    // RM7,982.00 × (5.50 % + 1 %) × 30 / 365 = RM42.64… → RM43.
    expect((await row(companyId)).kwsp.lateCharge).toEqual({ kind: 'estimate', chargeSen: 4300, rateBp: 650, dividendYear: 2026, daysLate: 30, minimumApplied: false });

    // Marked paid: nothing is late any more.
    const paid = await call<DashboardRow>('monthEnd:setFiling', { companyId, month: WAGE_MONTH, body: 'kwsp', mark: 'paid' });
    expect(paid.kwsp).toMatchObject({ stage: 'paid', mark: 'paid', overdue: false, lateCharge: null });
    expect((await row(companyId)).kwsp.stage).toBe('paid');
    // The mark taken away: late again.
    expect((await call<DashboardRow>('monthEnd:setFiling', { companyId, month: WAGE_MONTH, body: 'kwsp', mark: null })).kwsp.overdue).toBe(true);
  });

  it('LHDN: due on the 15th of the next month; a mark for another body, or an unknown company, is refused', async () => {
    const companyId = await setUp();
    const lhdn = (await row(companyId)).lhdn;
    expect(lhdn.dueDate).toBe('2026-08-15');
    expect(lhdn.daysToDeadline).toBe(5);
    const bad = await router.invoke('monthEnd:setFiling', { companyId, month: WAGE_MONTH, body: 'perkeso', mark: 'paid' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Choose KWSP or LHDN.' } });
    const badMark = await router.invoke('monthEnd:setFiling', { companyId, month: WAGE_MONTH, body: 'lhdn', mark: 'done' });
    expect(badMark).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await router.invoke('monthEnd:setFiling', { companyId: 999, month: WAGE_MONTH, body: 'lhdn', mark: 'paid' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('Forms EA (end of February) and Form E (31 March) for last year, shown from January to March, only to a company that paid anyone that year', async () => {
    const companyId = await setUp();
    expect((await row(companyId)).yearEnd).toBeNull(); // August: not their season
    today = '2027-01-20';
    expect((await row(companyId, '2027-01')).yearEnd).toEqual({
      year: 2026,
      ea: { dueDate: '2027-02-28', daysToDeadline: 39 },
      formE: { dueDate: '2027-03-31', daysToDeadline: 70 },
    });
    today = '2027-04-01';
    expect((await row(companyId, '2027-03')).yearEnd).toBeNull();
    today = '2028-01-05'; // nobody was paid in 2027
    expect((await row(companyId, '2027-12')).yearEnd).toBeNull();
  });
});

describe('a company Caruman does not file KWSP for', () => {
  it('without its KWSP employer number, KWSP is "no employer number", never overdue (it may pay KWSP outside Caruman)', async () => {
    today = '2026-08-10';
    temp = makeTempDir();
    services = createServices({ dataDir: temp.dir, filesDir: `${temp.dir}/files`, today: () => today });
    router = createRouter(services, { locale: () => 'en', logError: () => {} });
    const app = { call, services, dataDir: temp.dir } as unknown as RecordsApp;
    const { companyId } = await setUpEpfScenario(app, { epfEmployerNumber: null });
    today = '2026-12-01';
    const kwsp = (await row(companyId)).kwsp;
    expect(kwsp).toMatchObject({ stage: 'no_employer_number', overdue: false, lateCharge: null, amountSen: KWSP_SEN });
  });
});
