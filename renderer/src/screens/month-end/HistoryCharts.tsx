// Contributions and headcount month by month (12 or 24 months up to the dashboard's month), for
// all companies or only the current one: two hand-drawn SVG charts and the same numbers as a table.
import { useMemo, useState } from 'react';
import type { Company } from '../../../../shared/domain/company';
import { formatRinggit } from '../../../../shared/money/sen';
import { api } from '../../api/client';
import { BarChart } from '../../components/charts/BarChart';
import { LineChart } from '../../components/charts/LineChart';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { DisclosureButton } from '../../components/DisclosureButton';
import type { ChartPoint } from '../../components/charts/scale';
import { useI18n } from '../../i18n/I18nProvider';
import { useLoad } from '../../lib/useLoad';
import { ColumnHeads } from '../../components/ColumnHeads';
import { FormAlert } from '../../components/ErrorMessage';

type Period = 12 | 24;
type Scope = 'all' | 'current';

function monthFormats(locale: string) {
  const tag = locale === 'ms' ? 'ms-MY' : 'en-MY';
  return {
    short: new Intl.DateTimeFormat(tag, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
    long: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
}

function monthDate(month: string): Date {
  const [year = '2000', number = '1'] = month.split('-');
  return new Date(Date.UTC(Number(year), Number(number) - 1, 1));
}

/** Whole ringgit on the axis: "RM1,200". */
function ringgitTick(sen: number): string {
  return formatRinggit(Math.round(sen / 100) * 100).replace(/\.00$/, '');
}

export function HistoryCharts({ month, current }: { month: string; current: Company | null }) {
  const { t, locale } = useI18n();
  const [period, setPeriod] = useState<Period>(12);
  const [scopeChoice, setScope] = useState<Scope>('all');
  const [showTable, setShowTable] = useState(false);
  const scope: Scope = current ? scopeChoice : 'all';
  const companyId = scope === 'current' && current ? current.id : null;

  const history = useLoad(() => api.call('monthEnd:history', { companyId, lastMonth: month, months: period }), [companyId, month, period]);
  const error = history.error;
  const months = history.value;
  const formats = useMemo(() => monthFormats(locale), [locale]);
  const scopeName = scope === 'current' && current ? current.name : t('dashboard.charts.scope.all');

  const points = useMemo(() => {
    if (!months) return null;
    const base = months.map((m) => ({
      key: m.month,
      label: formats.short.format(monthDate(m.month)),
      longLabel: formats.long.format(monthDate(m.month)),
    }));
    const money: ChartPoint[] = months.map((m, i) => ({ ...base[i]!, value: m.totalSen, valueText: formatRinggit(m.totalSen) }));
    // A month without wages saved has no headcount to plot: a gap in the line, not a zero.
    const heads: ChartPoint[] = months.map((m, i) => ({ ...base[i]!, value: m.headcount, valueText: String(m.headcount), missing: m.headcount === 0 }));
    return { money, heads };
  }, [months, formats]);

  const descriptions = useMemo(() => {
    if (!points || points.money.length === 0) return null;
    const first = points.money[0]!;
    const last = points.money[points.money.length - 1]!;
    const top = points.money.reduce((best, point) => (point.value > best.value ? point : best), first);
    const total = points.money.reduce((sum, point) => sum + point.value, 0);
    const heads = points.heads.map((point) => point.value);
    return {
      money: t('dashboard.charts.contributions.desc', {
        from: first.longLabel,
        to: last.longLabel,
        max: top.valueText,
        maxMonth: top.longLabel,
        total: formatRinggit(total),
      }),
      heads: t('dashboard.charts.headcount.desc', {
        from: first.longLabel,
        to: last.longLabel,
        first: heads[0] ?? 0,
        last: heads[heads.length - 1] ?? 0,
        max: Math.max(...heads),
      }),
    };
  }, [points, t]);

  return (
    <section className="panel charts-panel" aria-labelledby="charts-title" data-testid="charts">
      <div className="panel-head">
        <h2 id="charts-title">{t('dashboard.charts.title')}</h2>
        <div className="chart-controls">
          <div className="segmented" role="group" aria-label={t('dashboard.charts.period')}>
            {([12, 24] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="segment"
                aria-pressed={period === option}
                onClick={() => setPeriod(option)}
              >
                {option === 12 ? t('dashboard.charts.months12') : t('dashboard.charts.months24')}
              </button>
            ))}
          </div>
          <div className="segmented" role="group" aria-label={t('dashboard.charts.scope')}>
            <button type="button" className="segment" aria-pressed={scope === 'all'} onClick={() => setScope('all')}>
              {t('dashboard.charts.scope.all')}
            </button>
            {current ? (
              <button type="button" className="segment" aria-pressed={scope === 'current'} onClick={() => setScope('current')}>
                {t('dashboard.charts.scope.current', { name: current.name })}
              </button>
            ) : null}
          </div>
        </div>
      </div>

      {error ? (
        <FormAlert message={error} lead={t('dashboard.charts.loadFailed')} />
      ) : !points || !months || !descriptions ? (
        <p className="muted">{t('status.loading')}</p>
      ) : (
        <>
          {months.every((m) => m.headcount === 0) ? <p className="muted">{t('dashboard.charts.empty')}</p> : null}
          <div className="charts-grid">
            <ChartFigure
              Chart={BarChart}
              id="chart-contributions"
              title={t('dashboard.charts.contributions.title', { scope: scopeName })}
              desc={descriptions.money}
              points={points.money}
              formatTick={ringgitTick}
              minStep={100}
            />
            <ChartFigure
              Chart={LineChart}
              id="chart-headcount"
              title={t('dashboard.charts.headcount.title', { scope: scopeName })}
              desc={descriptions.heads}
              points={points.heads}
              formatTick={(value) => String(value)}
            />
          </div>
          <DisclosureButton className="button button-small button-quiet" open={showTable} controls="chart-table" onToggle={setShowTable}>
            {showTable ? t('dashboard.charts.hideTable') : t('dashboard.charts.showTable')}
          </DisclosureButton>
          <div id="chart-table" className={showTable ? 'me-scroll chart-table-wrap' : 'visually-hidden'}>
            <table className="table chart-table" data-testid="chart-table">
              <caption className={showTable ? 'table-caption' : undefined}>
                {t('dashboard.charts.table.caption', { scope: scopeName })}
              </caption>
              <ColumnHeads
                columns={[
                  t('dashboard.charts.column.month'),
                  { label: t('dashboard.charts.column.headcount'), className: 'col-money' },
                  { label: t('dashboard.charts.column.wages'), className: 'col-money' },
                  { label: t('dashboard.charts.column.employer'), className: 'col-money' },
                  { label: t('dashboard.charts.column.employee'), className: 'col-money' },
                  { label: t('dashboard.charts.column.total'), className: 'col-money' },
                ]}
              />
              <tbody>
                {months.map((m, index) => (
                  <tr key={m.month}>
                    <th scope="row">{points.money[index]?.longLabel ?? m.month}</th>
                    <td className="col-money">{m.headcount}</td>
                    <td className="col-money">{formatRinggit(m.wagesSen)}</td>
                    <td className="col-money">{formatRinggit(m.employerSen)}</td>
                    <td className="col-money">{formatRinggit(m.employeeSen)}</td>
                    <td className="col-money">{formatRinggit(m.totalSen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
