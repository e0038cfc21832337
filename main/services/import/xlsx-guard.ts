// Checks an .xlsx (a zip archive) against the import limits BEFORE any spreadsheet library sees
// it: the sizes its central directory declares, then each part inflated with a hard cap at the
// declared size, so a decompression bomb (a small file that inflates to gigabytes, or lies about
// its sizes) is refused within milliseconds and a few megabytes of memory.
import zlib from 'node:zlib';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';

export type ZipCheck =
  | { ok: true; uncompressedBytes: number }
  | { ok: false; reason: 'not_zip' | 'too_large' | 'too_many_parts' | 'too_many_rows' | 'lies'; uncompressedBytes?: number; rows?: number };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

function centralDirectory(zip: Buffer): Entry[] | 'not_zip' | 'too_many_parts' | 'too_large' {
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return 'not_zip';
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  // Zip64 (more than 65,535 parts or 4 GB) is far beyond any spreadsheet Caruman accepts.
  if (count === 0xffff || offset === ZIP64_MARK) return 'too_large';
  if (count > IMPORT_LIMITS.xlsxEntries) return 'too_many_parts';
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return 'not_zip';
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('latin1', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

export function checkXlsxZip(zip: Buffer): ZipCheck {
  if (zip.length < 22) return { ok: false, reason: 'not_zip' };
  const entries = centralDirectory(zip);
  if (typeof entries === 'string') return { ok: false, reason: entries };
  let declared = 0;
  for (const e of entries) {
    if (e.uncompressedSize === ZIP64_MARK || e.compressedSize === ZIP64_MARK) return { ok: false, reason: 'too_large' };
    declared += e.uncompressedSize;
  }
  if (declared > IMPORT_LIMITS.xlsxUncompressedBytes) return { ok: false, reason: 'too_large', uncompressedBytes: declared };

  // The directory may lie: inflate every part with its declared size as a hard ceiling. Worksheets
  // are counted in rows on the way, so a sheet with a million rows is refused before parsing.
  for (const e of entries) {
    const at = e.localHeader;
    if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) return { ok: false, reason: 'not_zip' };
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const data = zip.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) return { ok: false, reason: 'not_zip' };
    let content: Buffer;
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) return { ok: false, reason: 'lies' };
      content = data;
    } else if (e.method === 8) {
      try {
        content = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
      } catch (error) {
        return { ok: false, reason: (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'lies' : 'not_zip' };
      }
    } else {
      return { ok: false, reason: 'not_zip' };
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      const rows = countOf(content, ROW_TAG);
      // The header and a few blank rows on top of the limit are fine; the importer counts exactly.
      if (rows > IMPORT_LIMITS.rows + 100) return { ok: false, reason: 'too_many_rows', rows };
    }
  }
  return { ok: true, uncompressedBytes: declared };
}

const ROW_TAG = Buffer.from('<row ');

function countOf(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}
