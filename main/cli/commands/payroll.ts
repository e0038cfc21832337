// `caruman payroll`: a company-month's payroll (gross to net for every employee paid), finalising
// and unlocking the month, and corrections of finalised months, through the router's payroll:*
// channels like every other command. payroll-output.ts says the results (loaded only when it runs).
import { companyOption, monthOption, outOption } from '../args';
import { call } from '../call';
import { CommandFailed, UsageError, type Command, type CommandContext } from '../command';
import { isMonth } from '../../../shared/calendar';

const companyMonthOptions = {
  company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company (required).' },
  month: { type: 'string', valueName: 'YYYY-MM', description: 'The wage month (required).' },
  json: { type: 'boolean', description: 'Print JSON.' },
} as const;

const payroll: Command = {
  path: ['payroll'],
  summary: "A month's payroll: gross pay, every deduction and net pay for each employee paid, with the employer's costs.",
  details: [
    'Examples:',
    '  caruman payroll --company A3700012345B --month 2026-07',
    '  caruman payroll --company A3700012345B --month 2026-07 --json',
    '  caruman payroll finalise --company A3700012345B --month 2026-07',
    '  caruman payroll unlock --company A3700012345B --month 2026-07 --reason "Overtime of 5 staff left out"',
    '  caruman payroll correct --company A3700012345B --employee 900101-14-5678 --for-month 2026-07 --paid-month 2026-08 --amount 250.00 --reason "Overtime left out"',
    '',
    'JSON: an array with one object per employee paid that month: id_number, name, gross, epf_employee, socso_employee,',
    'eis_employee, lindung_employee, pcb, zakat, other_deductions, net, epf_employer, socso_employer, eis_employer (ringgit',
    'strings with two decimals). gross − every deduction = net. other_deductions is CP38, unpaid leave, salary advance,',
    'loan repayment and other deductions; SOCSO, EIS and LINDUNG include their share on corrections of earlier months.',
    'An employee whose deductions would exceed the pay: the reason on stderr, nothing on stdout, exit code 1.',
  ].join('\n'),
  options: companyMonthOptions,
  async run(ctx, values) {
    const month = await call(ctx, 'payroll:month', { companyId: companyOption(ctx, values.company), month: monthOption(values.month) });
    const output = await import('./payroll-output');
    // All or nothing: a month with an employee who cannot be paid as entered prints no figures.
    if (month.refusals.length > 0) {
      for (const refusal of month.refusals) ctx.io.stderr(`caruman: ${refusal.message}\n`);
      throw new CommandFailed(output.refusedText(ctx, month.refusals.length));
    }
    for (const warning of month.warnings) ctx.io.stderr(`caruman: ${warning.message}\n`);
    if (ctx.json) output.printPayrollJson(ctx, month);
    else output.printPayrollTable(ctx, month);
    return 0;
  },
};

const finalise: Command = {
  path: ['payroll', 'finalise'],
  summary: 'Finalise (lock) a paid month: its figures are kept as they are and its pay can no longer be edited.',
  options: companyMonthOptions,
  async run(ctx, values) {
    const result = await call(ctx, 'payroll:finalise', { companyId: companyOption(ctx, values.company), month: monthOption(values.month) });
    const output = await import('./payroll-output');
    if (ctx.json) output.printJsonValue(ctx, result);
    else output.printFinalised(ctx, result);
    return 0;
  },
};

const unlock: Command = {
  path: ['payroll', 'unlock'],
  summary: 'Unlock a finalised month, with the reason kept in the change history; says what was already filed for it.',
  options: {
    ...companyMonthOptions,
    reason: { type: 'string', valueName: 'TEXT', description: 'Why the month is unlocked (required).' },
  },
  async run(ctx, values) {
    if (typeof values.reason !== 'string') throw new UsageError({ key: 'cli.usage.unlockReason' });
    const result = await call(ctx, 'payroll:unlock', { companyId: companyOption(ctx, values.company), month: monthOption(values.month), reason: values.reason });
    const output = await import('./payroll-output');
    if (ctx.json) output.printJsonValue(ctx, result);
    else output.printUnlocked(ctx, result);
    return 0;
  },
};

const correct: Command = {
  path: ['payroll', 'correct'],
  summary: 'Pay what was short in a finalised month in a later month (arrears of wages).',
  details: [
    'The amount is EPF wages and additional remuneration for PCB in the month paid; for SOCSO, EIS and LINDUNG it is',
    'wages of the month corrected, shown in that month’s arrears statement (`caruman arrears`).',
  ].join('\n'),
  options: {
    company: companyMonthOptions.company,
    employee: { type: 'string', valueName: 'ID', description: 'The employee’s ID number (MyKad or passport) (required).' },
    'for-month': { type: 'string', valueName: 'YYYY-MM', description: 'The finalised month the pay was short in (required).' },
    'paid-month': { type: 'string', valueName: 'YYYY-MM', description: 'The open month it is paid in (required).' },
    amount: { type: 'string', valueName: 'RM', description: 'The amount short, in ringgit, e.g. 250.00 (required).' },
    reason: { type: 'string', valueName: 'TEXT', description: 'What the correction is for (required).' },
    json: companyMonthOptions.json,
  },
  async run(ctx, values) {
    for (const name of ['employee', 'amount', 'reason'] as const) {
      if (typeof values[name] !== 'string') throw new UsageError({ key: 'cli.usage.correctMissing', params: { option: name } });
    }
    const forMonth = values['for-month'];
    const paidMonth = values['paid-month'];
    if (!isMonth(forMonth) || !isMonth(paidMonth)) throw new UsageError({ key: 'cli.usage.correctMonths' });
    const companyId = companyOption(ctx, values.company);
    const employeeId = await employeeIdOf(ctx, companyId, values.employee as string);
    const created = await call(ctx, 'payroll:addCorrection', {
      companyId,
      employeeId,
      forMonth,
      paidMonth,
      amount: values.amount as string,
      reason: values.reason as string,
    });
    const output = await import('./payroll-output');
    if (ctx.json) output.printJsonValue(ctx, created);
    else output.printCorrection(ctx, created);
    return 0;
  },
};

const payslips: Command = {
  path: ['payslips'],
  summary: "Write a month's payslips: one PDF per employee paid and one combined PDF (a page each), in each employee's language.",
  details: [
    'Examples:',
    '  caruman payslips --company A3700012345B --month 2026-07 --out ./payslips',
    '  caruman payslips --company A3700012345B --month 2026-07 --out ./payslips --replace',
    '',
    'The folder is created if missing. All the files are written or none; a file already there is kept unless --replace.',
    'A month that is not finalised gets payslips marked DRAFT.',
  ].join('\n'),
  options: {
    company: companyMonthOptions.company,
    month: companyMonthOptions.month,
    out: { type: 'string', valueName: 'DIR', description: 'Folder to write the payslips in (required).' },
    replace: { type: 'boolean', description: 'Replace payslips already in the folder.' },
    json: companyMonthOptions.json,
  },
  async run(ctx, values) {
    const written = await call(ctx, 'payslips:write', {
      companyId: companyOption(ctx, values.company),
      month: monthOption(values.month),
      folder: outOption(ctx, values.out),
      replace: values.replace === true,
    });
    const output = await import('./payroll-output');
    if (ctx.json) output.printJsonValue(ctx, written);
    else output.printPayslipsWritten(ctx, written);
    return 0;
  },
};

/** The employee of the company with this ID number (dashes and spaces ignored). */
async function employeeIdOf(ctx: CommandContext, companyId: number, idNumber: string): Promise<number> {
  const plain = (text: string) => text.replace(/[\s-]/g, '').toUpperCase();
  const wanted = plain(idNumber);
  const employees = await call(ctx, 'employees:list', { companyId });
  const found = employees.find((e) => plain(e.idNumber) === wanted || plain(e.perkesoId) === wanted);
  if (!found) throw new UsageError(ctx.t('cli.error.noEmployeeWithId', { id: idNumber }));
  return found.id;
}

export const payrollCommands = [payroll, finalise, unlock, correct, payslips];
