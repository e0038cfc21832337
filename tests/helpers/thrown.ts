// The refusal a test expects, caught so it can be compared: the error of the named class that a
// call throws. Nothing thrown fails the test; any other error is rethrown as it is.

/** The error of class `kind` that `run` throws. */
export function thrownBy<E extends Error>(kind: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected a ${kind.name}, but nothing was thrown`);
}
