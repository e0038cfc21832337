// A folder or file the user chooses, never types: the chosen path shown in full (selectable, with
// Copy) and a button that opens the main process's native dialog for a stated purpose (a stand-in
// in the browser harness). Used wherever Caruman needs a place on disk: first run, company
// details, ASSIST files, bulk generation, backup and restore.
import { useRef, useState, type Ref } from 'react';
import { DIALOG_PURPOSES, type DialogPurpose } from '../../../shared/api/channels/dialogs';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { choosePath, copyPath } from '../lib/dialogs';
import { ErrorMessage } from './ErrorMessage';
import '../styles/path-chooser.css';

export interface PathChooserProps {
  /** The choose button's id (a label or an error elsewhere can point at it). */
  id: string;
  /** What is chosen, in words ("Folder for files and receipts"). */
  label: string;
  hint?: string;
  purpose: DialogPurpose;
  /** The company the choice is for: the dialog starts in its folder. */
  companyId?: number;
  /** The chosen path, or null. */
  path: string | null;
  /** Shown instead of a path when none is chosen (default "Not chosen yet"). */
  placeholder?: string;
  /** The button's words when nothing is chosen (default "Choose folder…" / "Choose file…"). */
  chooseText?: string;
  /** Already-translated error about the chosen path (from the screen), or null. */
  error?: string | null;
  disabled?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
  onChosen(path: string): void;
}

export function PathChooser(props: PathChooserProps) {
  const { id, label, hint, purpose, companyId, path, placeholder, chooseText, error, disabled, buttonRef, onChosen } = props;
  const { t, say } = useI18n();
  const pathRef = useRef<HTMLElement>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Message | null>(null);
  const [failure, setFailure] = useState<Message | null>(null);
  const kind = DIALOG_PURPOSES[purpose];

  async function choose() {
    if (busy || disabled) return;
    setBusy(true);
    setStatus(null);
    setFailure(null);
    try {
      const chosen = await choosePath(purpose, companyId);
      if (chosen === null) setStatus({ key: 'desktop.chooser.cancelled' });
      else onChosen(chosen);
    } catch (caught) {
      setFailure(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!path) return;
    const done = await copyPath(path, pathRef.current);
    setStatus({ key: done ? 'desktop.chooser.copied' : 'desktop.chooser.copyManual' });
  }

  const labelId = `${id}-label`;
  const pathId = `${id}-path`;
  const hintId = hint ? `${id}-hint` : undefined;
  const shownError = error ?? (failure ? say(failure) : null);
  const errorId = shownError ? `${id}-error` : undefined;
  const describedBy = [labelId, pathId, errorId, hintId].filter(Boolean).join(' ');
  const action = path ? t('desktop.chooser.change') : (chooseText ?? t(kind === 'folder' ? 'desktop.chooser.folder' : 'desktop.chooser.file'));

  return (
    <div className={['field', 'path-chooser', shownError ? 'field-invalid' : ''].filter(Boolean).join(' ')} role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field-label">
        {label}
      </span>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="path-chooser-row">
        <code id={pathId} ref={pathRef} className={path ? 'path-box path-chooser-path' : 'path-box path-chooser-path path-chooser-empty'} data-testid={pathId}>
          {path ?? placeholder ?? t('desktop.chooser.none')}
        </code>
        <button
          type="button"
          id={id}
          ref={buttonRef}
          className="button"
          onClick={() => void choose()}
          aria-describedby={describedBy}
          aria-invalid={shownError ? true : undefined}
          aria-disabled={busy || disabled || undefined}
        >
          {action}
        </button>
        {path ? (
          <button type="button" className="button button-small" onClick={() => void copy()} aria-label={t('desktop.chooser.copyLabel', { what: label })}>
            {t('desktop.chooser.copy')}
          </button>
        ) : null}
      </div>
      <p className="path-chooser-status" role="status">
        {status ? say(status) : ''}
      </p>
      {shownError && errorId ? <ErrorMessage id={errorId}>{shownError}</ErrorMessage> : null}
    </div>
  );
}
