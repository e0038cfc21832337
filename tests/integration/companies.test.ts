import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/services';
import type { Company } from '../../shared/domain/company';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.dispose());

function rowsOnDisk(): unknown[] {
  const raw = new Database(app.services.databaseFile, { readonly: true });
  try {
    return raw.prepare('SELECT name, employer_code, ssm_number FROM companies ORDER BY id').all();
  } finally {
    raw.close();
  }
}

describe('companies through the router', () => {
  it('creates, lists and renames a company, normalising what was typed', async () => {
    const created = await app.call<Company>('companies:create', {
      name: '  Kedai Runcit Ali ',
      employerCode: ' a3700012345b',
      ssmNumber: '202301-012345',
    });
    expect(created).toMatchObject({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: '202301-012345' });

    const renamed = await app.call<Company>('companies:rename', { id: created.id, name: 'Kedai Ali Sdn Bhd' });
    expect(renamed.name).toBe('Kedai Ali Sdn Bhd');
    expect(await app.call<Company[]>('companies:list')).toEqual([renamed]);
    expect(rowsOnDisk()).toEqual([{ name: 'Kedai Ali Sdn Bhd', employer_code: 'A3700012345B', ssm_number: '202301-012345' }]);
  });

  it('stores an empty SSM number as unknown', async () => {
    const created = await app.call<Company>('companies:create', { name: 'A', employerCode: 'B1', ssmNumber: '   ' });
    expect(created.ssmNumber).toBeNull();
  });

  it.each([
    [{ name: '', employerCode: 'A3700012345B' }, 'name', 'Type the company’s name.'],
    [{ name: '   ', employerCode: 'A3700012345B' }, 'name', 'Type the company’s name.'],
    [{ name: 'Kedai', employerCode: '' }, 'employerCode', 'Type the PERKESO employer code.'],
    [{ name: 'Kedai', employerCode: 'A37000123456B' }, 'employerCode', 'at most 12 characters'],
    [{ name: 'Kedai', employerCode: 'A3700/012345' }, 'employerCode', 'only letters and digits'],
    [{ name: 'Kedai', employerCode: 'A37.0001' }, 'employerCode', 'only letters and digits'],
    [{ name: 'Kedai', employerCode: 'ÀB12' }, 'employerCode', 'only letters and digits'],
    [{ name: 'Kedai' }, 'employerCode', 'Type the PERKESO employer code.'],
    [{ name: 'Kedai', employerCode: 12345 }, 'employerCode', 'Type the PERKESO employer code.'],
    [{ name: 'x'.repeat(151), employerCode: 'A1' }, 'name', 'at most 150 characters'],
    [{ name: 'Kedai', employerCode: 'A1', ssmNumber: 'SSM#1' }, 'ssmNumber', 'letters, digits and dashes'],
    [{ name: 'Kedai', employerCode: 'A1', extra: true }, '', 'Unexpected field "extra"'],
  ])('refuses %j with a clear message and writes nothing', async (input, field, message) => {
    const result = await app.router.invoke('companies:create', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.field).toBe(field || undefined);
    expect(result.error.message).toContain(message);
    expect(rowsOnDisk()).toEqual([]);
  });

  it('refuses a second company with the same employer code, whatever its case', async () => {
    await app.call('companies:create', { name: 'First', employerCode: 'A3700012345B' });
    const result = await app.router.invoke('companies:create', { name: 'Second', employerCode: 'a3700012345b' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'employerCode' } });
    expect(rowsOnDisk()).toHaveLength(1);
  });

  it('reports a rename of a missing company as NOT_FOUND', async () => {
    const result = await app.router.invoke('companies:rename', { id: 999, name: 'X' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers in the user’s language', async () => {
    const { createRouter } = await import('../../main/api/router');
    const malay = createRouter(app.services, { locale: () => 'ms' });
    const result = await malay.invoke('companies:create', { name: '', employerCode: 'A1' });
    expect(result).toMatchObject({ ok: false, error: { message: 'Taip nama syarikat.' } });
  });
});

describe('the router itself', () => {
  it('refuses an unknown channel without throwing', async () => {
    const result = await app.router.invoke('companies:drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'error.channel.unknown' } });
  });

  it.each([null, 42, 'text', [1, 2]])('refuses a non-object input %j as VALIDATION', async (input) => {
    const result = await app.router.invoke('companies:create', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('turns an unexpected failure into INTERNAL with no stack trace', async () => {
    app.services.db.close(); // every statement now throws a plain TypeError
    const result = await app.router.invoke('companies:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', key: 'error.internal' } });
    if (!result.ok) expect(result.error.message).not.toMatch(/at |TypeError|\.ts/);
  });
});

describe('company details', () => {
  it('updates only the details given, clears empty ones, and records each change', async () => {
    const created = await app.call<Company>('companies:create', { name: 'Kedai', employerCode: 'A1', ssmNumber: '2023-1' });
    await app.call('companies:update', { id: created.id, address: 'No 1, Jalan Ampang', phone: '03-1234 5678', portalUsername: 'kedai01' });
    const updated = await app.call<Company>('companies:update', { id: created.id, address: '  ', email: 'ali@kedai.my' });
    expect(updated).toMatchObject({
      name: 'Kedai',
      ssmNumber: '2023-1',
      address: null,
      phone: '03-1234 5678',
      email: 'ali@kedai.my',
      portalUsername: 'kedai01',
    });
    const log = app.services.db
      .prepare("SELECT field, old_value, new_value FROM change_log WHERE entity = 'company' ORDER BY id")
      .all();
    expect(log).toEqual([
      { field: 'address', old_value: null, new_value: 'No 1, Jalan Ampang' },
      { field: 'phone', old_value: null, new_value: '03-1234 5678' },
      { field: 'portalUsername', old_value: null, new_value: 'kedai01' },
      { field: 'address', old_value: 'No 1, Jalan Ampang', new_value: null },
      { field: 'email', old_value: null, new_value: 'ali@kedai.my' },
    ]);
  });

  it.each([
    [{ email: 'not-an-email' }, 'email'],
    [{ phone: 'call me' }, 'phone'],
    [{ outputFolder: 'relative/folder' }, 'outputFolder'],
    [{ employerCode: 'B2' }, ''],
  ])('refuses %j and changes nothing', async (change, field) => {
    const created = await app.call<Company>('companies:create', { name: 'Kedai', employerCode: 'A1' });
    const result = await app.router.invoke('companies:update', { id: created.id, ...change });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.field ?? '').toBe(field);
    expect(await app.call<Company[]>('companies:list')).toEqual([created]);
  });
});
