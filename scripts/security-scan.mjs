#!/usr/bin/env node
// The security gate: Electronegativity over the Electron sources (main/: the shell, the preload,
// the portal view), for the Electron version we ship, without the one check that needs the
// network (AvailableSecurityFixesGlobalCheck). It writes SARIF to .test-output/electronegativity.sarif
// and fails (exit 1) on any finding of HIGH or MEDIUM severity that security/electronegativity-allowlist.json
// does not explain. Electronegativity itself exits 0 whatever it finds, so this script decides.
//
// An allowlist entry names one reviewed piece of code, not a file: the check, the file, the exact
// line the finding points at (its text, trimmed) and how many findings that line gives. A new
// finding anywhere (a second insecure `new BrowserWindow` in an allow-listed file, the same line
// copied elsewhere, the reviewed line edited) is not covered and fails; so does an entry whose
// count no longer matches, so a stale entry can never cover a finding added later.
//
// The tool is run through its Node API (the same runner the CLI uses) because only the API
// returns each finding's severity; the SARIF file is the tool's own output.
//
//   node scripts/security-scan.mjs                 scan, write SARIF, print findings, exit 0/1
//   node scripts/security-scan.mjs --root DIR      the same for a copy of the repository (tests)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rootArg = process.argv.indexOf('--root');
const root = rootArg >= 0 && process.argv[rootArg + 1] ? path.resolve(process.argv[rootArg + 1]) : repo;
// The scanner is this repository's devDependency, whatever root is scanned.
const require = createRequire(path.join(repo, 'scripts', 'security-scan.mjs'));
const outDir = path.join(root, '.test-output');
const sarifFile = path.join(outDir, 'electronegativity.sarif');
const allowlistFile = path.join(root, 'security', 'electronegativity-allowlist.json');
const SCANNED = ['main'];
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const FAILING = new Set(['HIGH', 'MEDIUM']);
const GLOBAL = '*';

function electronVersion() {
  // The installed package says which version we build with; package.json's range is the fallback.
  try {
    return JSON.parse(fs.readFileSync(path.join(repo, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    const range = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).devDependencies?.electron ?? '';
    const match = /(\d+\.\d+\.\d+)/.exec(range);
    if (!match) throw new Error('security-scan: cannot tell the Electron version');
    return match[1];
  }
}

/** The code a finding points at: its line's text, trimmed ('' for a global finding). */
function codeAt(file, line) {
  if (file === GLOBAL) return '';
  try {
    return (fs.readFileSync(path.join(root, file), 'utf8').split(/\r?\n/)[line - 1] ?? '').trim();
  } catch {
    return '';
  }
}

function codeHash(code) {
  return crypto.createHash('sha256').update(code, 'utf8').digest('hex');
}

function loadAllowlist() {
  const data = JSON.parse(fs.readFileSync(allowlistFile, 'utf8'));
  const entries = data.entries ?? [];
  const problems = [];
  entries.forEach((entry, i) => {
    for (const field of ['check', 'file', 'reason', 'reviewedBy', 'reviewedOn']) {
      if (typeof entry[field] !== 'string' || entry[field].trim() === '') problems.push(`entry ${i}: "${field}" is missing`);
    }
    const hasCode = typeof entry.code === 'string';
    const hasHash = typeof entry.codeSha256 === 'string';
    if (hasCode === hasHash) problems.push(`entry ${i}: give exactly one of "code" (the line, trimmed) or "codeSha256" (sha256 of it)`);
    if (hasCode && entry.code.trim() !== entry.code) problems.push(`entry ${i}: "code" is the line trimmed`);
    if (hasCode && entry.code === '' && entry.file !== GLOBAL) problems.push(`entry ${i}: "code" is empty for a file`);
    if (hasHash && !/^[0-9a-f]{64}$/.test(entry.codeSha256)) problems.push(`entry ${i}: "codeSha256" is not a sha256 in hex`);
    if (!Number.isSafeInteger(entry.count) || entry.count < 1) problems.push(`entry ${i}: "count" (how many findings the line gives) must be 1 or more`);
    if (typeof entry.reason === 'string' && entry.reason.trim().length < 30) problems.push(`entry ${i}: the reason is too short to explain anything`);
    if (typeof entry.reviewedOn === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(entry.reviewedOn)) problems.push(`entry ${i}: reviewedOn must be YYYY-MM-DD`);
  });
  const keys = entries.map((entry) => `${entry.check} ${entry.file} ${entry.code ?? ''} ${entry.codeSha256 ?? ''}`);
  keys.forEach((key, i) => {
    if (keys.indexOf(key) !== i) problems.push(`entry ${i}: the same line is listed twice (give one entry a count instead)`);
  });
  if (problems.length) throw new Error(`security-scan: ${path.relative(root, allowlistFile)} is invalid:\n  ${problems.join('\n  ')}`);
  return entries;
}

function covers(entry, finding) {
  if (entry.check !== finding.check || entry.file !== finding.file) return false;
  return typeof entry.code === 'string' ? entry.code === finding.code : entry.codeSha256 === codeHash(finding.code);
}

/** The finding's file relative to the root ("main/app/window.ts"), or "*" for a global finding. */
function findingFile(input, file) {
  if (!file || file === 'N/A') return GLOBAL;
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
      const file = findingFile(input, issue.file);
      const line = issue.location?.line ?? 0;
      findings.push({
        check: issue.id,
        severity: issue.severity?.name ?? 'UNKNOWN',
        confidence: issue.confidence?.name ?? 'UNKNOWN',
        file,
        line,
        code: codeAt(file, line),
        description: issue.description,
      });
    }
  }
  fs.writeFileSync(sarifFile, JSON.stringify({ $schema: 'http://json.schemastore.org/sarif-2.1.0', version: '2.1.0', runs: sarifRuns }, null, 2));

  // Each entry covers at most `count` findings on its line; every other severe finding fails.
  const coveredBy = new Map(allowlist.map((entry) => [entry, []]));
  const failing = [];
  for (const finding of findings) {
    const entry = allowlist.find((candidate) => covers(candidate, finding));
    const taken = entry ? coveredBy.get(entry) : null;
    const allowed = entry && taken.length < entry.count;
    if (allowed) taken.push(finding);
    const severe = FAILING.has(finding.severity.toUpperCase());
    if (!allowed && severe) failing.push(finding);
    const mark = allowed ? 'allowed' : severe ? 'FAIL   ' : 'info   ';
    const note = allowed ? `(${entry.reason.slice(0, 80)}…)` : entry ? `beyond the ${entry.count} reviewed on this line: ${finding.description}` : finding.description;
    console.log(`${mark} ${finding.severity}/${finding.confidence} ${finding.check} ${finding.file}:${finding.line}  ${finding.code ? `\`${finding.code}\`  ` : ''}${note}`);
  }
  const stale = [];
  for (const [entry, taken] of coveredBy) {
    if (taken.length !== entry.count) stale.push(`${entry.check} ${entry.file} \`${entry.code ?? entry.codeSha256}\`: reviewed ${entry.count}, found ${taken.length}`);
  }

  console.log(`electronegativity (Electron ${version}, ${SCANNED.join(', ')}): ${findings.length} finding(s), ${failing.length} unexplained high/medium; SARIF: ${path.relative(root, sarifFile)}`);
  if (parseErrors.length) {
    console.error(`security-scan: files Electronegativity could not parse (they were not checked):\n  ${parseErrors.join('\n  ')}`);
    process.exitCode = 1;
  }
  if (failing.length) {
    console.error('security-scan: fix these, or review the code and explain a false positive in security/electronegativity-allowlist.json');
    process.exitCode = 1;
  }
  if (stale.length) {
    // Fewer findings than reviewed: the entry would silently cover the next copy of that line.
    console.error(`security-scan: allowlist entries whose line no longer gives the reviewed findings (update or remove them):\n  ${stale.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
