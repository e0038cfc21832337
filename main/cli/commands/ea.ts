// `caruman ea`: a year's Forms EA (one PDF per employee paid and one combined PDF) written into a
// folder, through the router's ea:write channel like every other command.
import { companyOption, outOption, yearOption } from '../args';
import { call, printJson } from '../call';
import type { Command } from '../command';

const ea: Command = {
  path: ['ea'],
  summary: "Write a year's Forms EA: one PDF per employee paid and one combined PDF, in each employee's language.",
  details: [
    'Examples:',
    '  caruman ea --company A3700012345B --year 2026 --out ./ea-2026',
    '  caruman ea --company A3700012345B --year 2026 --out ./ea-2026 --replace',
    '',
    'The figures are the sums of the year’s finalised months. Refused while a month of the year with wages is not',
    'finalised. The folder is created if missing; all the files are written or none; a file already there is kept',
    'unless --replace.',
  ].join('\n'),
  options: {
    company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company (required).' },
    year: { type: 'string', valueName: 'YYYY', description: 'The year of the forms (required).' },
    out: { type: 'string', valueName: 'DIR', description: 'Folder to write the forms in (required).' },
    replace: { type: 'boolean', description: 'Replace forms already in the folder.' },
    json: { type: 'boolean', description: 'Print JSON.' },
  },
  async run(ctx, values) {
    const year = yearOption(values.year);
    const folder = outOption(ctx, values.out);
    const written = await call(ctx, 'ea:write', {
      companyId: companyOption(ctx, values.company),
      year,
      folder,
      replace: values.replace === true,
    });
    if (ctx.json) printJson(ctx, written);
    else {
      // The messages load when the command runs, not for `caruman --help`.
      const { translate } = await import('../../../shared/i18n/catalog');
      ctx.io.stdout(`${translate(ctx.locale(), 'ea.cli.written', { count: written.files.length, folder: written.folder })}\n`);
      for (const file of written.files) ctx.io.stdout(`  ${file.fileName}\n`);
    }
    return 0;
  },
};

const cp8d: Command = {
  path: ['ea', 'cp8d'],
  summary: "Write a year's C.P.8D file (the employees' particulars for Form E) from the same figures as the Forms EA.",
  details: [
    'Examples:',
    '  caruman ea cp8d --company A3700012345B --year 2026 --out ./form-e-2026',
    '',
    'One line per employee paid in the year, fields separated by |, named CP8D_<E number>_<year>.txt. Needs the',
    'company’s LHDN employer number (E number). Refused while a month of the year with wages is not finalised.',
    'The order of the amount fields follows a published example of LHDN’s Pin. 2023 layout and is not confirmed',
    'by LHDN’s own text (shared/tax/cp8d/layout.ts): check it before uploading.',
  ].join('\n'),
  options: {
    company: { type: 'string', valueName: 'CODE', description: 'Employer code of the company (required).' },
    year: { type: 'string', valueName: 'YYYY', description: 'The year of remuneration (required).' },
    out: { type: 'string', valueName: 'DIR', description: 'Folder to write the file in (required).' },
    replace: { type: 'boolean', description: 'Replace a C.P.8D file of the same name already in the folder.' },
    json: { type: 'boolean', description: 'Print JSON.' },
  },
  async run(ctx, values) {
    const year = yearOption(values.year);
    const folder = outOption(ctx, values.out);
    const written = await call(ctx, 'ea:writeCp8d', {
      companyId: companyOption(ctx, values.company),
      year,
      folder,
      replace: values.replace === true,
    });
    if (ctx.json) printJson(ctx, written);
    else {
      const { translate } = await import('../../../shared/i18n/catalog');
      ctx.io.stdout(`${translate(ctx.locale(), 'ea.cli.cp8dWritten', { year, count: written.lines, file: written.files[0]?.path ?? written.folder })}\n`);
    }
    return 0;
  },
};

export const eaCommands = [ea, cp8d];
