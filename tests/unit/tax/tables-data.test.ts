// The project ships its own copies of the PCB spec's data: the schedules and reliefs the engine
// reads (shared/tax/tables) and the examples the tests read (tests/fixtures/pcb). Each copy must
// equal the spec's byte for byte, and the generated module must carry the current CSVs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedModule, TABLE_SETS } from '../../../scripts/generate-tables.mjs';
import { PCB_FIXTURES_DIR, PROJECT_TAX_TABLES_DIR, SPEC_PCB_DIR } from './spec-data';

const TABLES = ['reliefs.csv', 'tax_schedule.csv', 'tp1_2026_items.csv'];
const FIXTURES = ['cp39_format_examples.csv', 'cp39_layout.csv', 'official_examples.json', 'zakat_threshold_cases.csv'];

describe('PCB data', () => {
  it('ships the schedules, reliefs and TP1 items as tables', () => {
    expect(fs.readdirSync(PROJECT_TAX_TABLES_DIR).sort()).toEqual(TABLES);
  });

  const specPresent = fs.existsSync(SPEC_PCB_DIR);
  if (!specPresent) console.log(`skipping the spec comparison: ${SPEC_PCB_DIR} does not exist on this machine`);
  it.skipIf(!specPresent).each([
    ...TABLES.map((name) => [name, PROJECT_TAX_TABLES_DIR]),
    ...FIXTURES.map((name) => [name, PCB_FIXTURES_DIR]),
  ])('keeps a byte-identical copy of ../shared/spec/pcb/%s', (name, dir) => {
    const spec = fs.readFileSync(path.join(SPEC_PCB_DIR, name));
    const ours = fs.readFileSync(path.join(dir, name));
    expect(ours.equals(spec), `${name} differs from the spec's copy: copy it again (and run node scripts/generate-tables.mjs)`).toBe(true);
  });

  it('has shared/tax/tables.generated.ts up to date with the CSV copies', () => {
    const set = TABLE_SETS.find((s) => s.name === 'tax');
    expect(set).toBeDefined();
    const current = fs.readFileSync(set!.generatedFile, 'utf8');
    expect(current === expectedModule(set!), 'run node scripts/generate-tables.mjs').toBe(true);
  });
});
