// The `caruman` command's cold start (`caruman --help`) beside a bare `node -e 0`, each the
// median of several fresh processes. Goal (issue 14): the CLI within 4× bare Node.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, reportFigure } from './figures';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function timeProcess(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, CARUMAN_LANG: 'en' } });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const ROUNDS = 7;
const bare = Array.from({ length: ROUNDS }, () => timeProcess(['-e', '0']));
const cli = Array.from({ length: ROUNDS }, () => timeProcess([path.join(repoRoot, 'bin', 'caruman.mjs'), '--help']));
console.log(`cli cold start: caruman --help ${median(cli).toFixed(0)} ms, node -e 0 ${median(bare).toFixed(0)} ms (${(median(cli) / median(bare)).toFixed(1)}×; median of ${ROUNDS})`);
reportFigure('cli_cold_start_ms', median(cli));
reportFigure('node_cold_start_ms', median(bare));
