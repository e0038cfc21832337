// One small layout layer over pdfkit for every PDF Caruman writes (payslips, Forms EA): A4 pages,
// the shipped DejaVu Sans Condensed font (Malay and English, embedded as a subset so the text can
// be searched and copied), headings, label–value blocks and tables with right-aligned amounts that
// break across pages. Content comes in as ready-made strings in the reader's language; this layer
// knows nothing about payroll. One generator for the app and the CLI (no Chromium needed).
import PDFDocument from 'pdfkit';
import { fontSource, type FontName } from './fonts';

export interface PdfInfo {
  title: string;
  /** BCP-47 language of the text, "ms" or "en" (screen readers and search). */
  language: string;
  author?: string;
  /** Fixed for reproducible files; defaults to now. */
  createdAt?: Date;
}

export interface TableColumn {
  header: string;
  /** Share of the usable width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

export interface TableOptions {
  columns: TableColumn[];
  rows: string[][];
  /** A bold last row (totals). */
  footer?: string[];
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 42;
const BODY_SIZE = 9.5;
const LINE_GAP = 2;
const CELL_PAD = 3;
const RULE = '#9aa0a6';
const MUTED = '#555555';

type Doc = InstanceType<typeof PDFDocument>;

/** The font parsed once per process (fonts.ts fontSource), as pdfkit takes it. */
function font(name: FontName): string {
  return fontSource(name, (file) => {
    const probe = new PDFDocument({ autoFirstPage: false, font: file });
    probe.end();
    // pdfkit's current font: its `font` is the parsed fontkit font.
    return (probe as unknown as { _font?: { font?: unknown } })._font?.font;
  }) as string;
}

/**
 * Laid-out words (fontkit's shaping, the dearest step after the font itself) shared by every
 * document of the process: pdfkit keeps one cache per document and font, so 200 payslips and
 * their combined PDF shaped the same labels 401 times. A cached run is font data (glyph ids and
 * advances), never changed by a document. Started afresh every LAYOUT_CACHE_DOCUMENTS documents,
 * so amounts and names seen once do not pile up in a long-running app.
 */
const sharedLayoutCaches = new Map<FontName, object>();
const LAYOUT_CACHE_DOCUMENTS = 500;
let documentsSinceReset = 0;

function shareLayouts(doc: Doc): void {
  if (++documentsSinceReset > LAYOUT_CACHE_DOCUMENTS) {
    sharedLayoutCaches.clear();
    documentsSinceReset = 1;
  }
  // pdfkit's opened fonts by the names registered above (its own field, pdfkit 0.20): where it is
  // not there, each document keeps its own cache as before — slower, never wrong.
  const opened = (doc as unknown as { _fontFamilies?: Partial<Record<FontName, { layoutCache?: object }>> })._fontFamilies;
  for (const name of ['regular', 'bold'] as const) {
    const embedded = opened?.[name];
    if (!embedded || typeof embedded.layoutCache !== 'object') continue;
    let shared = sharedLayoutCaches.get(name);
    if (!shared) sharedLayoutCaches.set(name, (shared = Object.create(null) as object));
    embedded.layoutCache = shared;
  }
}

export class PdfBuilder {
  private readonly doc: Doc;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  readonly width = A4.width - 2 * MARGIN;

  constructor(info: PdfInfo) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      // No default font at all: pdfkit's built-in Helvetica would be loaded from its package files,
      // which are not there once the main process and the CLI are bundled. Nor our font object
      // here: opened without a name, pdfkit re-opens it (a new subset, its name table compared as
      // JSON) on every later font('regular') and every automatic page break — most of a payslip's
      // time (issue 14 payslips_200_ms). Registered by name below, each font is opened once per document.
      font: null as unknown as string,
      lang: info.language,
      displayTitle: true,
      info: { Title: info.title, Author: info.author ?? 'Caruman', Creator: 'Caruman', Producer: 'Caruman', CreationDate: info.createdAt ?? new Date() },
    });
    this.doc.registerFont('regular', font('regular'));
    this.doc.registerFont('bold', font('bold'));
    this.doc.font('bold').font('regular').fontSize(BODY_SIZE);
    shareLayouts(this.doc);
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  private get y(): number {
    return this.doc.y;
  }

  private get bottom(): number {
    return A4.height - MARGIN;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensureSpace(height: number): this {
    if (this.y + height > this.bottom) this.newPage();
    return this;
  }

  newPage(): this {
    this.doc.addPage();
    this.doc.x = MARGIN;
    return this;
  }

  title(text: string, subtitle?: string): this {
    this.doc.font('bold').fontSize(15).fillColor('black').text(text, MARGIN, this.y, { width: this.width });
    if (subtitle) this.doc.font('regular').fontSize(10).fillColor(MUTED).text(subtitle, { width: this.width });
    this.doc.fillColor('black').font('regular').fontSize(BODY_SIZE).moveDown(0.6);
    return this;
  }

  heading(text: string): this {
    this.ensureSpace(40);
    this.doc.moveDown(0.4).font('bold').fontSize(11).fillColor('black').text(text, MARGIN, this.y, { width: this.width });
    this.doc.font('regular').fontSize(BODY_SIZE).moveDown(0.2);
    return this;
  }

  paragraph(text: string, options: { muted?: boolean; bold?: boolean; size?: number } = {}): this {
    this.doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(options.size ?? BODY_SIZE)
      .fillColor(options.muted ? MUTED : 'black')
      .text(text, MARGIN, this.y, { width: this.width, lineGap: LINE_GAP });
    this.doc.fillColor('black').font('regular').fontSize(BODY_SIZE);
    return this;
  }

  /** Label–value pairs in `columns` columns ("Nama: Siti binti Ali"), labels muted. */
  fields(pairs: readonly (readonly [string, string])[], columns = 2): this {
    const columnWidth = this.width / columns;
    const labelWidth = columnWidth * 0.42;
    for (let start = 0; start < pairs.length; start += columns) {
      const row = pairs.slice(start, start + columns);
      const heights = row.map(([label, value]) =>
        Math.max(this.heightOf(label, labelWidth - CELL_PAD, 'regular'), this.heightOf(value, columnWidth - labelWidth - CELL_PAD, 'bold')),
      );
      const height = Math.max(...heights) + LINE_GAP;
      this.ensureSpace(height);
      const top = this.y;
      row.forEach(([label, value], i) => {
        const x = MARGIN + i * columnWidth;
        this.doc.font('regular').fillColor(MUTED).text(label, x, top, { width: labelWidth - CELL_PAD });
        this.doc.font('bold').fillColor('black').text(value, x + labelWidth, top, { width: columnWidth - labelWidth - CELL_PAD });
      });
      this.doc.font('regular').fillColor('black');
      this.doc.x = MARGIN;
      this.doc.y = top + height;
    }
    return this;
  }

  /** A table; the header row repeats on every page the table runs onto. */
  table({ columns, rows, footer }: TableOptions): this {
    const widths = columns.map((c) => c.width * this.width);
    const drawRow = (cells: readonly string[], font: 'regular' | 'bold', rule: boolean) => {
      const height = Math.max(...cells.map((cell, i) => this.heightOf(cell, (widths[i] as number) - 2 * CELL_PAD, font))) + 2 * CELL_PAD;
      const top = this.y;
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const width = widths[i] as number;
        this.doc.font(font).fillColor('black').text(cell, x + CELL_PAD, top + CELL_PAD, { width: width - 2 * CELL_PAD, align: columns[i]?.align ?? 'left' });
        x += width;
      });
      if (rule) this.doc.moveTo(MARGIN, top + height).lineTo(MARGIN + this.width, top + height).lineWidth(0.5).strokeColor(RULE).stroke();
      this.doc.x = MARGIN;
      this.doc.y = top + height;
      return height;
    };
    const headerCells = columns.map((c) => c.header);
    const headerHeight = Math.max(...headerCells.map((cell, i) => this.heightOf(cell, (widths[i] as number) - 2 * CELL_PAD, 'bold'))) + 2 * CELL_PAD;
    this.ensureSpace(headerHeight * 2);
    drawRow(headerCells, 'bold', true);
    for (const row of rows) {
      const height = Math.max(...row.map((cell, i) => this.heightOf(cell, (widths[i] as number) - 2 * CELL_PAD, 'regular'))) + 2 * CELL_PAD;
      if (this.y + height > this.bottom) {
        this.newPage();
        drawRow(headerCells, 'bold', true);
      }
      drawRow(row, 'regular', false);
    }
    if (footer) {
      this.ensureSpace(headerHeight);
      this.doc.moveTo(MARGIN, this.y).lineTo(MARGIN + this.width, this.y).lineWidth(0.5).strokeColor(RULE).stroke();
      drawRow(footer, 'bold', false);
    }
    this.doc.moveDown(0.4);
    return this;
  }

  gap(points = 8): this {
    this.doc.y += points;
    return this;
  }

  /** Writes "text" at the foot of every page, e.g. "Page {page} of {pages}" already translated by the caller. */
  footers(footer: (page: number, pages: number) => string): this {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const text = footer(i - range.start + 1, range.count);
      // Inside the bottom margin: lift the margin for this one line so pdfkit does not add a page.
      const bottomMargin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.font('regular').fontSize(7.5).fillColor(MUTED).text(text, MARGIN, A4.height - MARGIN + 12, { width: this.width, align: 'center', lineBreak: false });
      this.doc.page.margins.bottom = bottomMargin;
    }
    this.doc.fillColor('black').fontSize(BODY_SIZE);
    return this;
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  /** Finishes the document and returns its bytes. */
  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }

  private heightOf(text: string, width: number, font: 'regular' | 'bold'): number {
    this.doc.font(font);
    const height = this.doc.heightOfString(text === '' ? ' ' : text, { width, lineGap: LINE_GAP });
    this.doc.font('regular');
    return height;
  }
}

export function createPdf(info: PdfInfo): PdfBuilder {
  return new PdfBuilder(info);
}
