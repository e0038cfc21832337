// Writes a file so that a crash never leaves a half-written upload file under its final name:
// a temporary file in the same folder, written and flushed to disk (fsync), then renamed (or
// hard-linked, when replacing is not allowed, so a file that appeared meanwhile is never
// clobbered). The file-system calls go through a small layer so tests can make any step fail.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The file-system calls the atomic write uses; node:fs by default, a failing stand-in in tests. */
export interface AtomicFs {
  openSync(file: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, newPath: string): void;
  unlinkSync(file: string): void;
  existsSync(file: string): boolean;
}

export const nodeFs: AtomicFs = {
  openSync: (file, flags, mode) => fs.openSync(file, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  linkSync: (existing, newPath) => fs.linkSync(existing, newPath),
  unlinkSync: (file) => fs.unlinkSync(file),
  existsSync: (file) => fs.existsSync(file),
};

/** Thrown when the target exists and replacing it was not asked for. */
export class TargetExistsError extends Error {
  override name = 'TargetExistsError';
  readonly code = 'EEXIST';
  constructor(readonly target: string) {
    super(`${target} already exists`);
  }
}

/** The temporary name: hidden, in the target's folder, never mistaken for an upload file. */
export function temporaryName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export interface AtomicWriteOptions {
  /** Replace an existing file at target (default false: refuse with TargetExistsError). */
  overwrite?: boolean;
  fs?: AtomicFs;
}

export function writeFileAtomic(target: string, content: Uint8Array, options: AtomicWriteOptions = {}): void {
  const io = options.fs ?? nodeFs;
  if (!options.overwrite && io.existsSync(target)) throw new TargetExistsError(target);
  const temp = temporaryName(target);
  let placed = false;
  try {
    const fd = io.openSync(temp, 'wx', 0o644);
    try {
      let offset = 0;
      while (offset < content.length) offset += io.writeSync(fd, content, offset, content.length - offset);
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    if (options.overwrite) {
      io.renameSync(temp, target);
      placed = true;
    } else {
      place(io, temp, target);
      placed = true;
    }
  } catch (error) {
    try {
      if (io.existsSync(temp)) io.unlinkSync(temp);
    } catch {
      // The temporary file is hidden and named .tmp: a leftover is harmless.
    }
    throw error;
  }
  if (placed) syncFolder(path.dirname(target));
}

/** Puts temp at target unless something is there: a hard link refuses to replace atomically. */
function place(io: AtomicFs, temp: string, target: string): void {
  try {
    io.linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new TargetExistsError(target);
    // Some drives (FAT-formatted USB sticks, some network shares) have no hard links: check, then rename.
    if (io.existsSync(target)) throw new TargetExistsError(target);
    io.renameSync(temp, target);
    return;
  }
  io.unlinkSync(temp);
}

/** Makes the rename itself durable where the platform allows it (POSIX); a no-op elsewhere. */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
