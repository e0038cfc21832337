// The worker thread that unzips and parses .xlsx files (table-worker.ts), so a workbook never
// blocks the Electron main process or the CLI. One worker is started on the first workbook and
// kept for the next (a dry run is usually followed by the import of the same file); it stops
// after a minute unused, and never keeps the process alive while idle. A workbook that exhausts
// the worker's memory or time kills only the worker: the next one starts afresh.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import type { RawTable, TableFailure } from './table';

/** How long one workbook may take, and how much memory the worker may use. */
const TIMEOUT_MS = 60_000;
const HEAP_MB = 512;
const IDLE_MS = 60_000;

interface Job {
  id: number;
  resolve(result: RawTable | TableFailure): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

const tooLarge = (): TableFailure => ({ failed: 'import.error.xlsx.tooLarge', params: { limitMb: IMPORT_LIMITS.xlsxUncompressedBytes / (1024 * 1024) } });

export class WorkbookReader {
  private worker: Worker | null = null;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private idle: NodeJS.Timeout | null = null;

  read(bytes: Buffer): Promise<RawTable | TableFailure> {
    const worker = this.started();
    if (this.idle) clearTimeout(this.idle);
    worker.ref();
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      // Too long means too big: the worker is stopped (the only way to stop a parse) and replaced.
      const timer = setTimeout(() => this.stop(worker, () => tooLarge()), TIMEOUT_MS);
      this.jobs.set(id, { id, resolve, reject, timer });
      worker.postMessage({ id, bytes });
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const { script, evalCode } = workerScript();
    const worker = new Worker(script, { eval: evalCode, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    worker.on('message', ({ id, result }: { id: number; result: RawTable | TableFailure }) => {
      const job = this.jobs.get(id);
      if (!job) return;
      clearTimeout(job.timer);
      this.jobs.delete(id);
      job.resolve(result);
      if (this.jobs.size === 0 && this.worker === worker) {
        worker.unref();
        this.idle = setTimeout(() => void this.stop(worker, null), IDLE_MS);
        this.idle.unref();
      }
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      this.stop(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? () => tooLarge() : error);
    });
    worker.on('exit', () => this.stop(worker, new Error('The workbook reader stopped without an answer')));
    this.worker = worker;
    return worker;
  }

  /** Ends the worker; jobs still waiting get `outcome` (a failure to report, or an error). */
  private stop(worker: Worker, outcome: (() => TableFailure) | Error | null): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const job of this.jobs.values()) {
      clearTimeout(job.timer);
      if (outcome instanceof Error) job.reject(outcome);
      else if (outcome) job.resolve(outcome());
      else job.reject(new Error('The workbook reader was stopped'));
    }
    this.jobs.clear();
    void worker.terminate();
  }
}

/**
 * Where the worker's code is. From the sources (tests, `npm run caruman:dev`) it is the
 * TypeScript file beside this one, loaded through tsx. In a bundle, scripts/build.mjs writes it
 * beside the bundle's entry: dist/main/table-worker.cjs for the app (whose CommonJS bundle gets
 * import.meta.url defined), dist/cli/table-worker.mjs for the command, where this module sits in
 * a chunk one folder below.
 */
function workerScript(): { script: string | URL; evalCode: boolean } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const target = new URL('./table-worker.ts', here).href;
    return {
      script: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); })`,
      evalCode: true,
    };
  }
  for (const candidate of ['./table-worker.cjs', './table-worker.mjs', '../table-worker.mjs']) {
    const script = new URL(candidate, here);
    if (fs.existsSync(script)) return { script, evalCode: false };
  }
  throw new Error(`The workbook reader's worker (table-worker) is missing beside ${here}`);
}
