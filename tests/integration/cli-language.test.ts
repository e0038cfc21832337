// Issue 12 ("the CLI speaks the chosen language in all output, tables and headings too"): with
// CARUMAN_LANG=ms every table heading, every one-line result and the values the tables show
// (stages, outcomes, nationality, the kind of backup) are in Malay, and dates are DD/MM/YYYY.
// The real CLI in-process over a real database in a temporary folder.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaruman } from '../helpers/cli';
import { tempDirsPerTest } from '../helpers/temp-dirs';
import { createServices } from '../../main/services';

const dataDir = tempDirsPerTest();

/** The English words the commands printed before they went through the catalogue. */
const ENGLISH = [
  'EMPLOYER CODE', 'COMPANY', 'No companies yet', 'Added ', 'Renamed ', 'Backed up to', 'CREATED (UTC)', 'KIND', 'VERSION',
  'ID NUMBER', 'NATIONALITY', 'HIRED', 'WARNINGS', 'STAGE', 'WAGES', 'INTEREST', 'LATE REG', 'MONTH', 'SOCSO ER', 'TOTAL',
  'RESULT', 'NOTE', 'Wrote ', ' generated', 'Citizen', 'Made by you', 'Ready to generate', 'Files generated',
];

describe('caruman in Malay: tables and results', () => {
  it('says every heading, result and value in Malay, and dates DD/MM/YYYY', async () => {
    const dir = dataDir();
    const ms = { CARUMAN_LANG: 'ms' };
    const out: string[] = [];
    const run = async (...args: string[]) => {
      const result = await runCaruman(args, dir, ms);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      out.push(result.stdout);
      return result.stdout;
    };
    expect(await run('companies', 'list')).toBe('Belum ada syarikat. Tambah satu dengan `caruman companies add`.\n');
    expect(await run('companies', 'add', '--name', 'Kedai Runcit Ali', '--employer-code', 'A3700012345B')).toBe('Kedai Runcit Ali (A3700012345B) ditambah.\n');
    expect(await run('companies', 'rename', '--company', 'A3700012345B', '--name', 'Kedai Runcit Ali Enterprise')).toBe('Nama A3700012345B ditukar kepada Kedai Runcit Ali Enterprise.\n');
    expect(await run('companies', 'list')).toMatch(/^KOD MAJIKAN\s+NAMA\s+SSM \/ MYCOID\n/);

    const staff = path.join(dir, 'pekerja.csv');
    fs.writeFileSync(staff, 'Nama,No KP,Tarikh mula kerja,Tarikh daftar PERKESO\nSiti binti Abu,900202-10-5154,02/01/2020,03/01/2020\n');
    await run('import', 'employees', staff, '--company', 'A3700012345B');
    const employees = await run('employees', 'list', '--company', 'A3700012345B');
    expect(employees).toMatch(/^NO KP\s+NAMA\s+KEWARGANEGARAAN\s+MULA KERJA\s+BERHENTI\s+AMARAN\n/);
    expect(employees).toMatch(/900202105154\s+Siti binti Abu\s+Warganegara\s+02\/01\/2020/);

    const wages = path.join(dir, 'gaji.csv');
    fs.writeFileSync(wages, 'No KP,Gaji pokok (RM)\n900202-10-5154,2500\n');
    await run('import', 'wages', wages, '--company', 'A3700012345B', '--month', '2026-07');
    const status = await run('status', '--month', '2026-07');
    expect(status).toMatch(/^KOD MAJIKAN\s+SYARIKAT\s+PERINGKAT\s+GAJI\s+FAIL\s+PAKEJ\s+TARIKH AKHIR\s+HARI\s+JUMLAH\s+FAEDAH \(ANGGARAN\)\s+DAFTAR LEWAT\n/);
    // July 2026's wages: PERKESO by 15/08/2026; ready to generate.
    expect(status).toMatch(/Sedia untuk dijana\s+1\/1\s+15\/08\/2026/);

    const files = path.join(dir, 'fail');
    fs.mkdirSync(files);
    const all = await run('export', '--all', '--month', '2026-07', '--out', files);
    expect(all).toMatch(/^KOD MAJIKAN\s+SYARIKAT\s+HASIL\s+FAIL\s+JUMLAH\s+CATATAN\n/);
    expect(all).toContain('Dijana');
    expect(all).toMatch(/1 dijana, 0 dilangkau, 0 gagal\. Ringkasan: /);

    expect(await run('backup')).toMatch(/^Sandaran dibuat ke .+ \(.+\)\.\n$/);
    const backups = await run('backup', 'list');
    expect(backups).toMatch(/^DIBUAT \(UTC\)\s+JENIS\s+SAIZ\s+VERSI\s+FAIL\n/);
    expect(backups).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}\s+Dibuat oleh anda/);

    const audit = path.join(dir, 'audit');
    fs.mkdirSync(audit);
    expect(await run('audit', '--company', 'A3700012345B', '--year', '2026', '--out', audit)).toMatch(/^Ditulis ke .+ \(\d+ bulan, \d+ fail\)\.\n$/);

    const exported = path.join(dir, 'eksport-pekerja.csv');
    const wrote = await runCaruman(['export', 'employees', '--company', 'A3700012345B', '--out', exported], dir, ms);
    expect(wrote.stderr).toBe(`Ditulis: ${exported}\n`);

    expect(await run('calc', '--month', '2024-10', '--wages', '1050', '--dob', '1990-03-14')).toMatch(/^ID\s+BULAN\s+GAJI\s+KAT\s+PERKESO MJK\s+PERKESO PKJ\s+SIP MJK\s+SIP PKJ\s+LINDUNG PKJ\s+JUMLAH\n/);

    const said = out.join('\n');
    expect(ENGLISH.filter((english) => said.includes(english))).toEqual([]);
  });
});

describe('the CLI language when nobody chose one', () => {
  // One rule for help, refused arguments and every message (main/cli/language.ts): CARUMAN_LANG,
  // else the language saved in the app, else English — the app's own Malay default is not a choice.
  const unset = { CARUMAN_LANG: undefined } as unknown as Record<string, string>;

  it('speaks English on a fresh database: messages, help and a refused argument alike', async () => {
    const dir = dataDir();
    const added = await runCaruman(['companies', 'add', '--name', 'Kedai Runcit Ali', '--employer-code', 'A3700012345B'], dir, unset);
    expect(added.stdout).toBe('Added Kedai Runcit Ali (A3700012345B).\n');
    expect((await runCaruman(['companies', 'list', '--help'], dir, unset)).stdout).toMatch(/^Usage: caruman companies list/);
    expect((await runCaruman(['companies', 'list', '--bogus'], dir, unset)).stderr).toBe('caruman: unknown option --bogus (see `caruman companies list --help` for the options it takes)\n');
  });

  it('speaks the language saved in the app, in messages, help and refused arguments', async () => {
    const dir = dataDir();
    await runCaruman(['companies', 'add', '--name', 'Kedai Runcit Ali', '--employer-code', 'A3700012345B'], dir, unset);
    const services = createServices({ dataDir: dir });
    services.settings.setLocale('ms');
    services.close();
    expect((await runCaruman(['companies', 'rename', '--company', 'A3700012345B', '--name', 'Kedai Ali'], dir, unset)).stdout).toBe('Nama A3700012345B ditukar kepada Kedai Ali.\n');
    expect((await runCaruman(['companies', 'list', '--help'], dir, unset)).stdout).toMatch(/^Cara guna: caruman companies list/);
    // Node's parseArgs words its refusals in English only; each kind is said in Malay.
    expect((await runCaruman(['companies', 'list', '--bogus'], dir, unset)).stderr).toBe('caruman: pilihan --bogus tidak dikenali (lihat `caruman companies list --help` untuk pilihan yang diterima)\n');
    expect((await runCaruman(['employees', 'list', '--company'], dir, unset)).stderr).toBe('caruman: --company memerlukan nilai selepasnya (lihat `caruman employees list --help`)\n');
    expect((await runCaruman(['companies', 'list', '--json=ya'], dir, unset)).stderr).toBe('caruman: --json tidak mengambil nilai: tulis ia sahaja (lihat `caruman companies list --help`)\n');
    // CARUMAN_LANG still wins over the saved language.
    expect((await runCaruman(['companies', 'list'], dir, { CARUMAN_LANG: 'en' })).stdout).toMatch(/^EMPLOYER CODE/);
  });
});
