// The help of `caruman`, of a group (`caruman payroll`) and of each command, in the CLI's
// language. The words live in the help catalogue (shared/i18n/messages/cli-help.ts), keyed by the
// command's path (see Command in command.ts); help-words.ts loads it only when help is printed,
// so this module and the command list stay free of messages.
import type { Command } from './command';
import type { MessageParams } from '../../shared/i18n/format';

/** Says a help key in the chosen language; undefined when the catalogue has no such key. */
export type HelpSay = (key: string, params?: MessageParams) => string | undefined;

const base = (command: Command) => `cli.cmd.${command.path.join('.')}`;

/** The keys a command's help uses, in the order it says them (the test checks both catalogues have each). */
export function helpKeys(command: Command): { summary: string; details: string; args: string[]; options: [string, string][] } {
  const key = base(command);
  return {
    summary: `${key}.summary`,
    details: `${key}.details`,
    args: (command.positionals ?? []).map((p) => `${key}.arg.${p.name}`),
    // An option's own words for this command, else the words every command shares for it.
    options: Object.keys(command.options).map((name) => [`${key}.opt.${name}`, `cli.opt.${name}`]),
  };
}

/** A value's name in the help's language (CODE → KOD); typed values (YYYY-MM, csv|xlsx) as they are. */
function valueName(say: HelpSay, name: string): string {
  return say(`cli.value.${name}`) ?? name;
}

/** A key that must exist: said, or shown as the key itself so a gap is visible (and the test fails). */
function must(say: HelpSay, key: string, params?: MessageParams): string {
  return say(key, params) ?? key;
}

function commandList(commands: Command[], say: HelpSay): string {
  const width = Math.max(...commands.map((c) => c.path.join(' ').length));
  const lines = commands.map((c) => `  caruman ${c.path.join(' ').padEnd(width)}  ${must(say, helpKeys(c).summary)}`);
  return `${must(say, 'cli.help.usage')}\n\n${must(say, 'cli.help.commands')}\n${lines.join('\n')}\n\n${must(say, 'cli.help.more')}\n${must(say, 'cli.help.dataNote')}\n`;
}

export function rootHelp(commands: Command[], say: HelpSay): string {
  return `${must(say, 'cli.help.header')}\n\n${commandList(commands, say)}`;
}

export function groupHelp(commands: Command[], words: string[], say: HelpSay): string | null {
  const group = commands.filter((c) => words.every((w, i) => c.path[i] === w));
  if (group.length === 0) return null;
  return commandList(group, say);
}

export function commandHelp(command: Command, say: HelpSay): string {
  const keys = helpKeys(command);
  const positionals = (command.positionals ?? []).map((p) => (p.required ? ` ${valueName(say, p.name)}` : ` [${valueName(say, p.name)}]`)).join('');
  const rows = Object.entries(command.options).map(([name, spec], index) => {
    const flag = `--${name}${spec.type === 'string' ? ` ${valueName(say, spec.valueName ?? 'VALUE')}` : ''}`;
    const [own, shared] = keys.options[index] as [string, string];
    return [flag, say(own) ?? must(say, shared)] as const;
  });
  rows.push(['--help', must(say, 'cli.help.option.help')]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const positionalRows = (command.positionals ?? []).map((p, index) => `  ${valueName(say, p.name)}  ${must(say, keys.args[index] as string)}`);
  const details = say(keys.details, command.helpParams?.());
  return [
    must(say, 'cli.help.commandUsage', { command: command.path.join(' '), arguments: positionals }),
    '',
    must(say, keys.summary),
    '',
    ...(positionalRows.length ? [must(say, 'cli.help.arguments'), ...positionalRows, ''] : []),
    must(say, 'cli.help.options'),
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    ...(details ? ['', details] : []),
    '',
  ].join('\n');
}
