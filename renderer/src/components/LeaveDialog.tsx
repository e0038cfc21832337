// The question asked before leaving unsaved work: Save / Discard / Stay. A modal <dialog>: the
// rest of the app is inert while it is open, Escape means Stay, and the focus starts on Save.
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Message } from '../i18n/messages';
import '../styles/dialogs.css';

export type LeaveAnswer = 'save' | 'discard' | 'stay';

export function LeaveDialog({ summary, onAnswer }: { summary: Message; onAnswer(answer: LeaveAnswer): void }) {
  const { t, say } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="leave-dialog"
      role="alertdialog"
      aria-labelledby="leave-dialog-title"
      aria-describedby="leave-dialog-text"
      data-testid="leave-dialog"
      onCancel={(event) => {
        // Escape: stay (the dialog is closed by its owner, so the answer is never lost).
        event.preventDefault();
        onAnswer('stay');
      }}
    >
      <h2 id="leave-dialog-title">{t('unsaved.title')}</h2>
      <p id="leave-dialog-text">
        {say(summary)} {t('unsaved.question')}
      </p>
      <div className="button-row">
        <button type="button" className="button button-primary" autoFocus onClick={() => onAnswer('save')}>
          {t('unsaved.save')}
        </button>
        <button type="button" className="button" onClick={() => onAnswer('discard')}>
          {t('unsaved.discard')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onAnswer('stay')}>
          {t('unsaved.stay')}
        </button>
      </div>
    </dialog>
  );
}
