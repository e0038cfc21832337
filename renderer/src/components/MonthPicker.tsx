// The month field with previous / next buttons and the app's own words for them (ASSIST files,
// Reports, Payroll): the month by name in the app's language, never the computer's locale
// (<input type="month"> showed "May 2025" in a Malay window). MonthField does the work; screens
// that label the buttons themselves (Wages) use it directly.
import { useT } from '../i18n/I18nProvider';
import { MonthField } from './MonthField';

export interface MonthPickerProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  month: string;
  onChange(month: string): void;
}

export function MonthPicker(props: MonthPickerProps) {
  const t = useT();
  return <MonthField {...props} previousLabel={t('month.previous')} nextLabel={t('month.next')} />;
}
