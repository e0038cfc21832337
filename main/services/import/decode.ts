// The one strict text decoder for imported files. A CSV saved by Excel as plain "CSV" on Windows
// is Windows-1252 (or another code page), not UTF-8: decoding it leniently turns "Alé" into "Al�"
// without a word, and the name is later dropped from the ASSIST file. So bytes that are not valid
// UTF-8 refuse the file, naming the first row that has them. UTF-16 files (Excel's "Unicode Text")
// are recognised by their byte order mark and decoded just as strictly.

export type Decoded = { ok: true; text: string } | { ok: false; row: number; near: string };

const REPLACEMENT = '\uFFFD';

export function decodeStrict(bytes: Uint8Array): Decoded {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return checkedText(new TextDecoder(utf16, { fatal: true }).decode(bytes));
    } catch {
      // An odd byte count or a lone surrogate: decode leniently only to find where.
      return checkedText(new TextDecoder(utf16).decode(bytes));
    }
  }
  try {
    return checkedText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    return { ok: false, ...placeOf(before, before.length) };
  }
}

/**
 * Text that was already decoded by someone else (a caller passing a string) is held to the same
 * rule: a replacement character means bytes were lost on the way, so it is refused the same way.
 */
export function checkedText(text: string): Decoded {
  const index = text.indexOf(REPLACEMENT);
  if (index === -1) return { ok: true, text };
  return { ok: false, ...placeOf(text, index) };
}

/** The spreadsheet row holding text[index] (line breaks inside quotes do not start a row) and what precedes it on that row. */
function placeOf(text: string, index: number): { row: number; near: string } {
  let row = 1;
  let rowStart = 0;
  let quoted = false;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || (c === '\r' && text[i + 1] !== '\n'))) {
      row += 1;
      rowStart = i + 1;
    }
  }
  return { row, near: text.slice(Math.max(rowStart, index - 20), index) };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    if (length >= 3) {
      // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are invalid too.
      if (b === 0xe0 && second < 0xa0) return i;
      if (b === 0xed && second > 0x9f) return i;
      if (b === 0xf0 && second < 0x90) return i;
      if (b === 0xf4 && second > 0x8f) return i;
    }
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
