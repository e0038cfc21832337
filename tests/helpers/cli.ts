import { spawn } from 'node:child_process';
import path from 'node:path';
import { runCli } from '../../main/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `caruman` CLI in-process against dataDir, in English unless told otherwise. */
export async function runCaruman(args: string[], dataDir: string, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { CARUMAN_DATA_DIR: dataDir, CARUMAN_LANG: 'en', ...env },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

/**
 * Runs the real `caruman` command in a child process (bin/caruman.mjs, as a user's shell would),
 * in English unless told otherwise, from `cwd`. For tests of the command's contract as seen from
 * outside: exit code, stdout and stderr exactly as a script would get them. It runs the sources
 * (CARUMAN_FROM_SOURCE=1): the dist/cli bundle may be older than them while the tests run.
 */
export async function spawnCaruman(args: string[], dataDir: string, options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const bin = path.resolve(import.meta.dirname, '../../bin/caruman.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, CARUMAN_DATA_DIR: dataDir, CARUMAN_LANG: 'en', CARUMAN_FROM_SOURCE: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
