// A field of a plain-data result that is worked out only when something reads it. Explanations
// and LHDN's working are sentences for the one row a user opens; a month's totals, its files, a
// bulk run and payslips never read them, so they should not pay for 2,000 of them. The field is
// an own enumerable getter: spreading the object, JSON.stringify and structured clone (Electron's
// IPC, structuredClone) all read it like any other field, so what crosses IPC still carries it.

/** Defines `key` on `target` as computed on first read (then kept); returns the target. */
export function withLazyField<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & { [P in K]: V } {
  let computed = false;
  let value: V;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!computed) {
        value = compute();
        computed = true;
      }
      return value;
    },
  });
  return target as T & { [P in K]: V };
}
