// A file's path, shown in full (wrapping, selectable) with a Copy button: to paste it into the
// portal's file picker. In the desktop app the main process copies (portal:copyPath); elsewhere
// the browser's clipboard, and when that is refused, the path is selected for Ctrl+C.
import { useRef, useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import type { Message } from '../i18n/messages';
import { copiedBy, copyPath } from '../lib/dialogs';
import '../styles/path-chooser.css';

export interface PathCopyProps {
  path: string;
  /** The file's name, for the button's label ("Copy the path of SOCSO_….txt"). */
  name: string;
  companyId: number;
  /** The desktop app can copy through the main process. */
  desktop: boolean;
}

export function PathCopy({ path, name, companyId, desktop }: PathCopyProps) {
  const { t, say } = useI18n();
  const textRef = useRef<HTMLElement>(null);
  const [result, setResult] = useState<Message | null>(null);

  async function copy() {
    const viaPortal = () => (desktop ? copiedBy(api.call('portal:copyPath', { companyId, path })) : Promise.resolve(false));
    const done = await copyPath(path, textRef.current, viaPortal);
    setResult({ key: done ? 'files.copy.done' : 'files.copy.manual' });
  }

  return (
    <div className="path-copy">
      <code ref={textRef} className="path-box path-copy-text" data-testid="file-path">
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
