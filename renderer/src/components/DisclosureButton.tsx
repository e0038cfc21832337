// A button that shows and hides a part of the screen (aria-expanded, aria-controls naming that
// part), so it is reached by keyboard and by touch and a screen reader says whether it is open.
import type { ReactNode } from 'react';

export interface DisclosureButtonProps {
  open: boolean;
  /** The id of what it shows and hides. */
  controls: string;
  onToggle(open: boolean): void;
  className?: string;
  children: ReactNode;
}

export function DisclosureButton({
  open,
  controls,
  onToggle,
  className = 'button button-small',
  children,
}: DisclosureButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      {children}
    </button>
  );
}
