// The project ships its own copies of the spec's tables, and the generated module that carries
// them into shared/ code must match those copies.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTableFiles, renderTablesModule, GENERATED_FILE } from '../../../scripts/generate-tables.mjs';
import { PROJECT_TABLES_DIR, SPEC_TABLES_DIR } from './spec-tables';

const EXPECTED_FILES = [
  'eis_2018-01.csv',
  'eis_2022-09.csv',
  'eis_2024-10.csv',
  'skbbk_phase1_2026-06.csv',
  'socso_first_2016-06.csv',
  'socso_first_2022-09.csv',
  'socso_first_2024-10.csv',
  'socso_second_2016-06.csv',
  'socso_second_2022-09.csv',
  'socso_second_2024-10.csv',
];

describe('statutory table data', () => {
  it('ships every table of the spec', () => {
    expect(fs.readdirSync(PROJECT_TABLES_DIR).filter((f) => f.endsWith('.csv')).sort()).toEqual(EXPECTED_FILES);
  });

  const specPresent = fs.existsSync(SPEC_TABLES_DIR);
  if (!specPresent) console.log(`skipping the spec comparison: ${SPEC_TABLES_DIR} does not exist on this machine`);
  it.skipIf(!specPresent)('keeps byte-identical copies of ../shared/spec/tables', () => {
    const specFiles = fs.readdirSync(SPEC_TABLES_DIR).filter((f) => f.endsWith('.csv')).sort();
    const projectFiles = fs.readdirSync(PROJECT_TABLES_DIR).filter((f) => f.endsWith('.csv')).sort();
    expect(projectFiles).toEqual(specFiles);
    for (const file of specFiles) {
      const spec = fs.readFileSync(path.join(SPEC_TABLES_DIR, file));
      const ours = fs.readFileSync(path.join(PROJECT_TABLES_DIR, file));
      expect(ours.equals(spec), `${file} differs from the spec's copy: copy it again and run node scripts/generate-tables.mjs`).toBe(true);
    }
  });

  it('has tables.generated.ts up to date with the CSV copies', () => {
    const current = fs.readFileSync(GENERATED_FILE, 'utf8');
    expect(current === renderTablesModule(readTableFiles()), 'run node scripts/generate-tables.mjs').toBe(true);
  });
});
