// Arrears of one company's month: what changed per employee and scheme since the files were
// generated, and the plain sentences of what to enter in the portal's arrears screen.
import { useEffect, useRef } from 'react';
import type { DashboardRow } from '../../../../shared/domain/month-end';
import { formatRinggit } from '../../../../shared/money/sen';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { useLoad } from '../../lib/useLoad';
import { ColumnHeads } from '../../components/ColumnHeads';
import { FormAlert } from '../../components/ErrorMessage';

export function ArrearsPanel({ row, onClose }: { row: DashboardRow; onClose(): void }) {
  const { t, say } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const companyId = row.company.id;
  const month = row.month;

  useEffect(() => {
    headingRef.current?.focus();
  }, [companyId, month]);

  // The panel is keyed on company and month: a new one starts empty.
  const arrears = useLoad(() => api.call('monthEnd:arrears', { companyId, month }), [companyId, month]);
  const report = arrears.value;
  const error = arrears.error;

  return (
    <section
      className="panel arrears-panel"
      aria-labelledby="arrears-title"
      data-testid="arrears-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="panel-head">
        <h2 id="arrears-title" ref={headingRef} tabIndex={-1}>
          {t('dashboard.arrears.title', { name: row.company.name, employerCode: row.company.employerCode, month })}
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('dashboard.arrears.close')}
        </button>
      </div>
      {error ? (
        <FormAlert message={error} />
      ) : report === null ? (
        <p className="muted" role="status">
          {t('dashboard.arrears.loading')}
        </p>
      ) : (
        <>
          {report.lines.length > 0 ? (
            <div className="me-scroll">
              <table className="table arrears-table" data-testid="arrears-table">
                <caption className="table-caption">{t('dashboard.arrears.caption')}</caption>
                <ColumnHeads
                  columns={[
                    t('dashboard.arrears.column.employee'),
                    t('dashboard.arrears.column.scheme'),
                    t('dashboard.arrears.column.wages'),
                    { label: t('dashboard.arrears.column.employer'), className: 'col-money' },
                    { label: t('dashboard.arrears.column.employee.diff'), className: 'col-money' },
                  ]}
                />
                <tbody>
                  {report.lines.map((line) => (
                    <tr key={`${line.employeeId}-${line.scheme}`} data-testid="arrears-line">
                      <th scope="row">
                        <span className="company-name">{line.name}</span>
                        <span className="company-code code">{line.perkesoId}</span>
                      </th>
                      <td>{t(`dashboard.arrears.scheme.${line.scheme}`)}</td>
                      <td>
                        {formatRinggit(line.generatedWagesSen)} → {formatRinggit(line.currentWagesSen)}
                      </td>
                      <td className="col-money">{line.scheme === 'lindung' || line.scheme === 'pcb' || line.scheme === 'cp38' ? '—' : signed(line.employerDifferenceSen)}</td>
                      <td className="col-money">{signed(line.employeeDifferenceSen)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={4}>
                      {t('dashboard.arrears.total')}
                    </th>
                    <td className="col-money" data-testid="arrears-total">
                      {signed(report.totals.totalSen)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          ) : null}
          <h3 className="arrears-statement-title">{t('dashboard.arrears.statement')}</h3>
          <ul className="arrears-statement" data-testid="arrears-statement">
            {report.statement.map((line, index) => (
              <li key={index}>{say({ key: line.key, params: line.params, fallback: line.message })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function signed(sen: number): string {
  return sen > 0 ? `+${formatRinggit(sen)}` : formatRinggit(sen);
}
