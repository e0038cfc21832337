// The band index (rate-table.ts): a lookup by bucket must give the same row as reading the table
// by hand, at every edge, for tables whose edges share RM10, share only 1 sen, or are so far apart
// that the index is not built and the binary search answers.
import { describe, expect, it } from 'vitest';
import { ALL_TABLES, findRow } from '../../../shared/statutory';
import { buildRateTable, type RowAmounts } from '../../../shared/statutory/rate-table';

function table(edges: readonly number[]) {
  const rows: RowAmounts[] = [];
  let from = 1;
  edges.forEach((to, i) => {
    rows.push({ fromSen: from, toSen: to, employerSen: i + 1, employeeSen: 0, totalSen: i + 1, basis: 'test' });
    from = to + 1;
  });
  rows.push({ fromSen: from, toSen: null, employerSen: 99, employeeSen: 0, totalSen: 99, basis: 'test' });
  return buildRateTable('test', 'socso', rows, { derived: false });
}

describe('band index', () => {
  it('every table in use has one (edges on whole RM10) and it covers wages up to the last edge', () => {
    for (const t of ALL_TABLES.values()) {
      expect(t.bucketSen, t.id).toBe(1000);
      expect(t.bandOfBucket.length * t.bucketSen, t.id).toBe(t.upperEdges[t.upperEdges.length - 1]);
    }
  });

  it('edges sharing only 1 sen: 3 sen, 10 sen, 17 sen', () => {
    const t = table([3, 10, 17]);
    expect(t.bucketSen).toBe(1);
    // Worked by hand: 1–3 → band 0, 4–10 → band 1, 11–17 → band 2, 18 and above → the ceiling.
    const expected = [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3];
    for (let sen = 1; sen < expected.length; sen++) expect(findRow(t, sen).index, `${sen} sen`).toBe(expected[sen]);
    expect(findRow(t, 1_000_000_000).index).toBe(3);
  });

  it('edges 250 sen apart after a 500-sen first band: bucket 250 sen', () => {
    const t = table([500, 750, 1000]);
    expect(t.bucketSen).toBe(250);
    expect([1, 250, 251, 500, 501, 750, 751, 1000, 1001].map((sen) => findRow(t, sen).index)).toEqual([0, 0, 0, 0, 1, 1, 2, 2, 3]);
  });

  it('edges at 1 sen and RM700,000.00 (70 million 1-sen buckets): no index, the binary search answers', () => {
    const t = table([1, 70_000_000]);
    expect(t.bandOfBucket.length).toBe(0);
    expect([1, 2, 70_000_000, 70_000_001].map((sen) => findRow(t, sen).index)).toEqual([0, 1, 1, 2]);
  });
});
