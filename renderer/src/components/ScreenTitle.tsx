import type { ReactNode } from 'react';

/**
 * The h1 of a screen. It can take focus (tabIndex -1) so the shell moves focus to it after a
 * navigation, and screen-reader users hear where they arrived.
 */
export function ScreenTitle({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h1 id={id} className="screen-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
