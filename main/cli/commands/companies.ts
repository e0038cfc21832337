import type { Command } from '../command';
import { call, printJson, printTable } from '../call';

const list: Command = {
  path: ['companies', 'list'],
  summary: 'List the companies in this Caruman database.',
  options: { json: { type: 'boolean', description: 'Print JSON instead of a table.' } },
  async run(ctx) {
    const companies = await call(ctx, 'companies:list', {});
    if (ctx.json) printJson(ctx, companies);
    else if (companies.length === 0) ctx.io.stdout('No companies yet. Add one with `caruman companies add`.\n');
    else
      printTable(
        ctx,
        ['EMPLOYER CODE', 'NAME', 'SSM / MYCOID'],
        companies.map((c) => [c.employerCode, c.name, c.ssmNumber ?? '']),
      );
    return 0;
  },
};

const add: Command = {
  path: ['companies', 'add'],
  summary: 'Add a company.',
  details: 'Example:\n  caruman companies add --name "Kedai Runcit Ali" --employer-code A3700012345B --ssm 202301012345',
  options: {
    name: { type: 'string', valueName: 'NAME', description: 'Company name (required).' },
    'employer-code': { type: 'string', valueName: 'CODE', description: 'PERKESO employer code, up to 12 letters and digits (required).' },
    ssm: { type: 'string', valueName: 'NUMBER', description: 'SSM / MyCoID registration number (optional).' },
    json: { type: 'boolean', description: 'Print the new company as JSON.' },
  },
  async run(ctx, values) {
    const company = await call(ctx, 'companies:create', {
      name: (values.name as string | undefined) ?? '',
      employerCode: (values['employer-code'] as string | undefined) ?? '',
      ssmNumber: (values.ssm as string | undefined) ?? null,
    });
    if (ctx.json) printJson(ctx, company);
    else ctx.io.stdout(`Added ${company.name} (${company.employerCode}).\n`);
    return 0;
  },
};

const rename: Command = {
  path: ['companies', 'rename'],
  summary: 'Rename a company.',
  options: {
    company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company (required).' },
    name: { type: 'string', valueName: 'NAME', description: 'The new name (required).' },
    json: { type: 'boolean', description: 'Print the company as JSON.' },
  },
  async run(ctx, values) {
    const existing = ctx.services().companies.getByEmployerCode(String(values.company ?? ''));
    const company = await call(ctx, 'companies:rename', { id: existing.id, name: String(values.name ?? '') });
    if (ctx.json) printJson(ctx, company);
    else ctx.io.stdout(`Renamed ${company.employerCode} to ${company.name}.\n`);
    return 0;
  },
};

export const companyCommands = [list, add, rename];
