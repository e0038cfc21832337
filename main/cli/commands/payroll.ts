// `caruman payroll`: a company-month's payroll (gross to net for every employee paid), finalising
// and unlocking the month, and corrections of finalised months, through the router's payroll:*
// channels like every other command. payroll-output.ts says the results (loaded only when it runs).
import { companyMonthRequest, companyOption, outOption, sharedOptions, typedMonthOption } from '../args';
import { call } from '../call';
import { CommandFailed, UsageError, type Command, type CommandContext } from '../command';
import type * as PayrollOutput from './payroll-output';

const payroll: Command = {
  path: ['payroll'],
  options: sharedOptions('company', 'month', 'json'),
  async run(ctx, values) {
    const month = await call(ctx, 'payroll:month', companyMonthRequest(ctx, values));
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
  options: sharedOptions('company', 'month', 'json'),
  async run(ctx, values) {
    const result = await call(ctx, 'payroll:finalise', companyMonthRequest(ctx, values));
    return await answer(ctx, result, (output) => output.printFinalised);
  },
};

const unlock: Command = {
  path: ['payroll', 'unlock'],
  options: { ...sharedOptions('company', 'month', 'json'), reason: { type: 'string', valueName: 'TEXT' } },
  async run(ctx, values) {
    if (typeof values.reason !== 'string') throw new UsageError({ key: 'cli.usage.unlockReason' });
    const result = await call(ctx, 'payroll:unlock', { ...companyMonthRequest(ctx, values), reason: values.reason });
    return await answer(ctx, result, (output) => output.printUnlocked);
  },
};

const correct: Command = {
  path: ['payroll', 'correct'],
  options: {
    ...sharedOptions('company'),
    employee: { type: 'string', valueName: 'ID' },
    'for-month': { type: 'string', valueName: 'YYYY-MM' },
    'paid-month': { type: 'string', valueName: 'YYYY-MM' },
    amount: { type: 'string', valueName: 'RM' },
    reason: { type: 'string', valueName: 'TEXT' },
    ...sharedOptions('json'),
  },
  async run(ctx, values) {
    for (const name of ['employee', 'amount', 'reason'] as const) {
      if (typeof values[name] !== 'string') throw new UsageError({ key: 'cli.usage.correctMissing', params: { option: name } });
    }
    const given = [values['for-month'], values['paid-month']];
    if (!given.every((value) => typeof value === 'string' && value.trim() !== '')) throw new UsageError({ key: 'cli.usage.correctMonths' });
    const forMonth = typedMonthOption(given[0] as string, 'for-month');
    const paidMonth = typedMonthOption(given[1] as string, 'paid-month');
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
    return await answer(ctx, created, (output) => output.printCorrection);
  },
};

const payslips: Command = {
  path: ['payslips'],
  options: sharedOptions('company', 'month', 'out', 'replace', 'json'),
  async run(ctx, values) {
    const written = await call(ctx, 'payslips:write', {
      ...companyMonthRequest(ctx, values),
      folder: outOption(ctx, values.out),
      replace: values.replace === true,
    });
    return await answer(ctx, written, (output) => output.printPayslipsWritten);
  },
};

/** Says a command's result: as JSON with --json, else in words (payroll-output.ts, loaded only now). */
async function answer<Result>(ctx: CommandContext, result: Result, words: (output: typeof PayrollOutput) => (ctx: CommandContext, result: Result) => void): Promise<number> {
  const output = await import('./payroll-output');
  if (ctx.json) output.printJsonValue(ctx, result);
  else words(output)(ctx, result);
  return 0;
}

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
