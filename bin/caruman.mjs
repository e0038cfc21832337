#!/usr/bin/env node
// Entry point of the `caruman` command. The CLI is TypeScript run through tsx, so the command
// always runs the same sources as the tests, with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../main/cli/main.ts');
const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = exitCode;
