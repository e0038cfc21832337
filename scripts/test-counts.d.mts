// Types for scripts/test-counts.mjs (tested in tests/unit/scripts/test-counts.test.ts).
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
export declare function countVitest(report: unknown): Counts;
export declare function countPlaywright(report: unknown): Counts;
