// Every file Caruman writes goes through here (VS Code's base/node/pfs.ts is the model), so a
// crash, a full disk or a pulled USB stick never leaves a half-written file under its final name:
//
//   1. a hidden temporary file in the target's own folder (same drive, so the rename is atomic),
//      created owner-only (0600; on Windows the per-user folders already protect it);
//   2. the content written and flushed to the disk (fsync);
//   3. put in place: renamed over the target when replacing was asked for, otherwise hard-linked,
//      which refuses atomically when a file appeared meanwhile, so a file the user did not ask to
//      replace is never replaced;
//   4. the folder flushed too (POSIX), so the rename itself survives a power cut.
//
// Three shapes: one file (writeFileDurably), N files into one folder as one set
// (writeFilesDurably: all staged before any is placed, taken back together on a failure) and a
// whole new folder (writeFolderDurably: built under a hidden name, renamed when complete). Their
// leftovers after a crash are hidden, named so no one mistakes them for real files, and removed
// by removeLeftovers (at the next start for the data folder, before every write elsewhere).
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { childPath, PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from './paths';
import { removeLeftovers } from './leftovers';

/** The file-system calls the writes use: node:fs by default, a failing stand-in in tests. */
export interface DurableFs {
  openSync(file: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, newPath: string): void;
  unlinkSync(file: string): void;
  existsSync(file: string): boolean;
}

export const nodeFs: DurableFs = {
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

export interface WriteOptions {
  /** Replace an existing file (default false: refuse with TargetExistsError). */
  replace?: boolean;
  fs?: DurableFs;
}

export type Content = Uint8Array | string;

const failedTargets = new WeakMap<object, string>();

/** The file a failed write was writing or placing when it failed (for the message), or null. */
export function failedTarget(error: unknown): string | null {
  if (error instanceof TargetExistsError) return error.target;
  return typeof error === 'object' && error !== null ? (failedTargets.get(error) ?? null) : null;
}

function unique(): string {
  return `${process.pid}.${randomBytes(4).toString('hex')}`;
}

/** The temporary name beside target: hidden, and never mistaken for a real file. */
export function temporaryName(target: string, suffix: 'tmp' | 'old' = 'tmp'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${unique()}.${suffix}`);
}

function bytesOf(content: Content): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

function removeQuietly(io: DurableFs, file: string): void {
  try {
    if (io.existsSync(file)) io.unlinkSync(file);
  } catch {
    // A leftover is hidden and named .tmp; removeLeftovers takes it later.
  }
}

/** Creates a fresh private temporary file beside target and writes content into it, flushed. */
function stage(io: DurableFs, target: string, content: Uint8Array): string {
  const temp = temporaryName(target);
  try {
    const fd = io.openSync(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      let offset = 0;
      while (offset < content.length) offset += io.writeSync(fd, content, offset, content.length - offset);
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
  } catch (error) {
    removeQuietly(io, temp);
    throw error;
  }
  return temp;
}

/** What placing one staged file did, so a failed set can take it back. */
interface Placed {
  target: string;
  /** A hard link to the file that was replaced, or null when the target was new (or links are impossible). */
  kept: string | null;
  wasNew: boolean;
}

/** Puts temp at target: rename when replacing (keeping a link to the old file), else a refusing link. */
function place(io: DurableFs, temp: string, target: string, replace: boolean, keepOld: boolean): Placed {
  if (replace) {
    const existed = io.existsSync(target);
    let kept: string | null = null;
    if (existed && keepOld) {
      const candidate = temporaryName(target, 'old');
      try {
        io.linkSync(target, candidate);
        kept = candidate;
      } catch {
        // No hard links here (FAT, some shares): the old version cannot be put back on a failure.
      }
    }
    try {
      io.renameSync(temp, target);
    } catch (error) {
      if (kept) removeQuietly(io, kept);
      throw error;
    }
    return { target, kept, wasNew: !existed };
  }
  try {
    io.linkSync(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(target);
    // Some drives (FAT-formatted USB sticks, some network shares) have no hard links: check, then rename.
    if (io.existsSync(target)) throw new TargetExistsError(target);
    io.renameSync(temp, target);
    return { target, kept: null, wasNew: true };
  }
  removeQuietly(io, temp);
  return { target, kept: null, wasNew: true };
}

/** Undoes placed files, newest first: new ones removed, replaced ones put back from their link. */
function takeBack(io: DurableFs, placed: readonly Placed[]): void {
  for (const p of [...placed].reverse()) {
    try {
      if (p.kept) io.renameSync(p.kept, p.target);
      else if (p.wasNew) io.unlinkSync(p.target);
    } catch {
      // Best effort: the error that started this is the one reported.
    }
  }
}

/** Makes renames in folder durable where the platform allows it (POSIX); a no-op elsewhere. */
export function syncFolder(folder: string): void {
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

/** Flushes a file another writer produced (SQLite's backup) to the disk. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes one file durably (see the top of this file). target is a path the user or Caruman chose
 * (a name from stored data goes through childPath or writeFilesDurably first).
 */
export function writeFileDurably(target: string, content: Content, options: WriteOptions = {}): void {
  const absolute = path.resolve(target);
  writeTargets(path.dirname(absolute), [absolute], [content], options);
}

export interface FileToWrite {
  /** A plain file name inside the folder (no separators). */
  name: string;
  content: Content;
}

/**
 * Writes N files into folder as one set: the names are checked (plain names that stay in the
 * folder); without `replace` none may exist (TargetExistsError, nothing written); every file is
 * written and flushed under a temporary name before any is put in place; and if putting one in
 * place fails, the ones already placed are taken back (new ones removed, replaced ones restored
 * where the drive has hard links), so the folder ends with the whole set or as it was.
 * Returns the files' absolute paths, in order.
 */
export function writeFilesDurably(folder: string, files: readonly FileToWrite[], options: WriteOptions = {}): string[] {
  const dir = path.resolve(folder);
  const targets = files.map((f) => childPath(dir, f.name));
  if (new Set(targets).size !== targets.length) throw new Error('writeFilesDurably: the same name twice in one set');
  writeTargets(dir, targets, files.map((f) => f.content), options);
  return targets;
}

/** The set write itself: targets (absolute, all in dir) get contents, all or none. */
function writeTargets(dir: string, targets: readonly string[], contents: readonly Content[], options: WriteOptions): void {
  const io = options.fs ?? nodeFs;
  const replace = options.replace === true;
  if (!replace) {
    for (const target of targets) if (io.existsSync(target)) throw new TargetExistsError(target);
  }
  removeLeftovers(dir);

  const staged: string[] = [];
  const placed: Placed[] = [];
  let current = targets[0] ?? dir;
  try {
    contents.forEach((content, i) => {
      current = targets[i] as string;
      staged.push(stage(io, current, bytesOf(content)));
    });
    const keepOld = targets.length > 1;
    staged.forEach((temp, i) => {
      current = targets[i] as string;
      placed.push(place(io, temp, current, replace, keepOld));
    });
  } catch (error) {
    takeBack(io, placed);
    for (const temp of staged) removeQuietly(io, temp);
    if (typeof error === 'object' && error !== null) failedTargets.set(error, current);
    throw error;
  }
  for (const p of placed) if (p.kept) removeQuietly(io, p.kept);
  syncFolder(dir);
}

/** A temporary file beside target for content another writer produces, and how to finish it. */
export interface StagedFile {
  /** Exists already, empty and private; the other writer (SQLite) writes into it. */
  readonly temp: string;
  /** Flushes temp and puts it at target (replacing only when asked); then syncs the folder. */
  place(): void;
  /** Removes temp (and nothing else). */
  discard(): void;
}

export function stageFile(target: string, options: WriteOptions = {}): StagedFile {
  const io = options.fs ?? nodeFs;
  const absolute = path.resolve(target);
  const temp = stage(io, absolute, new Uint8Array(0));
  return {
    temp,
    place() {
      try {
        fsyncFile(temp);
        place(io, temp, absolute, options.replace === true, false);
      } catch (error) {
        removeQuietly(io, temp);
        throw error;
      }
      syncFolder(path.dirname(absolute));
    },
    discard: () => removeQuietly(io, temp),
  };
}

/** Writes files into a folder being built; paths are relative to it and may not leave it. */
export interface FolderWriter {
  readonly path: string;
  /** Writes relative ("receipts/2026-01/x.pdf"; "/" or "\" separate folders), returns the absolute path. */
  write(relative: string, content: Content): string;
}

/**
 * Builds a new folder at target: under a hidden temporary name beside it, every file written
 * owner-only and flushed, and renamed to target only when fill has finished. Never replaces an
 * existing target (TargetExistsError); on any failure nothing is left under either name.
 */
export async function writeFolderDurably<T>(target: string, fill: (folder: FolderWriter) => T | Promise<T>): Promise<T> {
  const absolute = path.resolve(target);
  const parent = path.dirname(absolute);
  if (fs.existsSync(absolute)) throw new TargetExistsError(absolute);
  removeLeftovers(parent);
  const building = path.join(parent, `.${path.basename(absolute)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
  fs.mkdirSync(building, { mode: PRIVATE_FOLDER_MODE });
  const folders = new Set<string>([building]);
  const writer: FolderWriter = {
    path: building,
    write(relative, content) {
      const parts = relative.split(/[/\\]+/).filter((p) => p !== '');
      const name = parts.pop() ?? '';
      let dir = building;
      for (const part of parts) {
        dir = childPath(dir, part);
        if (!folders.has(dir)) {
          fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
          folders.add(dir);
        }
      }
      const file = childPath(dir, name);
      const fd = fs.openSync(file, 'wx', PRIVATE_FILE_MODE);
      try {
        fs.writeSync(fd, bytesOf(content));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      return path.join(absolute, path.relative(building, file));
    },
  };
  try {
    const result = await fill(writer);
    for (const dir of [...folders].reverse()) syncFolder(dir);
    // A rename onto an empty folder would succeed on POSIX: check again just before.
    if (fs.existsSync(absolute)) throw new TargetExistsError(absolute);
    fs.renameSync(building, absolute);
    syncFolder(parent);
    return result;
  } catch (error) {
    fs.rmSync(building, { recursive: true, force: true });
    throw error;
  }
}

