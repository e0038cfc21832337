// A file Caruman makes must pass the checker a user runs on any file before it is written
// (requirePassesOwnCheck, used for ASSIST, Form A and CP39): an error there is Caruman's own fault,
// said as INTERNAL with the file, the line and the rule — never written, never blamed on the records.
import { describe, expect, it } from 'vitest';
import { requirePassesOwnCheck } from '../../../main/services/month-files/refusals';
import { ServiceError } from '../../../main/services/service-error';
import { checkCp39File } from '../../../shared/tax/cp39';
import { thrownBy } from '../../helpers/thrown';

describe('a file Caruman made, through its own checker', () => {
  it('refuses a file the real CP39 checker finds wrong, naming the file, the line and the rule', () => {
    const fileName = '009089151007_2026.txt';
    // Not a CP39 at all: the header line is one character long.
    const problems = checkCp39File({ bytes: Buffer.from('X\r\n', 'latin1'), fileName, today: '2026-08-10' }).problems;
    const first = problems.find((p) => p.severity === 'error')!;
    expect(first).toBeDefined();
    const error = thrownBy(ServiceError, () => requirePassesOwnCheck(fileName, problems));
    expect(error.code).toBe('INTERNAL');
    expect(error.key).toBe('assist.error.checkFailed');
    expect(error.params).toMatchObject({ file: fileName, line: first.line, problem: first.key });
  });

  it('lets through a file with warnings only', () => {
    expect(() => requirePassesOwnCheck('x.txt', [{ severity: 'warning', line: 2, key: 'assist.check.someWarning', params: {} }])).not.toThrow();
    expect(() => requirePassesOwnCheck('x.txt', [])).not.toThrow();
  });
});
