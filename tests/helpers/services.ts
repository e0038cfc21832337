import { createServices, type Services } from '../../main/services';
import { createRouter, type Router } from '../../main/api/router';
import { makeTempDir } from './temp-dir';

export interface TestApp {
  dataDir: string;
  services: Services;
  router: Router;
  /** Calls a channel and returns the value, failing the test on an error result. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  dispose(): void;
}

/** Real services over a real SQLite file in a temporary folder, with English messages. */
export function createTestApp(): TestApp {
  const temp = makeTempDir();
  const services = createServices({ dataDir: temp.dir, filesDir: `${temp.dir}/files` });
  const router = createRouter(services, { locale: () => 'en', logError: () => {} });
  return {
    dataDir: temp.dir,
    services,
    router,
    async call<T>(channel: string, input: unknown = {}) {
      const result = await router.invoke(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    dispose() {
      services.close();
      temp.remove();
    },
  };
}

/** Test apps for each test of a file, disposed after it through the file's useCleanups. */
export function useTestApps(later: (undo: () => void) => void): () => TestApp {
  return () => {
    const app = createTestApp();
    later(() => app.dispose());
    return app;
  };
}
