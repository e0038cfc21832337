// A year of months for one company (issue 17 "Done when"): PCB in each month uses the finalised
// earlier months, as they were finalised, and never an open one. LHDN's own worked example of the
// 2026 specification (official_examples.json, L1-EX5-*) is a year of stored months: its inputs
// fit them exactly (salary 5,500 with EPF 605, TP1 claims in March and April, a bonus in April).
import { describe, expect, it } from 'vitest';
import { useRecordsApp, everyDeduction, hire, lineOf, pay, payrollOf } from './setup';
import { calculateContributions } from '../../../shared/statutory';
import { calculateEpf } from '../../../shared/epf';
import { calculatePcb } from '../../../shared/tax';
import { ringgitToSen } from '../../../shared/money/sen';
import { readSpecFile } from '../../unit/tax/spec-data';

interface OfficialCase {
  id: string;
  month: number;
  accumulated: { sumY: string; sumK: string; X: string; Z: string; sumLP: string };
  current: { Y1: string; K1: string; LP1: string; Yt: string; Kt: string; zakat_current: string };
  expected: { mtd_total_payable: string };
}
// The spec's copy when it is beside the repository, else the project's fixture copy (a clean clone in CI).
const official = (id: string): OfficialCase => {
  const found = (JSON.parse(readSpecFile('official_examples.json')) as { cases: OfficialCase[] }).cases.find((c) => c.id === id);
  if (!found) throw new Error(`${id} is not in official_examples.json`);
  return found;
};
const sen = ringgitToSen;

const app = useRecordsApp('2026-12-02');

/** LHDN's employee: married, wife working (category 3), three qualifying children. */
async function lhdnEmployee() {
  const company = await app.company('A1', 'Kedai A1');
  const employee = await hire(app, company.id, { name: 'Ahmad', idNumber: '860502-10-5679', maritalStatus: 'married', spouseWorking: true, childrenBasic: 3 });
  return { company, employee };
}

describe('a year of stored months', () => {
  it('reproduces LHDN’s January–March 2026 example from finalised months, and April’s bonus month from them', async () => {
    const { company, employee } = await lhdnEmployee();
    const claims: Record<string, [string, string][]> = {
      // March: books RM100 (C5 lifestyle) + medical expenses for a parent RM200 (C1); April: sports equipment RM100 (C6) + SSPN RM200 (C9).
      '2026-03': [['C5', '100'], ['C1', '200']],
      '2026-04': [['C6', '100'], ['C9', '200']],
    };
    for (const [m, id] of [['2026-01', 'L1-EX5-JAN'], ['2026-02', 'L1-EX5-FEB'], ['2026-03', 'L1-EX5-MAR']] as const) {
      const lhdn = official(id);
      await pay(app, company.id, m, [{ employeeId: employee.id, items: { basic: lhdn.current.Y1 } }]);
      for (const [item, amount] of claims[m] ?? []) await app.call('tp1:save', { companyId: company.id, claim: { employeeId: employee.id, month: m, item, amount } });
      const line = lineOf(await payrollOf(app, company.id, m), employee.id).payroll;
      // The year to date comes from the months finalised before, exactly as LHDN's example has it.
      expect(line.pcb.yearToDate, id).toEqual({
        sumYSen: sen(lhdn.accumulated.sumY),
        sumKSen: sen(lhdn.accumulated.sumK),
        xSen: sen(lhdn.accumulated.X),
        zSen: sen(lhdn.accumulated.Z),
        sumLpSen: sen(lhdn.accumulated.sumLP),
      });
      expect([line.pcb.y1Sen, line.pcb.k1Sen, line.pcb.lp1Sen, line.pcb.ytSen, line.pcb.ktSen], id).toEqual([
        sen(lhdn.current.Y1),
        sen(lhdn.current.K1),
        sen(lhdn.current.LP1),
        sen(lhdn.current.Yt),
        sen(lhdn.current.Kt),
      ]);
      expect(line.deductions.pcbSen, id).toBe(sen(lhdn.expected.mtd_total_payable));
      await app.call('payroll:finalise', { companyId: company.id, month: m });
    }

    // April: salary 5,500 and a bonus of 8,250. LHDN's example takes Kt = 908 (11 % of the bonus);
    // the Third Schedule's EPF on 13,750 is 11 % of the band's 13,800 = 1,518, so Kt = 1,518 − 605 = 913.
    const april = official('L1-EX5-APR-AR');
    await pay(app, company.id, '2026-04', [{ employeeId: employee.id, items: { basic: april.current.Y1, bonus: april.current.Yt } }]);
    for (const [item, amount] of claims['2026-04']!) await app.call('tp1:save', { companyId: company.id, claim: { employeeId: employee.id, month: '2026-04', item, amount } });
    const line = lineOf(await payrollOf(app, company.id, '2026-04'), employee.id).payroll;
    expect(line.pcb.yearToDate).toEqual({ sumYSen: 1_650_000, sumKSen: 181_500, xSen: 32_820, zSen: 0, sumLpSen: 30_000 });
    expect([line.pcb.y1Sen, line.pcb.k1Sen, line.pcb.ytSen, line.pcb.ktSen, line.pcb.lp1Sen]).toEqual([550_000, 60_500, 825_000, 91_300, 30_000]);
    // The PCB engine on LHDN's April inputs with that Kt (the engine itself reproduces 833.70 with Kt 908).
    const withOurKt = calculatePcb({
      yearOfAssessment: 2026,
      month: 4,
      employee: { resident: true, category: 3, disabled: false, spouseDisabled: false, children: { qualifying: 3, higherEducation: 0, disabled: 0, disabledHigherEducation: 0 } },
      yearToDate: { sumYSen: 1_650_000, sumKSen: 181_500, xSen: 32_820, zSen: 0, sumLpSen: 30_000 },
      current: { y1Sen: 550_000, k1Sen: 60_500, lp1Sen: 30_000, ytSen: 825_000, ktSen: 91_300, zakatSen: 0 },
    });
    expect(line.deductions.pcbSen).toBe(withOurKt.pcbSen);
    expect(Math.abs(line.deductions.pcbSen - sen(april.expected.mtd_total_payable))).toBeLessThanOrEqual(100); // within RM1 of LHDN's 833.70
    await app.call('payroll:finalise', { companyId: company.id, month: '2026-04' });

    // May carries the whole of April's PCB in X and the bonus in ΣY (PCB.md §4).
    await pay(app, company.id, '2026-05', [{ employeeId: employee.id, items: { basic: '5500' } }]);
    const may = lineOf(await payrollOf(app, company.id, '2026-05'), employee.id);
    expect(may.payroll.pcb.yearToDate.sumYSen).toBe(1_650_000 + 550_000 + 825_000);
    expect(may.payroll.pcb.yearToDate.xSen).toBe(32_820 + line.deductions.pcbSen);
    expect(may.payroll.pcb.yearToDate.sumLpSen).toBe(60_000);
    // The payslip's year to date: gross, EPF and PCB of January–May.
    expect(may.yearToDate.grossSen).toBe(4 * 550_000 + 825_000 + 550_000);
    expect(may.yearToDate.pcbSen).toBe(32_820 + line.deductions.pcbSen + may.payroll.deductions.pcbSen);
  });

  it('counts only finalised months: an open earlier month is left out of the year to date, and said so', async () => {
    const { company, employee } = await lhdnEmployee();
    for (const m of ['2026-01', '2026-02']) await pay(app, company.id, m, [{ employeeId: employee.id, items: { basic: '5500' } }]);
    await app.call('payroll:finalise', { companyId: company.id, month: '2026-01' });
    await pay(app, company.id, '2026-03', [{ employeeId: employee.id, items: { basic: '5500' } }]);
    const march = await payrollOf(app, company.id, '2026-03');
    expect(lineOf(march, employee.id).payroll.pcb.yearToDate).toEqual({ sumYSen: 550_000, sumKSen: 60_500, xSen: 11_000, zSen: 0, sumLpSen: 0 });
    expect(march.status.openEarlierMonths).toEqual(['2026-02']);
    expect(march.warnings.map((w) => w.key)).toContain('payroll.warning.earlierMonthsOpen');
    expect(march.warnings.find((w) => w.key === 'payroll.warning.earlierMonthsOpen')!.message).toContain('not finalised: February 2026. PCB for March 2026');
    // And March cannot be finalised before February (rules.ts FINALISE_IN_ORDER).
    const refused = await app.router.invoke('payroll:finalise', { companyId: company.id, month: '2026-03' });
    expect(refused.ok ? null : [refused.error.code, refused.error.key]).toEqual(['CONFLICT', 'payroll.error.earlierMonthsOpen']);
  });

  it('a TP3 from the previous employer counts in PCB’s year to date but never on the payslip', async () => {
    const company = await app.company('A1', 'Kedai A1');
    const joiner = await hire(app, company.id, { name: 'Farah', idNumber: '900303-10-5670', hireDate: '2026-07-01' });
    await app.call('tp3:save', { companyId: company.id, record: { employeeId: joiner.id, year: 2026, remuneration: '24000', epf: '2640', pcb: '600', zakat: '0', tp1Relief: '0' } });
    await pay(app, company.id, '2026-07', [{ employeeId: joiner.id, items: { basic: '4000' } }]);
    const line = lineOf(await payrollOf(app, company.id, '2026-07'), joiner.id);
    expect(line.payroll.pcb.yearToDate).toEqual({ sumYSen: 2_400_000, sumKSen: 264_000, xSen: 60_000, zSen: 0, sumLpSen: 0 });
    expect(line.yearToDate).toEqual({ grossSen: 400_000, epfEmployeeSen: line.payroll.deductions.epfSen, pcbSen: line.payroll.deductions.pcbSen });
  });
});

describe('a generated company over a year, through the services', () => {
  it('balances every employee-month and matches each engine, with PCB’s year to date from the finalised months', async () => {
    const company = await app.company('G1', 'Generated');
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const people = [];
    for (let i = 0; i < 8; i++) {
      const foreign = i % 4 === 3;
      const born = 1950 + Math.floor(random() * 55);
      people.push(
        await hire(app, company.id, {
          name: `Pekerja ${i}`,
          ...(foreign
            ? { idType: 'passport', idNumber: `A${1000000 + i}`, nationality: 'foreign', dateOfBirth: `${born}-06-15`, gender: 'female', taxResident: random() < 0.5 }
            : { idNumber: `${String(born).slice(2)}0615-10-${String(5000 + i * 7).padStart(4, '0')}`, maritalStatus: i % 2 ? 'married' : 'single', childrenBasic: i % 3 }),
        }),
      );
    }
    const ytd = new Map<number, { sumYSen: number; sumKSen: number; xSen: number; zSen: number; sumLpSen: number }>();
    for (let m = 1; m <= 12; m++) {
      const month = `2026-${String(m).padStart(2, '0')}`;
      await pay(
        app,
        company.id,
        month,
        people.map((p) => {
          const bonus = m === 12 || random() < 0.1 ? String(Math.floor(random() * 8000)) : '0';
          return {
            employeeId: p.id,
            items: { basic: String(1700 + Math.floor(random() * 9000)), overtime: String(Math.floor(random() * 400)), allowance: '150', bonus },
            deductions: { zakat: random() < 0.2 ? '25.50' : '0', unpaid_leave: random() < 0.1 ? '200' : '0' },
          };
        }),
      );
      const payroll = await payrollOf(app, company.id, month);
      expect(payroll.refusals).toEqual([]);
      for (const line of payroll.lines) {
        const p = line.payroll;
        const e = line.employee;
        const label = `${e.name} ${month}`;
        expect(p.grossSen - everyDeduction(line), label).toBe(p.netSen);
        const items = p.items;
        const socsoWages = items.basic + items.overtime + items.allowance - p.deductions.unpaidLeaveSen;
        const epfWages = items.basic + items.allowance - p.deductions.unpaidLeaveSen;
        const contributions = calculateContributions({ month, wagesSen: socsoWages, person: { dateOfBirth: e.dateOfBirth, nationality: e.nationality } });
        expect([p.deductions.socsoSen, p.deductions.eisSen, p.deductions.lindungSen], label).toEqual([
          contributions.socso.employeeSen,
          contributions.eis.employeeSen,
          contributions.lindung.employeeSen,
        ]);
        const epfPerson = { dateOfBirth: e.dateOfBirth, status: e.nationality === 'foreign' ? ('foreign' as const) : ('citizen' as const), keep11Percent: false, foreignDomesticServant: false };
        const epf = calculateEpf({ wageMonth: month, wagesSen: epfWages, bonusSen: items.bonus, person: epfPerson });
        expect([p.deductions.epfSen, p.employer.epfSen], label).toEqual([epf.employeeSen, epf.employerSen]);
        const k1 = Math.min(epf.employeeSen, calculateEpf({ wageMonth: month, wagesSen: epfWages, bonusSen: 0, person: epfPerson }).employeeSen);
        const before = ytd.get(e.id) ?? { sumYSen: 0, sumKSen: 0, xSen: 0, zSen: 0, sumLpSen: 0 };
        expect(p.pcb.yearToDate, label).toEqual(before);
        const y1 = items.basic + items.overtime + items.allowance - p.deductions.unpaidLeaveSen;
        const pcb = calculatePcb({
          yearOfAssessment: 2026,
          month: m,
          employee: {
            resident: e.taxResident,
            category: e.maritalStatus === 'married' ? 2 : e.childrenBasic > 0 ? 3 : 1,
            disabled: false,
            spouseDisabled: false,
            children: { qualifying: e.childrenBasic, higherEducation: 0, disabled: 0, disabledHigherEducation: 0 },
          },
          yearToDate: before,
          current: { y1Sen: y1, k1Sen: k1, lp1Sen: 0, ytSen: items.bonus, ktSen: epf.employeeSen - k1, zakatSen: p.deductions.zakatSen },
        });
        expect(p.deductions.pcbSen, label).toBe(pcb.pcbSen);
        ytd.set(e.id, {
          sumYSen: before.sumYSen + y1 + items.bonus,
          sumKSen: before.sumKSen + epf.employeeSen,
          xSen: before.xSen + pcb.pcbSen,
          zSen: before.zSen + p.deductions.zakatSen,
          sumLpSen: 0,
        });
      }
      await app.call('payroll:finalise', { companyId: company.id, month });
    }
  });
});
