// One Form EA (C.P.8A), drawn onto PDF pages in the employee's language: the header, Part A
// (particulars) and Parts B–F in the order and with the codes of shared/tax/ea/fields.ts, then
// the employer's block. The figures are the producer's (shared/tax/ea/figures.ts) and nothing
// else: this module formats, it never adds up pay.
import type { PdfBuilder } from '../pdf/document';
import type { Company } from '../../../shared/domain/company';
import { EA_AMOUNT_FIELDS, eaSerialNumber, type EaPart, type EaStatement } from '../../../shared/tax/ea';
import { formatAmount } from '../../../shared/money/sen';
import { formatMalaysianDate, formatMonthName } from '../../../shared/calendar';
import { translate, type MessageParams } from '../../../shared/i18n/catalog';
import type { Locale } from '../../../shared/i18n/define';

export interface EaPageContext {
  company: Company;
  statement: EaStatement;
  /** Months of the year with wages that are not finalised: the form is a draft while there are any. */
  openMonths: readonly string[];
  /** The employee had a Form TP3 (previous employment) for the year. */
  hasTp3: boolean;
  /** "YYYY-MM-DD", the date printed in the employer's block. */
  today: string;
}

const PART_HEADINGS: Record<EaPart, string> = { B: 'ea.partB', C: 'ea.partC', D: 'ea.partD', E: 'ea.partE', F: 'ea.partF' };

export function drawEa(pdf: PdfBuilder, context: EaPageContext, locale: Locale): void {
  const t = (key: string, params?: MessageParams) => translate(locale, key, params);
  const { company, statement: s } = context;
  const e = s.employee;
  const none = t('ea.none');
  const months = (list: readonly string[]) => list.map((m) => formatMonthName(m, locale)).join(', ');

  pdf.title(t('ea.title'), t('ea.subtitle', { year: s.year }));
  if (context.openMonths.length > 0) {
    pdf.paragraph(t('ea.draft', { months: months(context.openMonths), year: s.year, count: context.openMonths.length }), { bold: true });
  }
  pdf.fields([
    [t('ea.header.serial'), eaSerialNumber(s.year, s.employeeId)],
    [t('ea.header.employerNumber'), company.taxEmployerNumber ?? none],
    [t('ea.header.taxNumber'), e.taxNumber ?? none],
    [t('ea.header.branch'), none],
    [t('ea.header.year'), String(s.year)],
  ]);

  pdf.heading(t('ea.partA'));
  const passport = e.idType === 'passport';
  pdf.fields(
    [
      [t('ea.A1'), e.name],
      [t('ea.A2'), e.jobTitle ?? none],
      [t('ea.A3'), e.staffNumber ?? none],
      [t('ea.A4'), passport ? none : e.idNumber],
      [t('ea.A5'), passport ? e.idNumber : none],
      [t('ea.A6'), e.epfMemberNumber ?? none],
      [t('ea.A7'), e.perkesoId || none],
      [t('ea.A8'), String(s.children)],
      [t('ea.A9a'), s.commenced ? formatMalaysianDate(s.commenced) : s.ceased ? none : t('ea.fullYear')],
      [t('ea.A9b'), s.ceased ? formatMalaysianDate(s.ceased) : none],
    ],
    1,
  );

  for (const part of ['B', 'C', 'D', 'E', 'F'] as const) {
    pdf.heading(t(PART_HEADINGS[part]));
    const fields = EA_AMOUNT_FIELDS.filter((f) => f.part === part);
    const rows = fields.filter((f) => !f.total).map((f) => [t(`ea.field.${f.code}`), formatAmount(s.amounts[f.code])]);
    const total = fields.find((f) => f.total);
    pdf.table({
      columns: [
        { header: t('ea.item'), width: 0.78 },
        { header: t('ea.amount'), width: 0.22, align: 'right' },
      ],
      rows,
      footer: total ? [t(`ea.field.${total.code}`), formatAmount(s.amounts[total.code])] : undefined,
    });
    if (part === 'B' && s.arrearsOfEarlierYears.length > 0) {
      for (const a of s.arrearsOfEarlierYears) {
        pdf.paragraph(`${t('ea.arrears', { month: formatMonthName(a.forMonth, locale), reason: a.reason })}: ${formatAmount(a.amountSen)}`, { muted: true });
      }
      pdf.gap(4);
    }
  }

  pdf.paragraph(t('ea.monthsPaid', { year: s.year, months: months(s.monthsPaid) }), { muted: true });
  if (context.hasTp3) pdf.paragraph(t('ea.tp3Note'), { muted: true });
  if (!e.taxResident) pdf.paragraph(t('ea.nonResident'), { muted: true });

  pdf.heading(t('ea.footer.title'));
  pdf.fields(
    [
      [t('ea.footer.date'), formatMalaysianDate(context.today)],
      [t('ea.footer.officer'), company.contactName ?? none],
      [t('ea.footer.designation'), none],
      [t('ea.footer.employer'), [company.name, company.address].filter(Boolean).join(', ')],
      [t('ea.footer.phone'), company.phone ?? none],
    ],
    1,
  );
  pdf.paragraph(t('ea.deadline', { next: s.year + 1 }), { muted: true });
}
