// Issue 11 item 13, end to end in plain Node: the real router and services over a real SQLite
// file, the real portal view glue, and a stand-in 'electron' (the only fake). SQLite reuses a
// removed company's row id; the portal login must never pass to the company that gets it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fakeElectron, FakeWindow, type FakeSession } from '../../../helpers/fake-electron';
import { makeTempDir } from '../../../helpers/temp-dir';

vi.mock('electron', async () => (await import('../../../helpers/fake-electron')).electronModule);

const { createPortalController } = await import('../../../../main/app/portal/portal-view');
const { removeOrphanPortalPartitions } = await import('../../../../main/app/portal/partition-cleanup');
const { DEFAULT_PORTAL_CONFIG } = await import('../../../../main/app/portal/portal-policy');
const { createServices } = await import('../../../../main/services');
const { createRouter } = await import('../../../../main/api/router');

const temp = makeTempDir('caruman-portal-keys-');
afterAll(() => temp.remove());

const window = new FakeWindow();
const portal = createPortalController({
  window: () => window as never,
  receipts: () => services.receipts,
  config: DEFAULT_PORTAL_CONFIG,
  log: () => undefined,
});
const services = createServices({ dataDir: path.join(temp.dir, 'data'), filesDir: path.join(temp.dir, 'files'), portal, today: () => '2026-08-10' });
const router = createRouter(services, { locale: () => 'en', logError: () => undefined });
afterAll(() => services.close());

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await router.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const bounds = { x: 300, y: 80, width: 900, height: 650 };
const partitionOfLastView = () => fakeElectron.views.at(-1)!.options.webPreferences.partition;
const sessionFor = (partition: string) => fakeElectron.sessionOf(partition) as FakeSession;

describe('portal sessions are keyed on the company UUID (issue 11 item 13)', () => {
  let sampleId = 0;
  let samplePartition = '';

  it('a company removed and a new one given the same row id: the new one never sees the old login', async () => {
    const sample = await call<{ company: { id: number; uuid: string } }>('sample:create');
    sampleId = sample.company.id;
    await call('portal:show', { companyId: sampleId, month: '2026-07', bounds });
    samplePartition = partitionOfLastView();
    expect(samplePartition).toBe(`persist:portal-${sample.company.uuid}`);
    sessionFor(samplePartition).cookies.set('assist_sid', 'logged-in-as-sample');
    const sampleView = fakeElectron.views.at(-1)!;

    const removed = await call<{ companyUuid: string }>('sample:remove', { companyId: sampleId });
    expect(removed.companyUuid).toBe(sample.company.uuid);
    // Its view is closed and off the window, and its partition wiped.
    expect(sampleView.webContents.destroyed).toBe(true);
    expect(window.children).not.toContain(sampleView);
    expect(sessionFor(samplePartition).cleared).toEqual(['storage', 'cache', 'auth']);
    expect(sessionFor(samplePartition).cookies.size).toBe(0);
    expect((await call<{ companyId: number | null; state: string }>('portal:status')).state).toBe('hidden');

    const next = await call<{ id: number; uuid: string }>('companies:create', { name: 'Kedai Baru', employerCode: 'A3700012345B' });
    expect(next.id).toBe(sampleId); // SQLite gave the new company the removed one's row id
    await call('portal:show', { companyId: next.id, month: '2026-07', bounds });
    const partition = partitionOfLastView();
    expect(partition).toBe(`persist:portal-${next.uuid}`);
    expect(partition).not.toBe(samplePartition);
    expect(sessionFor(partition)).not.toBe(sessionFor(samplePartition));
    expect(sessionFor(partition).cookies.size).toBe(0);
    expect(fakeElectron.views.at(-1)).not.toBe(sampleView);
  });

  it('after a restore every view is closed and the same row id opens the restored company session', async () => {
    const before = await call<{ file: string }>('backups:create', {});
    const current = services.companies.get(sampleId);
    await call('portal:show', { companyId: current.id, month: '2026-07', bounds });
    const currentView = fakeElectron.views.at(-1)!;
    sessionFor(partitionOfLastView()).cookies.set('assist_sid', 'kedai-baru');

    // A backup from another computer: the same row id is another company there.
    const other = createServices({ dataDir: path.join(temp.dir, 'other'), filesDir: path.join(temp.dir, 'other-files') });
    const elsewhere = other.companies.create({ name: 'Syarikat Lain', employerCode: 'C5550000001D', ssmNumber: null });
    expect(elsewhere.id).toBe(current.id);
    const foreign = await other.backups.backupNow('manual');
    other.close();
    const restored = path.join(services.dataDir, 'backups', path.basename(foreign.file));
    fs.copyFileSync(foreign.file, restored);

    await call('backups:restore', { file: restored });
    expect(currentView.webContents.destroyed).toBe(true);
    expect(window.children).not.toContain(currentView);
    // Kedai Baru is not in the restored data: its login is wiped.
    expect(sessionFor(`persist:portal-${current.uuid}`).cookies.size).toBe(0);

    await call('portal:show', { companyId: current.id, month: '2026-07', bounds });
    expect(partitionOfLastView()).toBe(`persist:portal-${elsewhere.uuid}`);
    expect(fakeElectron.views.at(-1)).not.toBe(currentView);
    expect(before.file).toBeTruthy();
  });

  it('removes at start the partition folders of companies no longer there, and the row-id keyed ones', () => {
    const userData = path.join(temp.dir, 'profile');
    const partitions = path.join(userData, 'Partitions');
    const keep = services.companies.list().map((c) => c.uuid);
    const gone = '0f8fad5b-d9cb-469f-a165-70867728950e';
    for (const name of [`portal-${keep[0]}`, `portal-${gone}`, 'portal-1', 'something-else']) {
      fs.mkdirSync(path.join(partitions, name, 'Local Storage'), { recursive: true });
      fs.writeFileSync(path.join(partitions, name, 'Cookies'), 'secret');
    }
    expect(removeOrphanPortalPartitions(userData, keep).sort()).toEqual([`portal-${gone}`, 'portal-1'].sort());
    expect(fs.readdirSync(partitions).sort()).toEqual([`portal-${keep[0]}`, 'something-else'].sort());
    expect(removeOrphanPortalPartitions(path.join(temp.dir, 'no-profile'), keep)).toEqual([]);
  });
});
