// A file's path, shown in full (wrapping, selectable) with a Copy button: to paste it into the
// portal's file picker. In the desktop app the main process copies (portal:copyPath); elsewhere
// the browser's clipboard, and when that is refused, the path is selected for Ctrl+C.
import { useRef, useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import type { Message } from '../i18n/messages';

export interface PathCopyProps {
  path: string;
  /** The file's name, for the button's label ("Copy the path of SOCSO_….txt"). */
  name: string;
  companyId: number;
  /** The desktop app can copy through the main process. */
  desktop: boolean;
}

function selectText(element: HTMLElement): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  selection.selectAllChildren(element);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function PathCopy({ path, name, companyId, desktop }: PathCopyProps) {
  const { t, say } = useI18n();
  const textRef = useRef<HTMLElement>(null);
  const [result, setResult] = useState<Message | null>(null);

  async function copy() {
    let done = false;
    if (desktop) {
      done = await api.call('portal:copyPath', { companyId, path }).then(
        (r) => r.done,
        () => false,
      );
    }
    if (!done && typeof navigator.clipboard?.writeText === 'function') {
      done = await navigator.clipboard.writeText(path).then(
        () => true,
        () => false,
      );
    }
    if (!done && textRef.current) done = selectText(textRef.current);
    setResult({ key: done ? 'files.copy.done' : 'files.copy.manual' });
  }

  return (
    <div className="path-copy">
      <code ref={textRef} className="path-copy-text" data-testid="file-path">
        {path}
      </code>
      <span className="path-copy-actions">
        <button type="button" className="button button-small" onClick={() => void copy()} aria-label={t('files.copy.label', { file: name })}>
          {t('files.copy')}
        </button>
        <span className="path-copy-result" role="status">
          {result ? say(result) : ''}
        </span>
      </span>
    </div>
  );
}
