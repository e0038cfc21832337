// useLoad's parts that need no React (renderer/src/lib/load.ts): an answer that comes after the
// screen moved on is dropped, a failure becomes a Message to say, and the inputs a value was
// loaded for are compared as React compares dependencies.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/src/api/client';
import { sameInputs, startLoad, type LoadOutcome } from '../../../renderer/src/lib/load';

afterEach(() => {
  vi.useRealTimers();
});

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startLoad', () => {
  it('hands over the value once it arrives', async () => {
    const answer = deferred<string>();
    const outcomes: LoadOutcome<string>[] = [];
    startLoad(() => answer.promise, (outcome) => outcomes.push(outcome));
    expect(outcomes).toEqual([]);
    answer.resolve('sheet of 2026-05');
    await settled();
    expect(outcomes).toEqual([{ ok: true, value: 'sheet of 2026-05' }]);
  });

  it('drops an answer that arrives after it was cancelled (the user chose another month)', async () => {
    const may = deferred<string>();
    const june = deferred<string>();
    const outcomes: LoadOutcome<string>[] = [];
    const cancelMay = startLoad(() => may.promise, (outcome) => outcomes.push(outcome));
    cancelMay();
    startLoad(() => june.promise, (outcome) => outcomes.push(outcome));
    june.resolve('June');
    may.resolve('May');
    await settled();
    expect(outcomes).toEqual([{ ok: true, value: 'June' }]);
  });

  it('turns a refusal into the message to say, and drops it too once cancelled', async () => {
    const refusal = new ApiError({ code: 'NOT_FOUND', key: 'companies.error.notFound', message: 'No such company.', params: { id: 7 } });
    const outcomes: LoadOutcome<string>[] = [];
    startLoad(() => Promise.reject(refusal), (outcome) => outcomes.push(outcome));
    startLoad(() => Promise.reject(refusal), (outcome) => outcomes.push(outcome))();
    await settled();
    expect(outcomes).toEqual([{ ok: false, error: { key: 'companies.error.notFound', params: { id: 7 }, fallback: 'No such company.' } }]);
  });

  it('reports a load that throws before it returns a promise as a failure, not a crash', async () => {
    const outcomes: LoadOutcome<string>[] = [];
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    startLoad<string>(
      () => {
        throw new TypeError('bug');
      },
      (outcome) => outcomes.push(outcome),
    );
    await settled();
    expect(outcomes).toEqual([{ ok: false, error: { key: 'error.internal' } }]);
    quiet.mockRestore();
  });

  it('waits the delay before loading, and a cancel within it loads nothing (typing in a search box)', () => {
    vi.useFakeTimers();
    const load = vi.fn(() => Promise.resolve('list'));
    const cancelA = startLoad(load, () => undefined, 120);
    vi.advanceTimersByTime(119);
    cancelA();
    startLoad(load, () => undefined, 120);
    vi.advanceTimersByTime(119);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('sameInputs', () => {
  it('compares one by one with Object.is, as React compares dependencies', () => {
    const company = { id: 1 };
    expect(sameInputs([1, '2026-05'], [1, '2026-05'])).toBe(true);
    expect(sameInputs([1, '2026-05'], [1, '2026-06'])).toBe(false);
    expect(sameInputs([company], [company])).toBe(true);
    expect(sameInputs([company], [{ id: 1 }])).toBe(false);
    expect(sameInputs([Number.NaN], [Number.NaN])).toBe(true);
    expect(sameInputs([0], [-0])).toBe(false);
    expect(sameInputs([1], [1, 2])).toBe(false);
    expect(sameInputs([], [])).toBe(true);
  });
});
