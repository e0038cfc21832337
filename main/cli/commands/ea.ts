// `caruman ea`: a year's Forms EA (one PDF per employee paid and one combined PDF) written into a
// folder, through the router's ea:write channel like every other command.
import { companyOption, outOption, yearOption } from '../args';
import { call, printJson } from '../call';
import type { Command } from '../command';

const ea: Command = {
  path: ['ea'],
  options: {
    company: { type: 'string', valueName: 'CODE' },
    year: { type: 'string', valueName: 'YYYY' },
    out: { type: 'string', valueName: 'DIR' },
    replace: { type: 'boolean' },
    json: { type: 'boolean' },
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
  options: {
    company: { type: 'string', valueName: 'CODE' },
    year: { type: 'string', valueName: 'YYYY' },
    out: { type: 'string', valueName: 'DIR' },
    replace: { type: 'boolean' },
    json: { type: 'boolean' },
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
