// Folders Caruman creates and names it builds from stored data or another program's input.
import fs from 'node:fs';
import path from 'node:path';
import { isSafeFileName } from '../../../shared/domain/file-names';

/** Files Caruman creates: readable and writable by their owner only. */
export const PRIVATE_FILE_MODE = 0o600;
/** Folders Caruman creates: only their owner may list or enter them. */
export const PRIVATE_FOLDER_MODE = 0o700;

/** Thrown when a name that should be a plain file name would leave its folder or is not allowed. */
export class UnsafeNameError extends Error {
  override name = 'UnsafeNameError';
  constructor(readonly unsafeName: string) {
    super(`not a safe file name: ${JSON.stringify(unsafeName)}`);
  }
}

/**
 * Creates folder (and any missing parents) owner-only; folders that exist keep their permissions.
 * Returns the absolute folder.
 */
export function makePrivateFolder(folder: string): string {
  const absolute = path.resolve(folder);
  fs.mkdirSync(absolute, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  return absolute;
}

/**
 * folder/<name> for a name that came from stored data or another program (item 8 of issue 11):
 * reduced to its last path part in either separator style, refused when that is empty, "." or
 * "..", holds a control character or is a Windows device name, and checked to stay in folder.
 */
export function childPath(folder: string, name: string): string {
  const base = name.split(/[/\\]+/).pop() ?? '';
  if (!isSafeFileName(base)) throw new UnsafeNameError(name);
  const resolvedFolder = path.resolve(folder);
  const target = path.join(resolvedFolder, base);
  const relative = path.relative(resolvedFolder, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) throw new UnsafeNameError(name);
  return target;
}

