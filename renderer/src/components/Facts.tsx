// A short list of labelled values (a file's records and total, a report's company and month): a
// <dl> whose every pair sits in its own <div>, so a stylesheet can lay the pairs out as a grid
// (or in a row: className "facts-row", styles/facts.css).
import type { ReactNode } from 'react';
import '../styles/facts.css';

export interface Fact {
  label: ReactNode;
  value: ReactNode;
  /** On the pair's <div>. */
  className?: string;
  testId?: string;
  /** On the value's <dd>. */
  valueClassName?: string;
  valueTestId?: string;
}

export function Facts({ facts, className, testId, live }: { facts: readonly Fact[]; className: string; testId?: string; live?: boolean }) {
  return (
    <dl className={className} data-testid={testId} aria-live={live ? 'polite' : undefined}>
      {facts.map((fact, index) => (
        <div key={index} className={fact.className} data-testid={fact.testId}>
          <dt>{fact.label}</dt>
          <dd className={fact.valueClassName} data-testid={fact.valueTestId}>
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
