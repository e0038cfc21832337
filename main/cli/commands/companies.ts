import type { Command } from '../command';
import { companyOption, sharedOptions } from '../args';
import { call, printJson, printList } from '../call';

const list: Command = {
  path: ['companies', 'list'],
  options: sharedOptions('json'),
  async run(ctx) {
    printList(ctx, await call(ctx, 'companies:list', {}), {
      none: ctx.t('cli.companies.none'),
      headers: [ctx.t('cli.column.employerCode'), ctx.t('cli.column.name'), ctx.t('cli.column.ssm')],
      row: (c) => [c.employerCode, c.name, c.ssmNumber ?? ''],
    });
    return 0;
  },
};

const add: Command = {
  path: ['companies', 'add'],
  options: {
    name: { type: 'string', valueName: 'NAME' },
    'employer-code': { type: 'string', valueName: 'CODE' },
    ssm: { type: 'string', valueName: 'NUMBER' },
    ...sharedOptions('json'),
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
  options: { ...sharedOptions('company'), name: { type: 'string', valueName: 'NAME' }, ...sharedOptions('json') },
  async run(ctx, values) {
    const company = await call(ctx, 'companies:rename', { id: companyOption(ctx, values.company), name: String(values.name ?? '') });
    if (ctx.json) printJson(ctx, company);
    else ctx.io.stdout(`${ctx.t('cli.companies.renamed', { name: company.name, code: company.employerCode })}\n`);
    return 0;
  },
};

export const companyCommands = [list, add, rename];
