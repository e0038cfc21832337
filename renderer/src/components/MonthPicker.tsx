// The month field of ASSIST files, Reports, Payroll and the Portal: MonthField (the month by name
// in the app's language, never the computer's locale: <input type="month"> showed "May 2025" in a
// Malay window) under the name those screens import. To be folded into MonthField's imports.
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
  return <MonthField {...props} />;
}
