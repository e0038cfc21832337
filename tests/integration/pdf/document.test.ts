// The PDF layout layer: what it writes can be read back as text (font embedded with its Unicode
// map, Malay text intact), tables repeat their header on every page, footers name the pages.
import { describe, expect, it } from 'vitest';
import { createPdf } from '../../../main/services/pdf/document';
import { pdfText } from '../../helpers/pdf-text';

describe('PDF documents', () => {
  it('writes text that reads back, with its title', async () => {
    const pdf = createPdf({ title: 'Slip Gaji Disember 2026', language: 'ms', createdAt: new Date(Date.UTC(2026, 11, 1)) });
    pdf.title('Slip Gaji', 'Kedai Runcit Ali — Disember 2026');
    pdf.fields([
      ['Nama', 'Nurul Huda binti Abdullah'],
      ['No. KP', '900101-14-5678'],
    ]);
    pdf.table({
      columns: [
        { header: 'Perkara', width: 0.7 },
        { header: 'RM', width: 0.3, align: 'right' },
      ],
      rows: [
        ['Gaji pokok', '2,500.00'],
        ['Elaun', '150.00'],
      ],
      footer: ['Jumlah', '2,650.00'],
    });
    const bytes = await pdf.finish();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text.pages).toHaveLength(1);
    expect(text.title).toBe('Slip Gaji Disember 2026');
    for (const expected of ['Slip Gaji', 'Kedai Runcit Ali — Disember 2026', 'Nurul Huda binti Abdullah', '900101-14-5678', 'Gaji pokok', '2,500.00', 'Jumlah', '2,650.00']) {
      expect(text.all).toContain(expected);
    }
  });

  it('breaks a long table across pages, header on each, and numbers the pages', async () => {
    const pdf = createPdf({ title: 'Long', language: 'en' });
    const rows = Array.from({ length: 120 }, (_, i) => [`Employee ${i + 1}`, `${i + 1}.00`]);
    pdf.table({ columns: [{ header: 'Name', width: 0.6 }, { header: 'Amount', width: 0.4, align: 'right' }], rows });
    pdf.footers((page, pages) => `Page ${page} of ${pages}`);
    expect(pdf.pageCount).toBeGreaterThan(1);
    const pages = pdf.pageCount;
    const text = await pdfText(await pdf.finish());
    expect(text.pages).toHaveLength(pages);
    text.pages.forEach((page, i) => {
      expect(page).toContain('Name');
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
    });
    expect(text.all).toMatch(/Employee 1 1\.00/);
    expect(text.all).toContain('Employee 120');
  });
});
