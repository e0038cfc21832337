// Temporary folders for one test, removed after it (pass or fail):
//   const tempDir = tempDirsPerTest('caruman-out-');   // at the top of a test file
//   const dir = tempDir();                               // in a test: a fresh folder
//   const other = tempDir('caruman-secret-');            // with a prefix of its own
import { afterEach } from 'vitest';
import { makeTempDir } from './temp-dir';

export function tempDirsPerTest(prefix?: string): (ownPrefix?: string) => string {
  const made: { remove(): void }[] = [];
  afterEach(() => made.splice(0).forEach((t) => t.remove()));
  return (ownPrefix = prefix) => {
    const t = makeTempDir(ownPrefix);
    made.push(t);
    return t.dir;
  };
}
