// Issue 12 ("the CLI speaks the chosen language in all output"): `caruman --help`, a group's help
// and every command's --help are said from the help catalogue in the CLI's language —
// CARUMAN_LANG, else the language saved in the app's settings, else English — and every key a
// command's help uses exists in both catalogues. Through runCli in-process, with a real data folder.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../main/cli/commands';
import { helpKeys } from '../../main/cli/help';
import { createServices } from '../../main/services';
import { cliHelp } from '../../shared/i18n/messages/cli-help';
import type { Locale } from '../../shared/i18n/catalog';
import { runCaruman } from '../helpers/cli';
import { tempDirsPerTest } from '../helpers/temp-dirs';

const dataDir = tempDirsPerTest();
const other = (locale: Locale): Locale => (locale === 'ms' ? 'en' : 'ms');

/**
 * The sentences of the help catalogue in one language that the other language words differently:
 * each line of each template, split at its parameters, long enough to be a sentence. Command
 * lines, file layouts and column names are the same in both and are left out.
 */
function sentencesOnlyIn(locale: Locale): string[] {
  const mine = cliHelp[locale] as Record<string, string>;
  const theirs = cliHelp[other(locale)] as Record<string, string>;
  const theirLines = new Set(Object.values(theirs).flatMap((t) => t.split('\n').map((l) => l.trim())));
  return Object.values(mine)
    .flatMap((template) => template.split('\n'))
    .map((line) => line.trim())
    .filter((line) => !theirLines.has(line))
    .flatMap((line) => line.split(/\{[^}]*\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 20 && /[a-z]{3,} [a-z]{2,} [a-z]{2,}/i.test(part));
}

async function allHelp(env: Record<string, string>, dir: string): Promise<string[]> {
  const pages = [(await runCaruman(['--help'], dir, env)).stdout, (await runCaruman(['payroll'], dir, env)).stdout];
  for (const command of commands) pages.push((await runCaruman([...command.path, '--help'], dir, env)).stdout);
  return pages;
}

describe('caruman help in the chosen language', () => {
  it('has every key a command’s help uses in both catalogues, and no help text for a command that does not exist', () => {
    const used = new Set(['cli.help.header', 'cli.help.usage', 'cli.help.commands', 'cli.help.more', 'cli.help.dataNote', 'cli.help.commandUsage', 'cli.help.arguments', 'cli.help.options', 'cli.help.option.help']);
    const missing: string[] = [];
    for (const command of commands) {
      const keys = helpKeys(command);
      for (const key of [keys.summary, ...keys.args]) {
        used.add(key);
        for (const locale of ['ms', 'en'] as const) if (!(key in cliHelp[locale])) missing.push(`${locale} ${key}`);
      }
      if (keys.details in cliHelp.en) used.add(keys.details);
      for (const spec of Object.values(command.options)) if (spec.valueName) used.add(`cli.value.${spec.valueName}`);
      for (const p of command.positionals ?? []) used.add(`cli.value.${p.name}`);
      for (const [own, shared] of keys.options) {
        const key = own in cliHelp.en ? own : shared;
        used.add(key);
        for (const locale of ['ms', 'en'] as const) if (!(key in cliHelp[locale])) missing.push(`${locale} ${key}`);
      }
    }
    expect(missing).toEqual([]);
    // cli.value.* names only the values that have a word of their own (YYYY-MM stays as typed).
    expect(Object.keys(cliHelp.en).filter((key) => !used.has(key))).toEqual([]);
  });

  for (const locale of ['ms', 'en'] as const) {
    it(`CARUMAN_LANG=${locale}: the command list, a group and every command's --help have no sentence of the other language`, async () => {
      const dir = dataDir();
      const pages = await allHelp({ CARUMAN_LANG: locale }, dir);
      expect(pages).toHaveLength(commands.length + 2);
      const foreign = sentencesOnlyIn(other(locale));
      expect(foreign.length).toBeGreaterThan(100);
      const found = pages.flatMap((page) => foreign.filter((sentence) => page.includes(sentence)));
      expect(found).toEqual([]);
      // Nothing unsaid: no key shown in place of its words.
      expect(pages.filter((page) => /cli\.(cmd|opt|help)\./.test(page))).toEqual([]);
      // Help touches no data folder.
      expect(fs.readdirSync(dir)).toEqual([]);
    });
  }

  it('says the command list, a command and its options in Malay, word for word', async () => {
    const dir = dataDir();
    const root = (await runCaruman(['--help'], dir, { CARUMAN_LANG: 'ms' })).stdout;
    expect(root).toContain('Cara guna: caruman <arahan> [pilihan]\n\nArahan:\n');
    expect(root).toContain('Jalankan `caruman <arahan> --help` untuk pilihan sesuatu arahan.');
    expect(root).toMatch(/caruman payroll finalise\s+Muktamadkan \(kunci\) bulan yang telah dibayar/);
    const importWages = await runCaruman(['import', 'wages', '--help'], dir, { CARUMAN_LANG: 'ms' });
    expect(importWages.code).toBe(0);
    expect(importWages.stdout).toContain('Cara guna: caruman import wages FAIL [pilihan]\n\nImport gaji sebulan daripada fail CSV atau .xlsx.\n\nArgumen:\n  FAIL  Fail .csv atau .xlsx.\n');
    expect(importWages.stdout).toMatch(/--company KOD\s+Kod majikan syarikat \(wajib\)\./);
    expect(importWages.stdout).toMatch(/--month YYYY-MM\s+Bulan caruman bagi gaji itu \(wajib\)\./);
    expect(importWages.stdout).toMatch(/--help\s+Tunjukkan bantuan ini\./);
    // The template's headers, listed from the column declarations in both languages.
    expect(importWages.stdout).toContain('  No KP*, Gaji pokok (RM), Lebih masa (RM)');
    expect(importWages.stdout).toContain('  ID number*, Basic (RM), Overtime (RM)');
  });

  it('without CARUMAN_LANG, speaks the language saved in the app; English where nothing is saved', async () => {
    const dir = dataDir();
    expect((await runCaruman(['--help'], dir, { CARUMAN_LANG: '' })).stdout).toContain('Usage: caruman <command> [options]');
    expect(fs.readdirSync(dir)).toEqual([]);
    const services = createServices({ dataDir: dir, filesDir: path.join(dir, 'files') });
    services.settings.setLocale('ms');
    services.close();
    const before = fs.statSync(path.join(dir, 'caruman.sqlite')).mtimeMs;
    const help = await runCaruman(['pack', '--help'], dir, { CARUMAN_LANG: '' });
    expect(help.stdout).toContain('Cara guna: caruman pack [pilihan]');
    expect(help.stdout).toMatch(/--all\s+Setiap syarikat\./);
    expect(fs.statSync(path.join(dir, 'caruman.sqlite')).mtimeMs).toBe(before);
    // CARUMAN_LANG wins over the setting.
    expect((await runCaruman(['pack', '--help'], dir, { CARUMAN_LANG: 'en' })).stdout).toContain('Usage: caruman pack [options]');
  });
});
