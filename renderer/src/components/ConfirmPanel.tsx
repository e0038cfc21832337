// A question asked in the page before a step that replaces something (restore a backup over the
// data, replace files already written): role="alertdialog" but not modal, named by its title (or
// its text when it has none), the folder concerned in full, then the step itself (a danger button
// that says what it is doing while busy) and the way back.
import type { ReactNode, Ref } from 'react';

export interface ConfirmPanelProps {
  /** `<id>-title` and `<id>-body` are the ids of the title and the text. */
  id: string;
  title?: ReactNode;
  children: ReactNode;
  /** The folder the step writes into, shown in full. */
  folder?: string;
  confirmLabel: ReactNode;
  busyLabel: ReactNode;
  busy: boolean;
  onConfirm(): void;
  confirmId?: string;
  confirmRef?: Ref<HTMLButtonElement>;
  cancelLabel: ReactNode;
  onCancel(): void;
  cancelRef?: Ref<HTMLButtonElement>;
  testId?: string;
}

export function ConfirmPanel({
  id,
  title,
  children,
  folder,
  confirmLabel,
  busyLabel,
  busy,
  onConfirm,
  confirmId,
  confirmRef,
  cancelLabel,
  onCancel,
  cancelRef,
  testId,
}: ConfirmPanelProps) {
  return (
    <div
      className="panel confirm-panel"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={title ? `${id}-title` : `${id}-body`}
      aria-describedby={title ? `${id}-body` : undefined}
      data-testid={testId}
    >
      {title ? <h3 id={`${id}-title`}>{title}</h3> : null}
      <p id={`${id}-body`}>{children}</p>
      {folder !== undefined ? <p className="code path-text">{folder}</p> : null}
      <div className="button-row">
        <button
          type="button"
          id={confirmId}
          ref={confirmRef}
          className="button button-danger"
          aria-disabled={busy || undefined}
          onClick={onConfirm}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" ref={cancelRef} className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
