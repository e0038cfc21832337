// The dashboard's two views: "needs action now" (the month to pay now plus every earlier month
// that is late or has files out of date, so October's overdue companies are not hidden behind
// November) and "one month" (every company's chosen month, with the month field).
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { useI18n } from '../../i18n/I18nProvider';

export const DASHBOARD_VIEWS = ['now', 'month'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

const LABELS = { now: 'dashboard.view.now', month: 'dashboard.view.month' } as const;

export function ViewSwitch({ view, onChange }: { view: DashboardView; onChange(view: DashboardView): void }) {
  const { t } = useI18n();
  return (
    <SegmentedChoice
      name="dashboard-view"
      className="dashboard-view"
      legend={t('dashboard.view.label')}
      options={DASHBOARD_VIEWS}
      labelOf={(option) => t(LABELS[option])}
      value={view}
      onChange={onChange}
    />
  );
}
