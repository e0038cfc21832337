import type { Command } from './command';

const HEADER = 'caruman: SOCSO, EIS and LINDUNG 24 Jam contributions for Malaysian employers\n';
const DATA_NOTE =
  'Data lives in the per-user data folder (the same database as the Caruman app);\nset CARUMAN_DATA_DIR to use another folder. CARUMAN_LANG=ms|en picks the language of messages.\n';

export function rootHelp(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.path.join(' ').length));
  const lines = commands.map((c) => `  caruman ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  return `${HEADER}\nUsage: caruman <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`caruman <command> --help\` for a command's options.\n${DATA_NOTE}`;
}

export function groupHelp(commands: Command[], words: string[]): string | null {
  const group = commands.filter((c) => words.every((w, i) => c.path[i] === w));
  if (group.length === 0) return null;
  return rootHelp(group).replace(HEADER, '');
}

export function commandHelp(command: Command): string {
  const positionals = (command.positionals ?? []).map((p) => (p.required ? ` ${p.name}` : ` [${p.name}]`)).join('');
  const rows = Object.entries(command.options).map(([name, spec]) => {
    const flag = `--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''}`;
    return [flag, spec.description] as const;
  });
  rows.push(['--help', 'Show this help.']);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const positionalRows = (command.positionals ?? []).map((p) => `  ${p.name}  ${p.description}`);
  return [
    `Usage: caruman ${command.path.join(' ')}${positionals} [options]`,
    '',
    command.summary,
    '',
    ...(positionalRows.length ? ['Arguments:', ...positionalRows, ''] : []),
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    ...(command.details ? ['', command.details] : []),
    '',
  ].join('\n');
}
