// Reading a file someone named (a file to check, a receipt to attach): only an ordinary file, and
// only up to a size, so a device (/dev/zero), a pipe that never ends (a FIFO) or a huge file can
// neither block Caruman's main process nor fill its memory (issue 11 item 10).
import fs from 'node:fs';
import { ServiceError } from '../service-error';
import { formatBytes } from '../../../shared/domain/file-size';

/** Opening a FIFO for reading waits for a writer; O_NONBLOCK returns at once (POSIX; 0 elsewhere). */
const OPEN_WITHOUT_WAITING = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function kindOf(stat: fs.Stats): 'folder' | 'device' | 'pipe' | 'socket' | 'other' {
  if (stat.isDirectory()) return 'folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isFIFO()) return 'pipe';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

const READ_CHUNK = 1024 * 1024;

function tooLarge(file: string, size: number, maxBytes: number, field: string): ServiceError {
  return new ServiceError('VALIDATION', 'storage.file.tooLarge', { path: file, size: formatBytes(size), limit: formatBytes(maxBytes) }, field);
}


/**
 * The bytes of file, which must be an ordinary file of at most maxBytes. The file is opened
 * first and checked through its descriptor, so it cannot be swapped for a pipe in between.
 * Throws ServiceError: NOT_FOUND (missing or unreadable), VALIDATION storage.file.notRegular or
 * storage.file.tooLarge (with its size and the limit).
 */
export function readRegularFile(file: string, maxBytes: number, field = 'file'): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_WITHOUT_WAITING);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new ServiceError('VALIDATION', 'storage.file.notRegular.folder', { path: file }, field);
    throw new ServiceError('NOT_FOUND', 'assist.error.fileUnreadable', { file, reason: code ?? String(error) }, field);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new ServiceError('VALIDATION', `storage.file.notRegular.${kindOf(stat)}`, { path: file }, field);
    if (stat.size > maxBytes) throw tooLarge(file, stat.size, maxBytes, field);
    // In chunks up to the limit: a file still growing past it is refused too.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      chunks.push(chunk.subarray(0, read));
      if (total > maxBytes) throw tooLarge(file, total, maxBytes, field);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('NOT_FOUND', 'assist.error.fileUnreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, field);
  } finally {
    fs.closeSync(fd);
  }
}
