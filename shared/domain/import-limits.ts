// How much a user's spreadsheet may hold. Checked before anything is parsed, so a hostile or
// broken file (a decompression bomb, a 200 MB cell) is refused quickly with a clear message
// instead of freezing the app. Far above any real company: 10,000 employees in a CSV is ~0.6 MB.
export const IMPORT_LIMITS = {
  /** The file as chosen (CSV text or the .xlsx zip). */
  fileBytes: 10 * 1024 * 1024,
  /** Everything inside an .xlsx, uncompressed, as its zip directory declares and as it inflates. */
  xlsxUncompressedBytes: 64 * 1024 * 1024,
  /** Parts inside an .xlsx (a workbook has a few dozen). */
  xlsxEntries: 1000,
  /** Rows below the header. */
  rows: 50_000,
  /** Characters in one cell (the longest field, an employee's notes, takes 2,000). */
  cellChars: 2000,
  /** Characters of a cell quoted back in a message. */
  quotedChars: 60,
} as const;
