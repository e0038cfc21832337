// The project ships byte-identical copies of the spec's EPF files, and the generated module that
// carries the Third Schedule tables into shared/ code must match those copies.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedModule, TABLE_SETS } from '../../../scripts/generate-tables.mjs';
import { EPF_CSV_TEXT } from '../../../shared/epf/tables.generated';
import { PROJECT_EPF_DIR, SPEC_EPF_DIR, partTables } from './spec-files';

const EPF_SET = TABLE_SETS.find((s) => s.name === 'epf');
const csvIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();

describe('EPF table data', () => {
  it('ships the 31 tables of the seven editions (A–D to 2022-07, E from 2019-01, A C E in 2025-10) and the other spec files', () => {
    const tables = partTables().map((t) => `${t.part} ${t.edition}`);
    expect(tables).toHaveLength(31);
    for (const edition of ['2016-03', '2018-01', '2019-01', '2020-04', '2021-01', '2022-07']) {
      for (const part of ['A', 'B', 'C', 'D']) expect(tables).toContain(`${part} ${edition}`);
    }
    for (const edition of ['2019-01', '2020-04', '2021-01', '2022-07', '2025-10'])
      expect(tables).toContain(`E ${edition}`);
    expect(tables.filter((t) => t.endsWith('2025-10')).sort()).toEqual([
      'A 2025-10',
      'C 2025-10',
      'E 2025-10',
    ]);
    expect(csvIn(PROJECT_EPF_DIR)).toEqual(
      expect.arrayContaining(['epf_editions.csv', 'epf_forma_txt_layout.csv', 'epf_worked_examples.csv']),
    );
  });

  const specPresent = fs.existsSync(SPEC_EPF_DIR);
  if (!specPresent)
    console.log(`skipping the spec comparison: ${SPEC_EPF_DIR} does not exist on this machine`);
  it.skipIf(!specPresent)('keeps byte-identical copies of every CSV in ../shared/spec/epf', () => {
    expect(csvIn(PROJECT_EPF_DIR)).toEqual(csvIn(SPEC_EPF_DIR));
    for (const file of csvIn(SPEC_EPF_DIR)) {
      const spec = fs.readFileSync(path.join(SPEC_EPF_DIR, file));
      const ours = fs.readFileSync(path.join(PROJECT_EPF_DIR, file));
      expect(
        ours.equals(spec),
        `${file} differs from the spec's copy: copy it again and run node scripts/generate-tables.mjs`,
      ).toBe(true);
    }
  });

  it('has shared/epf/tables.generated.ts up to date with the CSV copies, carrying exactly the part tables', () => {
    expect(EPF_SET).toBeDefined();
    const current = fs.readFileSync(EPF_SET!.generatedFile, 'utf8');
    expect(current === expectedModule(EPF_SET!), 'run node scripts/generate-tables.mjs').toBe(true);
    expect(Object.keys(EPF_CSV_TEXT).sort()).toEqual(partTables().map((t) => t.file));
    for (const { file } of partTables())
      expect(EPF_CSV_TEXT[file]).toBe(fs.readFileSync(path.join(PROJECT_EPF_DIR, file), 'utf8'));
  });
});
