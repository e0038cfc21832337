// Cleaning up after each Vitest test in one place (Playwright specs have their own, in their folders).
import { afterEach } from 'vitest';
import { makeTempDir } from './temp-dir';

/**
 * What each test leaves behind, undone after it, last first (a database is closed before its
 * folder is removed): `const later = useCleanups();` then `later(() => services.close())`.
 */
export function useCleanups(): (undo: () => void) => void {
  const undos: Array<() => void> = [];
  afterEach(() => undos.splice(0).reverse().forEach((undo) => undo()));
  return (undo) => {
    undos.push(undo);
  };
}

/**
 * Fresh folders for each test, removed after it: `const tempDir = useTempDirs();` then `tempDir()`.
 * `later`: a file's own useCleanups, so its folders go in the same last-first order as the rest.
 */
export function useTempDirs(options: { prefix?: string; later?: (undo: () => void) => void } = {}): () => string {
  const later = options.later ?? useCleanups();
  return () => {
    const temp = makeTempDir(options.prefix);
    later(temp.remove);
    return temp.dir;
  };
}
