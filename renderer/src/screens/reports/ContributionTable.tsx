// The month's contributions per employee: wages, category, SOCSO and EIS shares, LINDUNG, the
// PERKESO total, then EPF's employer and employee shares (the wage grid's own figures, from the
// same pay items: wages:grid), with a totals row. Columns are grouped in a two-row header.
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

/** EPF's shares of one employee's month (sen); null where the EPF engine has no answer (before March 2016). */
export interface EpfShares {
  employer: number | null;
  employee: number | null;
}

/** "1,234.50": ringgit without the RM (the column says it), as in the wage grid. */
function money(sen: number): string {
  return formatRinggit(sen).replace(/^RM\s?/, '');
}

/** PERKESO's schemes over their shares' columns. */
const PERKESO_GROUPS = [
  ['socso', 2],
  ['eis', 2],
  ['lindung', 1],
] as const;

/** Under the scheme groups: SOCSO's and EIS's two shares, LINDUNG's employee share, EPF's two shares. */
const SHARE_HEADS = ['employer', 'employee', 'employer', 'employee', 'employee', 'employer', 'employee'] as const;

export function ContributionTable({ sheet, epf }: { sheet: CompanyMonth; epf: ReadonlyMap<number, EpfShares> }) {
  const { t, locale } = useI18n();
  const sums = AMOUNTS.map(([, of]) => sheet.rows.reduce((sum, row) => sum + of(row), 0));
  const epfOf = (row: EmployeeMonth) => epf.get(row.employee.id) ?? { employer: null, employee: null };
  const epfSum = (share: keyof EpfShares) => sheet.rows.reduce((sum, row) => sum + (epfOf(row)[share] ?? 0), 0);
  const epfCell = (sen: number | null) => (sen === null ? t('reports.epf.none') : money(sen));
  const wages = sheet.rows.reduce((sum, row) => sum + row.wagesSen, 0);
  return (
    <div className="table-scroll report-table-scroll">
      <table className="table report-table" data-testid="report-table">
        <caption className="visually-hidden">{t('reports.caption', { month: formatMonthName(sheet.month, locale) })}</caption>
        <thead>
          <tr className="group-row">
            <th scope="col" rowSpan={2}>
              {t('reports.col.name')}
              <span className="report-sub">{t('reports.col.id')}</span>
            </th>
            <th scope="col" rowSpan={2} className="num">
              {t('reports.col.wages')} (RM)
            </th>
            <th scope="col" rowSpan={2} className="center">
              {t('reports.col.category')}
            </th>
            {PERKESO_GROUPS.map(([scheme, span]) => (
              <th key={scheme} scope="colgroup" colSpan={span} className="group">
                {t(`reports.col.${scheme}`)}
              </th>
            ))}
            <th scope="col" rowSpan={2} className="num">
              {t('reports.col.perkesoTotal')} (RM)
            </th>
            <th scope="colgroup" colSpan={2} className="group">
              {t('reports.col.epf')}
            </th>
          </tr>
          <tr>
            {SHARE_HEADS.map((share, index) => (
              <th key={index} scope="col" className="num">
                {t(`reports.col.${share}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row) => (
            <tr key={row.employee.id} data-testid="report-row">
              {/* The ID under the name: the row stays one table's width with EPF beside PERKESO at 1280 px. */}
              <th scope="row">
                {row.employee.name}
                <span className="report-sub code nowrap">{row.employee.perkesoId}</span>
              </th>
              <td className="num">{row.entry === null ? <span className="muted">{t('reports.noWages')}</span> : money(row.wagesSen)}</td>
              <td className="center">{row.result.category ?? t('reports.category.none')}</td>
              {AMOUNTS.map(([name, of]) => (
                <td key={name} className={name === 'total' ? 'num row-total' : 'num'} data-testid={`cell-${name}`}>
                  {money(of(row))}
                </td>
              ))}
              <td className="num" data-testid="cell-epfEmployer">
                {epfCell(epfOf(row).employer)}
              </td>
              <td className="num" data-testid="cell-epfEmployee">
                {epfCell(epfOf(row).employee)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="report-totals">
            <th scope="row">
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
            <td className="num" data-testid="total-epfEmployer">
              {money(epfSum('employer'))}
            </td>
            <td className="num" data-testid="total-epfEmployee">
              {money(epfSum('employee'))}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
