// The month's contributions per employee: wages, category, SOCSO and EIS shares, LINDUNG, total,
// with a totals row. Columns are grouped (SOCSO / EIS / LINDUNG) in a two-row header.
import type { CompanyMonth, EmployeeMonth } from '../../../../shared/api/channels/records';
import { formatRinggit } from '../../../../shared/money/sen';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMonthName } from '../../../../shared/calendar';

const AMOUNTS = [
  ['socsoEmployer', (r: EmployeeMonth) => r.result.socso.employerSen],
  ['socsoEmployee', (r: EmployeeMonth) => r.result.socso.employeeSen],
  ['eisEmployer', (r: EmployeeMonth) => r.result.eis.employerSen],
  ['eisEmployee', (r: EmployeeMonth) => r.result.eis.employeeSen],
  ['lindungEmployee', (r: EmployeeMonth) => r.result.lindung.employeeSen],
  ['total', (r: EmployeeMonth) => r.result.totals.totalSen],
] as const;

/** "1,234.50": ringgit without the RM (the column says it), as in the wage grid. */
function money(sen: number): string {
  return formatRinggit(sen).replace(/^RM\s?/, '');
}

export function ContributionTable({ sheet }: { sheet: CompanyMonth }) {
  const { t, locale } = useI18n();
  const sums = AMOUNTS.map(([, of]) => sheet.rows.reduce((sum, row) => sum + of(row), 0));
  const wages = sheet.rows.reduce((sum, row) => sum + row.wagesSen, 0);
  return (
    <div className="table-scroll report-table-scroll">
      <table className="table report-table" data-testid="report-table">
        <caption className="visually-hidden">{t('reports.caption', { month: formatMonthName(sheet.month, locale) })}</caption>
        <thead>
          <tr className="group-row">
            <th scope="col" rowSpan={2}>
              {t('reports.col.name')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('reports.col.id')}
            </th>
            <th scope="col" rowSpan={2} className="num">
              {t('reports.col.wages')} (RM)
            </th>
            <th scope="col" rowSpan={2} className="center">
              {t('reports.col.category')}
            </th>
            <th scope="colgroup" colSpan={2} className="group">
              {t('reports.col.socso')}
            </th>
            <th scope="colgroup" colSpan={2} className="group">
              {t('reports.col.eis')}
            </th>
            <th scope="colgroup" className="group">
              {t('reports.col.lindung')}
            </th>
            <th scope="col" rowSpan={2} className="num">
              {t('reports.col.total')} (RM)
            </th>
          </tr>
          <tr>
            <th scope="col" className="num">
              {t('reports.col.employer')}
            </th>
            <th scope="col" className="num">
              {t('reports.col.employee')}
            </th>
            <th scope="col" className="num">
              {t('reports.col.employer')}
            </th>
            <th scope="col" className="num">
              {t('reports.col.employee')}
            </th>
            <th scope="col" className="num">
              {t('reports.col.employee')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row) => (
            <tr key={row.employee.id} data-testid="report-row">
              <th scope="row">{row.employee.name}</th>
              <td className="code nowrap">{row.employee.perkesoId}</td>
              <td className="num">{row.entry === null ? <span className="muted">{t('reports.noWages')}</span> : money(row.wagesSen)}</td>
              <td className="center">{row.result.category ?? t('reports.category.none')}</td>
              {AMOUNTS.map(([name, of]) => (
                <td key={name} className={name === 'total' ? 'num row-total' : 'num'} data-testid={`cell-${name}`}>
                  {money(of(row))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="report-totals">
            <th scope="row" colSpan={2}>
              {t('reports.total')}
            </th>
            <td className="num" data-testid="total-wages">
              {money(wages)}
            </td>
            <td />
            {AMOUNTS.map(([name], index) => (
              <td key={name} className="num" data-testid={`total-${name}`}>
                {money(sums[index] ?? 0)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
