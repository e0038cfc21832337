// RFC 4180 CSV, as spreadsheets write it: quoted fields may hold commas, quotes ("") and line
// breaks; lines end with CRLF or LF; a UTF-8 byte order mark at the start is ignored.

export interface CsvParseError {
  line: number;
  reason: 'unterminated_quote' | 'text_after_quote';
}

export type CsvParseResult = { ok: true; rows: string[][] } | { ok: false; error: CsvParseError };

export function parseCsv(text: string, delimiter = ','): CsvParseResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let quoteStartLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    row.push(field);
    field = '';
    afterQuote = false;
  };
  const endRow = () => {
    endField();
    // Blank lines (one empty field) carry nothing and are skipped.
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };

  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '' && !afterQuote) {
      inQuotes = true;
      quoteStartLine = line;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else if (afterQuote) {
      return { ok: false, error: { line, reason: 'text_after_quote' } };
    } else {
      field += ch;
    }
  }
  if (inQuotes) return { ok: false, error: { line: quoteStartLine, reason: 'unterminated_quote' } };
  if (field !== '' || row.length > 0 || afterQuote) endRow();
  return { ok: true, rows };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as CSV with CRLF line ends, quoting only where needed. */
export function stringifyCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
