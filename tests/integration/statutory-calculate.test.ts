// statutory:calculate through the real router: typed cases in, one outcome per case in order, the
// contract refusing what is not a case; and `caruman calc` needing no database of its own.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/services';
import { runCaruman } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';
import type { ContributionCaseOutcome } from '../../shared/statutory';

const app = createTestApp();
afterAll(() => app.dispose());

describe('statutory:calculate', () => {
  it('returns one outcome per case, in order, with a bad case named by its field', async () => {
    const outcomes = await app.call<ContributionCaseOutcome[]>('statutory:calculate', {
      cases: [{ id: 'A', month: '2024-10', wages: '1050', dob: '1990-03-14' }, { month: '2024-10', wages: 'lots' }],
    });
    expect(outcomes).toHaveLength(2);
    expect(outcomes[0]).toMatchObject({ id: 'A', error: null, result: { socso: { employerSen: 1835, employeeSen: 525 } } });
    expect(outcomes[1]).toMatchObject({ id: '2', result: null, error: { field: 'wages', key: 'statutory.error.wages.invalid' } });
  });

  it('refuses an unknown field, a number where text belongs and an empty batch', async () => {
    for (const input of [{ cases: [{ month: '2024-10', wages: '1', salary: '1' }] }, { cases: [{ month: '2024-10', wages: 1050 }] }, { cases: [] }]) {
      const result = await app.router.invoke('statutory:calculate', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
  });
});

describe('caruman calc', () => {
  it('creates no database when the language is given', async () => {
    const temp = makeTempDir();
    try {
      const run = await runCaruman(['calc', '--month', '2024-10', '--wages', '1050'], temp.dir);
      expect(run.code).toBe(0);
      expect(fs.readdirSync(temp.dir)).toEqual([]);
      expect(fs.existsSync(path.join(temp.dir, 'caruman.sqlite'))).toBe(false);
    } finally {
      temp.remove();
    }
  });
});
