// Reads the text back out of a PDF, page by page, with Mozilla's pdf.js: how the tests check what
// a payslip or a Form EA really says (the numbers a person would read), not how it was built.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  /** Every page's text, joined with a form feed. */
  all: string;
  title: string | null;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    // Items on one line are joined with a space; a new line (hasEOL) with a newline.
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : ' ');
    }
    pages.push(text.replace(/[ ]+\n/g, '\n').replace(/[ ]{2,}/g, ' ').trim());
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string } | undefined;
  await doc.destroy();
  return { pages, all: pages.join('\f'), title: info?.Title ?? null };
}
