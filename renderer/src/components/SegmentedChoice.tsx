// One of a few options, shown as joined segments: radio inputs under a legend, so the arrow keys
// move between them and a screen reader says "1 of 3" (the dashboard's view and its "show" filter).
// Styles in styles/segmented.css.
import type { ReactNode } from 'react';

export interface SegmentedChoiceProps<T extends string> {
  /** The radio group's name (unique on the page). */
  name: string;
  legend: ReactNode;
  options: readonly T[];
  labelOf(option: T): ReactNode;
  value: T;
  onChange(option: T): void;
  className?: string;
}

export function SegmentedChoice<T extends string>({ name, legend, options, labelOf, value, onChange, className }: SegmentedChoiceProps<T>) {
  return (
    <fieldset className={className ? `segmented-field ${className}` : 'segmented-field'}>
      <legend className="field-label">{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option} className="segment segment-radio">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            {labelOf(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
