// The `caruman` command: the same services and router as the app, for scripts and bookkeepers.
// runCli is pure apart from the io it is given, so tests run it in-process.
// Startup loads only what usage errors need (the command list); the help's words load when help
// is printed (help-words.ts), the services, the router and the message catalogue when a command
// runs (see session.ts).
import { parseArgs } from 'node:util';
import { ServiceError } from '../services/service-error';
import { CommandFailed, UsageError, type CliIo, type Command } from './command';
import { commands } from './commands';
import { commandHelp, groupHelp, rootHelp, type HelpSay } from './help';
import type { Session } from './session';
import type { MessageKey } from '../../shared/i18n/catalog';

/**
 * The process's own output, for bin/caruman.mjs. A reader that stops early (`caruman … | head`)
 * closes the pipe: the rest of the output is dropped quietly, with no EPIPE stack trace, and the
 * command still finishes its work (a file it is writing is never left half-done).
 */
export function processIo(): CliIo {
  const closed = new Set<NodeJS.WriteStream>();
  const writeTo = (stream: NodeJS.WriteStream) => {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed.add(stream);
    });
    return (text: string) => {
      if (!closed.has(stream)) stream.write(text);
    };
  };
  return { stdout: writeTo(process.stdout), stderr: writeTo(process.stderr), env: process.env, cwd: process.cwd() };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const jsonRequested = argv.includes('--json');
  let session: Session | null = null;
  try {
    const { command, rest } = findCommand(argv);
    if (!command) {
      const group = argv.filter((a) => !a.startsWith('-'));
      const wantsHelp = argv.length === 0 || argv.includes('--help') || argv.includes('-h');
      const isGroup = group.length > 0 && commands.some((c) => group.every((w, i) => c.path[i] === w));
      if (wantsHelp || (isGroup && group.length === 1)) {
        const say = await helpWords(io);
        const text = isGroup ? groupHelp(commands, group, say) : null;
        io.stdout(wantsHelp ? (text ?? rootHelp(commands, say)) : (text as string));
        return wantsHelp ? 0 : 2;
      }
      throw new UsageError({ key: 'cli.usage.unknownCommand', params: { command: group.join(' ') || argv.join(' ') } });
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(commandHelp(command, await helpWords(io)));
      return 0;
    }
    const { values, positionals } = parseCommandArgs(command, rest);
    const { openSession } = await import('./session');
    session = openSession(io, Boolean(values.json));
    return await command.run(session.context, values, positionals);
  } catch (error) {
    return await report(error, io, jsonRequested, session);
  } finally {
    (session as Session | null)?.close();
  }
}

/** The help's words in the CLI's language (loaded only now: `caruman --help` stays quick). */
async function helpWords(io: CliIo): Promise<HelpSay> {
  const { helpLocale, helpSay } = await import('./help-words');
  return helpSay(helpLocale(io.env));
}

function findCommand(argv: string[]): { command: Command | undefined; rest: string[] } {
  const words: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  // The longest command path that matches the leading words wins.
  let best: Command | undefined;
  for (const command of commands) {
    if (command.path.length <= words.length && command.path.every((p, i) => p === words[i])) {
      if (!best || command.path.length > best.path.length) best = command;
    }
  }
  return { command: best, rest: best ? argv.slice(best.path.length) : argv };
}

function parseCommandArgs(command: Command, rest: string[]) {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, spec]) => {
      const { valueName: _valueName, ...parseSpec } = spec;
      return [name, parseSpec];
    }),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(optionProblem(error, command.path.join(' ')));
  }
  const expected = command.positionals ?? [];
  if (parsed.positionals.length > expected.length) {
    throw new UsageError({ key: 'cli.usage.unexpectedArgument', params: { argument: parsed.positionals[expected.length] ?? '', command: command.path.join(' ') } });
  }
  const missing = expected.slice(parsed.positionals.length).find((p) => p.required);
  if (missing) throw new UsageError({ key: 'cli.usage.missingArgument', params: { argument: missing.name, command: command.path.join(' ') } });
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
}

/**
 * parseArgs' refusal said in the CLI's language: Node words it in English only, so the kinds it
 * names (by error code) get our own message with the option it quotes; anything else keeps
 * Node's first line.
 */
function optionProblem(error: unknown, command: string): { key: MessageKey; params: Record<string, string> } {
  const { code, message } = error as { code?: string; message?: string };
  const text = message ?? '';
  const option = /'(-[^' ]+(?:, -[^' ]+)?)/.exec(text)?.[1]?.split(', ').at(-1);
  if (option !== undefined) {
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { key: 'cli.usage.unknownOption', params: { option, command } };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && text.includes('argument missing')) return { key: 'cli.usage.optionNeedsValue', params: { option, command } };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && text.includes('does not take an argument')) return { key: 'cli.usage.optionTakesNoValue', params: { option, command } };
  }
  return { key: 'cli.usage.badOption', params: { problem: text.split('\n')[0] ?? '', command } };
}

async function report(error: unknown, io: CliIo, json: boolean, session: Session | null): Promise<number> {
  let message: string;
  let exitCode = 1;
  let details: unknown;
  if (error instanceof UsageError) {
    if (error.said) {
      const { translate } = await import('../../shared/i18n/catalog');
      const { cliLocale } = await import('./language');
      // Before a session is open (the arguments were refused), the same rule, read without opening the database for writing.
      const locale = session?.reportLocale() ?? cliLocale(io.env);
      message = translate(locale, error.said.key, error.said.params);
    } else {
      message = error.message;
    }
    exitCode = 2;
  } else if (error instanceof CommandFailed) {
    message = error.message;
    details = error.details;
  } else if (error instanceof ServiceError) {
    const { translate } = await import('../../shared/i18n/catalog');
    message = translate(session?.reportLocale() ?? (await import('./language')).CLI_FALLBACK_LOCALE, error.key, error.params);
    details = { error: { code: error.code, key: error.key, params: error.params, message } };
  } else {
    message = `internal error: ${(error as Error)?.message ?? String(error)}`;
  }
  if (json && details) io.stdout(`${JSON.stringify(details, null, 2)}\n`);
  io.stderr(`caruman: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return exitCode;
}
