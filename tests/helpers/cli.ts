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
