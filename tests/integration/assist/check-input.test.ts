// `check` reads only ordinary files, up to a size: a device, a FIFO or a huge file is refused at
// once, in the service (the app's check screen) and in the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecordsApp, type RecordsApp } from '../../helpers/records';
import { tempDirsPerTest } from '../../helpers/temp-dirs';
import { MAX_CHECK_BYTES } from '../../../main/services/month-files';

let app: RecordsApp | undefined;
const folder = tempDirsPerTest('caruman-check-');
afterEach(() => {
  app?.dispose();
  app = undefined;
});
function makeFifo(dir: string): string {
  const fifo = path.join(dir, 'SOCSO_pipe.txt');
  const made = spawnSync('mkfifo', [fifo]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  return fifo;
}

const posixOnly = process.platform === 'win32' ? it.skip : it;

describe('issue 11 item 10: check accepts ordinary files only, with a size cap', () => {
  posixOnly('the CLI refuses a FIFO and /dev/zero at once instead of blocking or reading forever', () => {
    const dir = folder();
    const fifo = makeFifo(dir);
    const bin = path.resolve('bin/caruman.mjs');
    // The sources (not a dist/cli bundle that may be older than them).
    const env = { ...process.env, CARUMAN_DATA_DIR: path.join(dir, 'data'), CARUMAN_LANG: 'en', CARUMAN_FROM_SOURCE: '1' };
    // Nobody ever writes to the FIFO: reading it would block the process for good.
    const piped = spawnSync(process.execPath, [bin, 'check', fifo], { env, encoding: 'utf8', timeout: 20_000 });
    expect(piped.signal).toBeNull();
    expect(piped.status).toBe(1);
    expect(piped.stderr).toBe(`caruman: ${fifo} is a pipe, not a file, so Caruman does not read it. Save what it carries as a file and choose that.\n`);

    const device = spawnSync(process.execPath, [bin, 'check', '/dev/zero'], { env, encoding: 'utf8', timeout: 20_000 });
    expect(device.signal).toBeNull();
    expect(device.status).toBe(1);
    expect(device.stderr).toBe('caruman: /dev/zero is a device, not a file. Choose an ordinary file.\n');
  });

  posixOnly('the service refuses a FIFO, a device, a folder and a file over the cap, saying its size and the limit', async () => {
    app = createRecordsApp();
    const dir = folder();
    const fifo = makeFifo(dir);
    const check = (file: string) => app!.router.invoke('assist:check', { file });
    expect(await check(fifo)).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'storage.file.notRegular.pipe', field: 'file' } });
    expect(await check('/dev/zero')).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'storage.file.notRegular.device' } });
    expect(await check(dir)).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'storage.file.notRegular.folder' } });

    // A sparse file one MB over the cap (64 MB): nothing is read.
    const huge = path.join(dir, 'SOCSO_huge.txt');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, MAX_CHECK_BYTES + 1024 * 1024);
    const refused = await check(huge);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'storage.file.tooLarge' } });
    expect(refused.ok ? '' : refused.error.message).toBe(`${huge} is 65.0 MB, larger than the 64.0 MB Caruman reads for this. Check that it is the right file.`);

    // An ordinary file still goes through.
    const small = path.join(dir, 'SOCSO_small.txt');
    fs.writeFileSync(small, 'x\r\n');
    expect(await check(small)).toMatchObject({ ok: true });
  });
});
