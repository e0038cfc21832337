import { defineMessages } from '../define';

// Pay items and deductions (shared/pay): their names, and what each scheme makes of them.
export const pay = defineMessages({
  en: {
    'pay.item.basic': 'Basic salary',
    'pay.item.overtime': 'Overtime',
    'pay.item.commission': 'Commission',
    'pay.item.allowance': 'Allowances (incentive, shift, meal, cost of living, housing)',
    'pay.item.leave_pay': 'Pay for leave (annual, sick, maternity, rest day, public holiday)',
    'pay.item.arrears': 'Arrears of wages',
    'pay.item.bonus': 'Annual bonus',
    'pay.item.travel_allowance': 'Travel allowance and mileage',
    'pay.item.reimbursement': 'Reimbursements',
    'pay.item.gratuity': 'Gratuity and termination payments',
    'pay.item.gift': 'Gifts',
    'pay.item.service_charge': 'Service charge',
    'pay.item.payment_in_lieu_of_notice': 'Payment in lieu of notice',
    'pay.item.directors_fee': 'Director’s fee',

    'pay.deduction.unpaid_leave': 'Unpaid leave',
    'pay.deduction.salary_advance': 'Salary advance recovered',
    'pay.deduction.loan_repayment': 'Loan repayment',
    'pay.deduction.other_deduction': 'Other deduction',
    'pay.deduction.zakat': 'Zakat deducted from pay',

    'pay.overtime.normal': 'Overtime on a normal day (1.5×)',
    'pay.overtime.restDay': 'Overtime on a rest day (2×)',
    'pay.overtime.publicHoliday': 'Overtime on a public holiday (3×)',

    'pay.treatment.socso.wages': 'Wages for SOCSO, EIS and LINDUNG',
    'pay.treatment.socso.excluded': 'Not wages for SOCSO, EIS and LINDUNG',
    'pay.treatment.epf.wages': 'Wages for EPF',
    'pay.treatment.epf.bonus': 'Wages for EPF, counted as bonus',
    'pay.treatment.epf.excluded': 'Not wages for EPF',
    'pay.treatment.pcb.normal': 'Normal remuneration for PCB',
    'pay.treatment.pcb.additional': 'Additional remuneration for PCB',
    'pay.treatment.pcb.exempt': 'Tax-exempt (Form EA Part F)',
    'pay.treatment.pcb.none': 'Not income for tax',
  },
  ms: {
    'pay.item.basic': 'Gaji pokok',
    'pay.item.overtime': 'Kerja lebih masa',
    'pay.item.commission': 'Komisen',
    'pay.item.allowance': 'Elaun (insentif, syif, makan, sara hidup, perumahan)',
    'pay.item.leave_pay': 'Bayaran cuti (tahunan, sakit, bersalin, hari rehat, cuti umum)',
    'pay.item.arrears': 'Tunggakan gaji',
    'pay.item.bonus': 'Bonus tahunan',
    'pay.item.travel_allowance': 'Elaun perjalanan dan perbatuan',
    'pay.item.reimbursement': 'Bayaran balik',
    'pay.item.gratuity': 'Ganjaran dan bayaran penamatan',
    'pay.item.gift': 'Hadiah',
    'pay.item.service_charge': 'Caj perkhidmatan',
    'pay.item.payment_in_lieu_of_notice': 'Bayaran ganti notis',
    'pay.item.directors_fee': 'Yuran pengarah',

    'pay.deduction.unpaid_leave': 'Cuti tanpa gaji',
    'pay.deduction.salary_advance': 'Pendahuluan gaji dipotong balik',
    'pay.deduction.loan_repayment': 'Bayaran balik pinjaman',
    'pay.deduction.other_deduction': 'Potongan lain',
    'pay.deduction.zakat': 'Zakat dipotong daripada gaji',

    'pay.overtime.normal': 'Lebih masa pada hari biasa (1.5×)',
    'pay.overtime.restDay': 'Lebih masa pada hari rehat (2×)',
    'pay.overtime.publicHoliday': 'Lebih masa pada cuti umum (3×)',

    'pay.treatment.socso.wages': 'Gaji untuk PERKESO, SIP dan LINDUNG',
    'pay.treatment.socso.excluded': 'Bukan gaji untuk PERKESO, SIP dan LINDUNG',
    'pay.treatment.epf.wages': 'Gaji untuk KWSP',
    'pay.treatment.epf.bonus': 'Gaji untuk KWSP, dikira sebagai bonus',
    'pay.treatment.epf.excluded': 'Bukan gaji untuk KWSP',
    'pay.treatment.pcb.normal': 'Saraan biasa untuk PCB',
    'pay.treatment.pcb.additional': 'Saraan tambahan untuk PCB',
    'pay.treatment.pcb.exempt': 'Dikecualikan cukai (Borang EA Bahagian F)',
    'pay.treatment.pcb.none': 'Bukan pendapatan bercukai',
  },
});

export type PayMessageKey = keyof typeof pay.en;
