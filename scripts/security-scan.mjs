#!/usr/bin/env node
// The security gate: Electronegativity over the Electron sources (main/: the shell, the preload,
// the portal view), for the Electron version we ship, without the one check that needs the
// network (AvailableSecurityFixesGlobalCheck). It writes SARIF to .test-output/electronegativity.sarif
// and fails (exit 1) on any finding of HIGH or MEDIUM severity that security/electronegativity-allowlist.json
// does not explain. Electronegativity itself exits 0 whatever it finds, so this script decides.
//
// The tool is run through its Node API (the same runner the CLI uses) because only the API
// returns each finding's severity; the SARIF file is the tool's own output.
//
//   node scripts/security-scan.mjs            scan, write SARIF, print findings, exit 0/1
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = path.join(root, '.test-output');
const sarifFile = path.join(outDir, 'electronegativity.sarif');
const allowlistFile = path.join(root, 'security', 'electronegativity-allowlist.json');
const SCANNED = ['main'];
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const FAILING = new Set(['HIGH', 'MEDIUM']);

function electronVersion() {
  // The installed package says which version we build with; package.json's range is the fallback.
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    const range = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies?.electron ?? '';
    const match = /(\d+\.\d+\.\d+)/.exec(range);
    if (!match) throw new Error('security-scan: cannot tell the Electron version');
    return match[1];
  }
}

function loadAllowlist() {
  const data = JSON.parse(fs.readFileSync(allowlistFile, 'utf8'));
  const entries = data.entries ?? [];
  const problems = [];
  entries.forEach((entry, i) => {
    for (const field of ['check', 'file', 'reason', 'reviewedBy', 'reviewedOn']) {
      if (typeof entry[field] !== 'string' || entry[field].trim() === '') problems.push(`entry ${i}: "${field}" is missing`);
    }
    if (typeof entry.reason === 'string' && entry.reason.trim().length < 30) problems.push(`entry ${i}: the reason is too short to explain anything`);
    if (typeof entry.reviewedOn === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(entry.reviewedOn)) problems.push(`entry ${i}: reviewedOn must be YYYY-MM-DD`);
  });
  if (problems.length) throw new Error(`security-scan: ${path.relative(root, allowlistFile)} is invalid:\n  ${problems.join('\n  ')}`);
  return entries;
}

/** The finding's file relative to the repository ("main/app/window.ts"), or "*" for a global finding. */
function findingFile(input, file) {
  if (!file || file === 'N/A') return '*';
  const absolute = path.isAbsolute(file) ? file : path.join(root, input, file);
  return path.relative(root, absolute).split(path.sep).join('/');
}

async function waitForFile(file, timeoutMs = 10_000) {
  const started = Date.now();
  for (;;) {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw new Error(`security-scan: ${file} was not written (${error.message})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function scan(input, version, output) {
  const run = require('@doyensec/electronegativity');
  fs.rmSync(output, { force: true });
  // The runner prints a note when it cannot fetch newer translations (offline): harmless.
  const result = await run({
    input: path.join(root, input),
    output,
    isSarif: true,
    isRelative: true,
    electronVersionOverride: version,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS,
    severitySet: undefined,
    confidenceSet: undefined,
    parserPlugins: [],
  });
  const sarif = await waitForFile(output);
  return { result, sarif };
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const version = electronVersion();
  const allowlist = loadAllowlist();
  const used = new Set();
  const findings = [];
  const sarifRuns = [];
  const parseErrors = [];

  for (const input of SCANNED) {
    const output = path.join(outDir, `electronegativity-${input.replace(/[^a-z0-9]+/gi, '-')}.sarif`);
    const { result, sarif } = await scan(input, version, output);
    sarifRuns.push(...(sarif.runs ?? []));
    fs.rmSync(output, { force: true });
    for (const error of result.errors ?? []) if (!error.tolerable) parseErrors.push(`${error.file}: ${error.message}`);
    for (const issue of result.issues ?? []) {
      findings.push({
        check: issue.id,
        severity: issue.severity?.name ?? 'UNKNOWN',
        confidence: issue.confidence?.name ?? 'UNKNOWN',
        file: findingFile(input, issue.file),
        line: issue.location?.line ?? 0,
        description: issue.description,
      });
    }
  }
  fs.writeFileSync(sarifFile, JSON.stringify({ $schema: 'http://json.schemastore.org/sarif-2.1.0', version: '2.1.0', runs: sarifRuns }, null, 2));

  const failing = [];
  for (const finding of findings) {
    const index = allowlist.findIndex((entry) => entry.check === finding.check && (entry.file === finding.file || entry.file === '*' && finding.file === '*'));
    const severe = FAILING.has(finding.severity.toUpperCase());
    const mark = index >= 0 ? 'allowed' : severe ? 'FAIL   ' : 'info   ';
    if (index >= 0) used.add(index);
    else if (severe) failing.push(finding);
    console.log(`${mark} ${finding.severity}/${finding.confidence} ${finding.check} ${finding.file}:${finding.line}${index >= 0 ? `  (${allowlist[index].reason.slice(0, 90)}…)` : `  ${finding.description}`}`);
  }
  allowlist.forEach((entry, i) => {
    if (!used.has(i)) console.log(`note: allowlist entry ${entry.check} ${entry.file} matched nothing; remove it if the finding is gone`);
  });

  console.log(`electronegativity (Electron ${version}, ${SCANNED.join(', ')}): ${findings.length} finding(s), ${failing.length} unexplained high/medium; SARIF: ${path.relative(root, sarifFile)}`);
  if (parseErrors.length) {
    console.error(`security-scan: files Electronegativity could not parse (they were not checked):\n  ${parseErrors.join('\n  ')}`);
    process.exitCode = 1;
  }
  if (failing.length) {
    console.error('security-scan: fix these, or explain a false positive in security/electronegativity-allowlist.json');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
