// A disk with only so many bytes free, for the file writes of this process: node's fs.writeSync
// (which fs.writeFileSync and Caruman's durable write both go through) writes what still fits,
// then fails with ENOSPC, as a full disk does. SQLite writes through its own C code and is not
// affected. Filling a real small disk would need a mount, which needs root; this is the
// file-system seam instead.
import fs from 'node:fs';

export function withDiskSpace<T>(freeBytes: number, work: () => T): T {
  const original = fs.writeSync;
  let free = freeBytes;
  const limited = function (this: unknown, fd: number, buffer: unknown, ...rest: unknown[]): number {
    // Standard output and error are the terminal, not the disk.
    if (fd <= 2 || typeof buffer === 'string') return (original as (...a: unknown[]) => number).call(fs, fd, buffer, ...rest);
    const bytes = buffer as Uint8Array;
    const offset = typeof rest[0] === 'number' ? rest[0] : 0;
    const length = typeof rest[1] === 'number' ? rest[1] : bytes.byteLength - offset;
    if (free <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    const fits = Math.min(length, free);
    const written = (original as (...a: unknown[]) => number).call(fs, fd, bytes, offset, fits, ...rest.slice(2));
    free -= written;
    return written;
  };
  (fs as { writeSync: unknown }).writeSync = limited;
  try {
    const result = work();
    if (result instanceof Promise) {
      return result.finally(() => {
        (fs as { writeSync: unknown }).writeSync = original;
      }) as T;
    }
    (fs as { writeSync: unknown }).writeSync = original;
    return result;
  } catch (error) {
    (fs as { writeSync: unknown }).writeSync = original;
    throw error;
  }
}
