import type { Command } from '../command';
import { call, printJson, printTable } from '../call';

const list: Command = {
  path: ['companies', 'list'],
  options: { json: { type: 'boolean' } },
  async run(ctx) {
    const companies = await call(ctx, 'companies:list', {});
    if (ctx.json) printJson(ctx, companies);
    else if (companies.length === 0) ctx.io.stdout(`${ctx.t('cli.companies.none')}\n`);
    else
      printTable(
        ctx,
        [ctx.t('cli.column.employerCode'), ctx.t('cli.column.name'), ctx.t('cli.column.ssm')],
        companies.map((c) => [c.employerCode, c.name, c.ssmNumber ?? '']),
      );
    return 0;
  },
};

const add: Command = {
  path: ['companies', 'add'],
  options: {
    name: { type: 'string', valueName: 'NAME' },
    'employer-code': { type: 'string', valueName: 'CODE' },
    ssm: { type: 'string', valueName: 'NUMBER' },
    json: { type: 'boolean' },
  },
  async run(ctx, values) {
    const company = await call(ctx, 'companies:create', {
      name: (values.name as string | undefined) ?? '',
      employerCode: (values['employer-code'] as string | undefined) ?? '',
      ssmNumber: (values.ssm as string | undefined) ?? null,
    });
    if (ctx.json) printJson(ctx, company);
    else ctx.io.stdout(`${ctx.t('cli.companies.added', { name: company.name, code: company.employerCode })}\n`);
    return 0;
  },
};

const rename: Command = {
  path: ['companies', 'rename'],
  options: {
    company: { type: 'string', valueName: 'CODE' },
    name: { type: 'string', valueName: 'NAME' },
    json: { type: 'boolean' },
  },
  async run(ctx, values) {
    const existing = ctx.services().companies.getByEmployerCode(String(values.company ?? ''));
    const company = await call(ctx, 'companies:rename', { id: existing.id, name: String(values.name ?? '') });
    if (ctx.json) printJson(ctx, company);
    else ctx.io.stdout(`${ctx.t('cli.companies.renamed', { name: company.name, code: company.employerCode })}\n`);
    return 0;
  },
};

export const companyCommands = [list, add, rename];
