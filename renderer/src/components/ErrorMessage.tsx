import type { ReactNode } from 'react';

/** The text under a field that says what is wrong; its id goes into the field's aria-describedby. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-error">
      {children}
    </p>
  );
}
