import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_RECEIPT_NAME,
  detectReceiptKind,
  readReceiptFacts,
  receiptExtension,
  receiptFileName,
  receiptFolder,
} from '../../../../main/app/portal/download-policy';

const name = (suggested: string, existing: string[] = [], mime?: string) => {
  const decision = receiptFileName(suggested, 'payment', '2026-07', existing, mime);
  if (!decision.ok) throw new Error(decision.reason);
  return decision.name;
};

describe('receiptFolder', () => {
  const company = path.resolve('/data/Caruman/F9702103813F');

  it('is <company folder>/<YYYY-MM>/receipts', () => {
    expect(receiptFolder(company, '2026-07')).toBe(path.join(company, '2026-07', 'receipts'));
  });

  it.each(['2026-7', '2026-13', '../2026-07', '2026-07/..', '', '2026-07\\..'])('refuses the month %j', (month) => {
    expect(() => receiptFolder(company, month)).toThrow(/month/);
  });

  it('refuses a relative company folder', () => {
    expect(() => receiptFolder('relative/folder', '2026-07')).toThrow(/absolute/);
  });
});

describe('receiptFileName', () => {
  it('prefixes the month and kind and keeps an allowed extension', () => {
    expect(name('Resit_12345.pdf')).toBe('2026-07-RESIT-Resit_12345.pdf');
    expect(receiptFileName('ACR 2026.PDF', 'acr', '2026-07', [])).toEqual({ ok: true, name: '2026-07-ACR-ACR 2026.pdf' });
    expect(receiptFileName('ecr.htm', 'ecr', '2026-07', [])).toEqual({ ok: true, name: '2026-07-ECR-ecr.htm' });
    expect(name('scan.jpeg')).toBe('2026-07-RESIT-scan.jpg');
  });

  it.each([
    ['../../../etc/passwd', '2026-07-RESIT-passwd.bin'],
    ['..\\..\\Windows\\System32\\evil.pdf', '2026-07-RESIT-evil.pdf'],
    ['/absolute/path/resit.pdf', '2026-07-RESIT-resit.pdf'],
    ['C:\\Users\\x\\resit.pdf', '2026-07-RESIT-resit.pdf'],
    ['..', '2026-07-RESIT-receipt.bin'],
    ['', '2026-07-RESIT-receipt.bin'],
    ['   ', '2026-07-RESIT-receipt.bin'],
    ['.hidden.pdf', '2026-07-RESIT-hidden.pdf'],
    ['resit.pdf.', '2026-07-RESIT-resit.pdf'],
    ['resit.pdf   ', '2026-07-RESIT-resit.pdf'],
    ['re\u0000sit\u001f.pdf', '2026-07-RESIT-re_sit.pdf'],
    ['a<b>c:d"e|f?g*h.pdf', '2026-07-RESIT-a_b_c_d_e_f_g_h.pdf'],
    ['resit\u202egpj.pdf', '2026-07-RESIT-resit_gpj.pdf'],
    ['CON.pdf', '2026-07-RESIT-CON-file.pdf'],
    ['lpt1', '2026-07-RESIT-lpt1-file.bin'],
    ['%2e%2e%2fpasswd.pdf', '2026-07-RESIT-2e_2e_2fpasswd.pdf'],
  ])('makes %j safe: %s', (suggested, expected) => {
    expect(name(suggested)).toBe(expected);
  });

  it('never yields a name with a separator, a traversal or a control character', () => {
    for (const suggested of ['../x', '..\\x', 'a/../../b.pdf', '\u0000', 'x\ny.pdf', '....//....//x.pdf']) {
      const result = name(suggested);
      // eslint-disable-next-line no-control-regex
      expect(result).not.toMatch(/[/\\\u0000-\u001f]/);
      expect(result).not.toContain('..');
      expect(path.basename(result)).toBe(result);
    }
  });

  it('refuses programs whatever they claim', () => {
    for (const suggested of ['resit.exe', 'resit.pdf.exe', 'RESIT.BAT', 'x.js', 'x.hta', 'x.lnk', 'x.ps1', 'x.svg', 'x.exe.  ']) {
      expect(receiptFileName(suggested, 'payment', '2026-07', []), suggested).toEqual({ ok: false, reason: 'refused-type' });
    }
  });

  it('keeps an unknown type as inert bytes, or uses the content type', () => {
    expect(name('resit.docx')).toBe('2026-07-RESIT-resit.bin');
    expect(name('download', [], 'application/pdf')).toBe('2026-07-RESIT-download.pdf');
    expect(name('download', [], 'text/html; charset=utf-8')).toBe('2026-07-RESIT-download.html');
    expect(name('download', [], 'application/x-msdownload')).toBe('2026-07-RESIT-download.bin');
    expect(receiptExtension('x.exe', 'application/pdf')).toEqual({ ok: false, reason: 'refused-type' });
  });

  it('is unique in the folder, ignoring case', () => {
    expect(name('resit.pdf', ['2026-07-RESIT-resit.pdf'])).toBe('2026-07-RESIT-resit (2).pdf');
    expect(name('resit.pdf', ['2026-07-resit-RESIT.PDF', '2026-07-RESIT-resit (2).pdf'])).toBe('2026-07-RESIT-resit (3).pdf');
  });

  it('limits the length, keeping the extension and the counter', () => {
    const long = `${'R'.repeat(500)}.pdf`;
    const first = name(long);
    expect(first.length).toBeLessThanOrEqual(MAX_RECEIPT_NAME);
    expect(first.endsWith('.pdf')).toBe(true);
    const second = name(long, [first]);
    expect(second.length).toBeLessThanOrEqual(MAX_RECEIPT_NAME);
    expect(second.endsWith(' (2).pdf')).toBe(true);
  });

  it('refuses a bad month', () => {
    expect(receiptFileName('resit.pdf', 'payment', '../2026-07', [])).toEqual({ ok: false, reason: 'bad-month' });
  });
});

const RECEIPT_TEXT = `RESIT RASMI
No. Resit : 2026080012345
Tarikh Bayaran : 14/08/2026
Jenis Bayaran : 1. Caruman Bulanan (ACR000123456-07/2026) (RM300.00) 2. SKBBK / LINDUNG 24 Jam (RM18.45)
Kod Majikan : F9702103813F
Nama Majikan : Kedai Runcit Ali Sdn Bhd
ID Transaksi FPX : 2608141234560001
Jumlah Bayaran : RM318.45`;

describe('detectReceiptKind', () => {
  it('reads the kind from the text first, then the name', () => {
    expect(detectReceiptKind('download.html', RECEIPT_TEXT)).toBe('payment');
    expect(detectReceiptKind('ACR_2026_07.pdf')).toBe('acr');
    expect(detectReceiptKind('ecr-july.pdf')).toBe('ecr');
    expect(detectReceiptKind('Resit_ACR.pdf')).toBe('payment');
    expect(detectReceiptKind('payment-receipt.pdf')).toBe('payment');
    expect(detectReceiptKind('x.html', 'Acknowledgement of Contribution Received')).toBe('acr');
    expect(detectReceiptKind('scan.png')).toBe('other');
    expect(detectReceiptKind('MACRO.pdf')).toBe('other');
  });
});

describe('readReceiptFacts', () => {
  it('reads number, month, employer code and total from a RESIT RASMI', () => {
    expect(readReceiptFacts(RECEIPT_TEXT)).toEqual({
      receiptNumber: '2026080012345',
      month: '2026-07',
      employerCode: 'F9702103813F',
      totalSen: 31845,
    });
  });

  it('reads the same from HTML and tolerates missing facts', () => {
    const html = `<table><tr><td>No. Resit</td><td>: R-77</td></tr><tr><td>Jumlah Bayaran</td><td>: RM1,234.50</td></tr></table>`;
    expect(readReceiptFacts(html)).toEqual({ receiptNumber: 'R-77', month: null, employerCode: null, totalSen: 123450 });
    expect(readReceiptFacts('')).toEqual({ receiptNumber: null, month: null, employerCode: null, totalSen: null });
  });
});
