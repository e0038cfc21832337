// `caruman ea`: a year's Forms EA (one PDF per employee paid and one combined PDF) written into a
// folder, and `caruman ea cp8d`: the year's C.P.8D file — both through the router's ea:* channels
// like every other command, with the same options.
import { companyOption, outOption, sharedOptions, yearOption } from '../args';
import { call, printJson } from '../call';
import type { Command, CommandContext } from '../command';

const yearFolderOptions = sharedOptions('company', 'year', 'out', 'replace', 'json');

/** What both commands send: the year and the folder checked first, then the company. */
function yearFolderRequest(ctx: CommandContext, values: Record<string, string | boolean | undefined>) {
  const year = yearOption(values.year);
  const folder = outOption(ctx, values.out);
  return { companyId: companyOption(ctx, values.company), year, folder, replace: values.replace === true };
}

const ea: Command = {
  path: ['ea'],
  options: yearFolderOptions,
  async run(ctx, values) {
    const written = await call(ctx, 'ea:write', yearFolderRequest(ctx, values));
    if (ctx.json) printJson(ctx, written);
    else {
      ctx.io.stdout(`${ctx.t('ea.cli.written', { count: written.files.length, folder: written.folder })}\n`);
      for (const file of written.files) ctx.io.stdout(`  ${file.fileName}\n`);
    }
    return 0;
  },
};

const cp8d: Command = {
  path: ['ea', 'cp8d'],
  options: yearFolderOptions,
  async run(ctx, values) {
    const request = yearFolderRequest(ctx, values);
    const written = await call(ctx, 'ea:writeCp8d', request);
    if (ctx.json) printJson(ctx, written);
    else ctx.io.stdout(`${ctx.t('ea.cli.cp8dWritten', { year: request.year, count: written.lines, file: written.files[0]?.path ?? written.folder })}\n`);
    return 0;
  },
};

export const eaCommands = [ea, cp8d];
