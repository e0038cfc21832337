// The pay run's promise over generated companies (issue 17 "Done when"): for every employee in
// every month, gross − every deduction = net, and each deduction is exactly what the scheme's own
// engine computes for that employee-month. The companies are random but seeded (citizens, PR,
// foreign workers, seniors, bonus months, zakat, CP38, TP1, unpaid leave, corrections), so a
// failure names a case that can be run again.
//
// Which pay item counts for which scheme is written out here from PAYROLL_RECORDS.md's table,
// not read from the code under test.
import { describe, expect, it } from 'vitest';
import { calculateContributions, type Nationality, type PersonFacts } from '../../../shared/statutory';
import { calculateEpf, defaultEpfStatus, type EpfPerson } from '../../../shared/epf';
import { calculatePcb, type TaxFacts, type YearToDate } from '../../../shared/tax';
import { computeEmployeePayroll, PayrollError, type EmployeePayrollInput } from '../../../shared/payroll';
import { zeroDeductions, type PayItemName } from '../../../shared/pay';
import { addMonths, monthNumberOf } from '../../../shared/calendar';

/** PAYROLL_RECORDS.md, "One set of pay items". */
const SOCSO_WAGES: PayItemName[] = ['basic', 'overtime', 'commission', 'allowance', 'leave_pay', 'arrears', 'service_charge'];
const EPF_WAGES: PayItemName[] = ['basic', 'commission', 'allowance', 'leave_pay', 'arrears'];
const PCB_NORMAL: PayItemName[] = ['basic', 'overtime', 'commission', 'allowance', 'leave_pay', 'service_charge'];
const PCB_ADDITIONAL: PayItemName[] = ['arrears', 'bonus', 'gratuity', 'payment_in_lieu_of_notice', 'directors_fee'];
/** PCB.md §1.4: K1 is the EPF on what is EPF wages and normal remuneration. */
const K1_WAGES = EPF_WAGES.filter((name) => PCB_NORMAL.includes(name));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  id: number;
  socso: PersonFacts;
  epf: EpfPerson;
  tax: TaxFacts;
}

function generatePerson(random: () => number, id: number): Person {
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const nationality = pick<Nationality>(['citizen', 'citizen', 'citizen', 'pr', 'temporary', 'foreign', 'foreign']);
  // Ages 17–80 in 2026: seniors cross 60 and 75 (EPF parts C/E, none; SOCSO category 2).
  const birthYear = 1946 + Math.floor(random() * 64);
  const dateOfBirth = `${birthYear}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const status = random() < 0.1 && nationality !== 'citizen' && nationality !== 'pr' ? 'foreign_elected' : defaultEpfStatus(nationality);
  const category = pick([1, 2, 3] as const);
  return {
    id,
    socso: { dateOfBirth, nationality, paysLindung: random() < 0.8 },
    epf: { dateOfBirth, status, keep11Percent: random() < 0.1, foreignDomesticServant: false },
    tax: {
      resident: nationality === 'citizen' || nationality === 'pr' || random() < 0.5,
      category,
      disabled: random() < 0.05,
      spouseDisabled: random() < 0.05,
      children: { qualifying: Math.floor(random() * 4), higherEducation: Math.floor(random() * 2), disabled: random() < 0.05 ? 1 : 0, disabledHigherEducation: 0 },
    },
  };
}

const sen = (random: () => number, maxRinggit: number) => Math.floor(random() * maxRinggit * 100);

function generateMonth(random: () => number, month: string, person: Person, ytd: YearToDate): EmployeePayrollInput {
  const items: Partial<Record<PayItemName, number>> = { basic: random() < 0.05 ? 0 : 150_000 + sen(random, random() < 0.1 ? 30_000 : 9_000) };
  if (random() < 0.4) items.overtime = sen(random, 800);
  if (random() < 0.2) items.commission = sen(random, 2_000);
  if (random() < 0.5) items.allowance = sen(random, 600);
  if (random() < 0.1) items.leave_pay = sen(random, 500);
  if (random() < 0.05) items.arrears = sen(random, 1_000);
  if (monthNumberOf(month) === 12 || random() < 0.08) items.bonus = sen(random, 20_000);
  if (random() < 0.2) items.travel_allowance = sen(random, 500);
  if (random() < 0.2) items.reimbursement = sen(random, 300);
  if (random() < 0.03) items.gratuity = sen(random, 10_000);
  if (random() < 0.05) items.gift = sen(random, 200);
  if (random() < 0.1) items.service_charge = sen(random, 400);
  if (random() < 0.02) items.payment_in_lieu_of_notice = sen(random, 5_000);
  if (random() < 0.02) items.directors_fee = sen(random, 5_000);
  const deductions = zeroDeductions();
  if (random() < 0.15) deductions.unpaid_leave = Math.floor((items.basic ?? 0) * random());
  if (random() < 0.15) deductions.zakat = sen(random, 200);
  if (random() < 0.1) deductions.salary_advance = sen(random, 3_000); // sometimes more than the pay: a refusal
  if (random() < 0.1) deductions.loan_repayment = sen(random, 500);
  if (random() < 0.1) deductions.other_deduction = sen(random, 200);
  const corrections =
    random() < 0.05
      ? [{ id: 1, forMonth: addMonths(month, -1), amountSen: 1 + sen(random, 1_000), socsoWagesBeforeSen: sen(random, 7_000), person: person.socso, reason: 'short' }]
      : [];
  return {
    month,
    person: { employeeId: person.id, name: `Pekerja ${person.id}`, idNumber: String(person.id) },
    items,
    deductions,
    otherDeductionNote: deductions.other_deduction > 0 ? 'note' : null,
    socsoPerson: person.socso,
    epfPerson: person.epf,
    taxFacts: person.tax,
    yearToDate: ytd,
    tp1: { reliefSen: random() < 0.1 ? sen(random, 500) : 0, zakatSen: random() < 0.05 ? sen(random, 100) : 0 },
    cp38Sen: random() < 0.05 ? sen(random, 400) : 0,
    corrections,
    hrdLevyApplies: person.socso.nationality === 'citizen',
    minimumWage: null,
  };
}

const sum = (items: Partial<Record<PayItemName, number>>, names: readonly PayItemName[]) => names.reduce((total, name) => total + (items[name] ?? 0), 0);

describe('gross to net over generated companies', () => {
  it('balances to the sen and matches each scheme’s engine, every employee-month', () => {
    let months = 0;
    let refused = 0;
    let bonusMonths = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const random = mulberry32(seed);
      const year = 2019 + (seed % 8);
      const people = Array.from({ length: 8 }, (_, i) => generatePerson(random, seed * 100 + i));
      for (const person of people) {
        let ytd: YearToDate = { sumYSen: 0, sumKSen: 0, xSen: 0, zSen: 0, sumLpSen: 0 };
        for (let m = 1; m <= 12; m++) {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          const given = generateMonth(random, month, person, ytd);
          const { items, deductions: d } = given;
          const unpaid = d.unpaid_leave;
          const correctionsSen = given.corrections.reduce((total, c) => total + c.amountSen, 0);

          // Each scheme's engine on the wages the spec's table gives.
          const contributions = calculateContributions({ month, wagesSen: sum(items, SOCSO_WAGES) - unpaid, person: person.socso });
          const epfWages = sum(items, EPF_WAGES) - unpaid + correctionsSen;
          const epf = calculateEpf({ wageMonth: month, wagesSen: epfWages, bonusSen: items.bonus ?? 0, person: person.epf });
          const k1 = Math.min(epf.employeeSen, calculateEpf({ wageMonth: month, wagesSen: sum(items, K1_WAGES) - unpaid, bonusSen: 0, person: person.epf }).employeeSen);
          const y1 = sum(items, PCB_NORMAL) - unpaid;
          const yt = sum(items, PCB_ADDITIONAL) + correctionsSen;
          const pcbZakat = d.zakat + given.tp1.zakatSen;
          const pcb =
            y1 + yt === 0
              ? 0
              : calculatePcb({
                  yearOfAssessment: year,
                  month: m,
                  employee: person.tax,
                  yearToDate: ytd,
                  current: { y1Sen: y1, k1Sen: k1, lp1Sen: given.tp1.reliefSen, ytSen: yt, ktSen: epf.employeeSen - k1, zakatSen: pcbZakat },
                }).pcbSen;
          const arrearsEmployee = given.corrections.reduce((total, c) => {
            const before = calculateContributions({ month: c.forMonth, wagesSen: c.socsoWagesBeforeSen, person: c.person });
            const after = calculateContributions({ month: c.forMonth, wagesSen: c.socsoWagesBeforeSen + c.amountSen, person: c.person });
            return total + after.totals.employeeSen - before.totals.employeeSen;
          }, 0);
          const gross = sum(items, Object.keys(items) as PayItemName[]) + correctionsSen;
          const expectedDeductions =
            epf.employeeSen + contributions.totals.employeeSen + arrearsEmployee + pcb + given.cp38Sen + d.zakat + unpaid + d.salary_advance + d.loan_repayment + d.other_deduction;

          const label = `seed ${seed}, employee ${person.id}, ${month}`;
          if (gross - expectedDeductions < 0) {
            expect(() => computeEmployeePayroll(given), label).toThrow(PayrollError);
            refused += 1;
            continue; // a refused month is not paid: it adds nothing to the year to date
          }
          const r = computeEmployeePayroll(given);
          months += 1;
          if (items.bonus) bonusMonths += 1;
          const lines = r.deductions;
          const everyLine =
            lines.epfSen + lines.socsoSen + lines.eisSen + lines.lindungSen + lines.arrearsSocsoSen + lines.arrearsEisSen + lines.arrearsLindungSen +
            lines.pcbSen + lines.cp38Sen + lines.zakatSen + lines.unpaidLeaveSen + lines.salaryAdvanceSen + lines.loanRepaymentSen + lines.otherDeductionSen;
          expect(r.grossSen, label).toBe(gross);
          expect(r.totalDeductionsSen, label).toBe(everyLine);
          expect(r.netSen, label).toBe(r.grossSen - everyLine);
          expect(r.netSen, label).toBeGreaterThanOrEqual(0);
          expect([lines.socsoSen, lines.eisSen, lines.lindungSen], label).toEqual([contributions.socso.employeeSen, contributions.eis.employeeSen, contributions.lindung.employeeSen]);
          expect([r.employer.socsoSen, r.employer.eisSen], label).toEqual([contributions.socso.employerSen, contributions.eis.employerSen]);
          expect([lines.epfSen, r.employer.epfSen], label).toEqual([epf.employeeSen, epf.employerSen]);
          expect([r.pcb.k1Sen, r.pcb.ktSen], label).toEqual([k1, epf.employeeSen - k1]);
          expect(lines.pcbSen, label).toBe(pcb);
          expect([lines.cp38Sen, lines.zakatSen], label).toEqual([given.cp38Sen, d.zakat]);

          // The next month's year to date, as a finalised month would leave it.
          ytd = {
            sumYSen: ytd.sumYSen + y1 + yt,
            sumKSen: ytd.sumKSen + epf.employeeSen,
            xSen: ytd.xSen + pcb,
            zSen: ytd.zSen + pcbZakat,
            sumLpSen: ytd.sumLpSen + given.tp1.reliefSen,
          };
        }
      }
    }
    // The generator reached what it set out to: many months, bonus months and refusals.
    expect(months).toBeGreaterThan(2_000);
    expect(bonusMonths).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(5);
  });
});
