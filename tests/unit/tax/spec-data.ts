// Test-side reading of the PCB spec's data, deliberately independent of the engine's own parsing:
// the tests compare the engine with the files, never the engine with itself.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PcbInput } from '../../../shared/tax';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PROJECT_TAX_TABLES_DIR = path.join(REPO_ROOT, 'shared', 'tax', 'tables');
/** The spec's PCB data, beside the repository: ../shared/spec/pcb. */
export const SPEC_PCB_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'spec', 'pcb');
/** The copies the project keeps of the spec files the tests read (so they run without the spec). */
export const PCB_FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'pcb');

/** "47000.07" → 4700007, "5500" → 550000, "-5.00" → -500: by string surgery, no float, no engine helper. */
export function senOf(text: string | number): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(text).trim());
  if (!match) throw new Error(`test data: not an amount: "${text}"`);
  const sen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -sen : sen;
}

/** A spec file: the spec's copy when it is there, else the project's fixture copy (checked equal below). */
export function readSpecFile(name: string): string {
  const spec = path.join(SPEC_PCB_DIR, name);
  return fs.readFileSync(fs.existsSync(spec) ? spec : path.join(PCB_FIXTURES_DIR, name), 'utf8');
}

/** Simple CSV rows as objects (the spec's PCB CSVs have no quoted fields). */
export function readCsvObjects(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.replace(/\r/g, '').split('\n').filter((l) => l !== '');
  const names = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

/** A resident employee with no facts yet: category 1, nothing disabled, no children. */
export function baseInput(overrides: {
  yearOfAssessment?: number;
  month?: number;
  employee?: Partial<PcbInput['employee']>;
  yearToDate?: Partial<PcbInput['yearToDate']>;
  current?: Partial<PcbInput['current']>;
}): PcbInput {
  return {
    yearOfAssessment: overrides.yearOfAssessment ?? 2026,
    month: overrides.month ?? 1,
    employee: {
      resident: true,
      category: 1,
      disabled: false,
      spouseDisabled: false,
      children: { qualifying: 0, higherEducation: 0, disabled: 0, disabledHigherEducation: 0 },
      ...overrides.employee,
    },
    yearToDate: { sumYSen: 0, sumKSen: 0, xSen: 0, zSen: 0, sumLpSen: 0, ...overrides.yearToDate },
    current: { y1Sen: 0, k1Sen: 0, lp1Sen: 0, ytSen: 0, ktSen: 0, zakatSen: 0, ...overrides.current },
  };
}
