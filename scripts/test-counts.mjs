// How `npm test` counts the runners' reports (Vitest's and Playwright's JSON), so the closing
// line `N passed, N failed` never loses a test file that crashed before its tests ran.

/** Vitest's JSON report: a file that failed without a failed test (a syntax error, a throw at import) counts as one failure. */
export function countVitest(report) {
  const crashedFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + crashedFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Playwright's JSON report: each error outside a test (a spec file that does not load) counts as one failure. */
export function countPlaywright(report) {
  return {
    passed: (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0),
    failed: (report.stats?.unexpected ?? 0) + (report.errors?.length ?? 0),
    skipped: report.stats?.skipped ?? 0,
  };
}
