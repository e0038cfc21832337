import { afterEach, beforeEach } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { createRouter, type Router } from '../../main/api/router';
import { makeTempDir } from './temp-dir';
import type { Company } from '../../shared/domain/company';
import type { ApiErrorShape } from '../../shared/api/errors';

/** Real services pinned to a fixed "today", plus a router in English, over a temp SQLite file. */
export function createRecordsApp(today = '2025-06-15') {
  const temp = makeTempDir();
  // Files (receipts, the default company folders) stay inside the temp folder too.
  const services: Services = createServices({ dataDir: temp.dir, filesDir: `${temp.dir}/files`, today: () => today });
  const router: Router = createRouter(services, { locale: () => 'en', logError: () => {} });
  async function call<T>(channel: string, input: unknown = {}): Promise<T> {
    const result = await router.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message} (${result.error.field ?? ''})`);
    return result.value as T;
  }
  /** What the router says when it refuses a call; fails the test when the call succeeds. */
  async function refusal(channel: string, input: unknown): Promise<ApiErrorShape> {
    const result = await router.invoke(channel, input);
    if (result.ok) throw new Error(`${channel} was not refused`);
    return result.error;
  }
  async function company(employerCode = 'A3700012345B', name = 'Kedai Runcit Ali'): Promise<Company> {
    return call<Company>('companies:create', { name, employerCode });
  }
  return { dataDir: temp.dir, services, router, call, refusal, company, dispose: () => (services.close(), temp.remove()) };
}

export type RecordsApp = ReturnType<typeof createRecordsApp>;

/**
 * A fresh records app for each test of the file, disposed after it:
 *   const app = useRecordsApp('2026-12-02');
 * The same object throughout (each test's app is put into it), so helpers may keep it.
 */
export function useRecordsApp(today?: string): RecordsApp {
  const app = {} as RecordsApp;
  beforeEach(() => {
    Object.assign(app, createRecordsApp(today));
  });
  afterEach(() => app.dispose());
  return app;
}

/**
 * A records app with one company, as most records tests begin:
 *   beforeEach(async () => ({ app, companyId } = await appWithCompany()));
 */
export async function appWithCompany(today?: string): Promise<{ app: RecordsApp; companyId: number }> {
  const app = createRecordsApp(today);
  return { app, companyId: (await app.company()).id };
}
