// `caruman payroll`: a company-month's payroll (gross to net for every employee paid), finalising
// and unlocking the month, and corrections of finalised months, through the router's payroll:*
// channels like every other command. payroll-output.ts says the results (loaded only when it runs).
import { companyOption, monthOption, outOption } from '../args';
import { call } from '../call';
import { CommandFailed, UsageError, type Command, type CommandContext } from '../command';
import { isMonth } from '../../../shared/calendar';

const companyMonthOptions = {
  company: { type: 'string', valueName: 'CODE' },
  month: { type: 'string', valueName: 'YYYY-MM' },
  json: { type: 'boolean' },
} as const;

const payroll: Command = {
  path: ['payroll'],
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
  options: {
    ...companyMonthOptions,
    reason: { type: 'string', valueName: 'TEXT' },
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
  options: {
    company: companyMonthOptions.company,
    employee: { type: 'string', valueName: 'ID' },
    'for-month': { type: 'string', valueName: 'YYYY-MM' },
    'paid-month': { type: 'string', valueName: 'YYYY-MM' },
    amount: { type: 'string', valueName: 'RM' },
    reason: { type: 'string', valueName: 'TEXT' },
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
  options: {
    company: companyMonthOptions.company,
    month: companyMonthOptions.month,
    out: { type: 'string', valueName: 'DIR' },
    replace: { type: 'boolean' },
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
