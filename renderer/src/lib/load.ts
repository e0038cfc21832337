// The parts of useLoad that need no React (tested on their own in tests/unit/renderer/load.test.ts):
// one load started after an optional delay whose outcome is dropped once it is cancelled, and
// the comparison that tells whether a value was loaded for the inputs a screen shows now.
import type { DependencyList } from 'react';
import { messageOf, type Message } from '../i18n/messages';

export type LoadOutcome<T> = { ok: true; value: T } | { ok: false; error: Message };

/**
 * Starts `load` (after `delayMs`, when given) and hands its outcome to `settle`, unless the
 * returned cancel function was called first: a screen that moved on never sees an old answer.
 */
export function startLoad<T>(load: () => Promise<T>, settle: (outcome: LoadOutcome<T>) => void, delayMs = 0): () => void {
  let cancelled = false;
  const run = () => {
    let started: Promise<T>;
    try {
      started = load();
    } catch (error) {
      started = Promise.reject(error);
    }
    started.then(
      (value) => {
        if (!cancelled) settle({ ok: true, value });
      },
      (failure: unknown) => {
        if (!cancelled) settle({ ok: false, error: messageOf(failure) });
      },
    );
  };
  const timer = delayMs > 0 ? setTimeout(run, delayMs) : null;
  if (timer === null) run();
  return () => {
    cancelled = true;
    if (timer !== null) clearTimeout(timer);
  };
}

/** The same inputs, compared as React compares a hook's dependencies (Object.is, one by one). */
export function sameInputs(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
