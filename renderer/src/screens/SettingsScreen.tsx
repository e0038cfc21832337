// Settings: the language, and backups: the list, "back up now", a backup saved anywhere the user
// chooses (a USB drive), and restoring a backup (from the list or a file chosen in a dialog) after
// an explicit confirmation. Paths are chosen in the main process's dialogs, never typed.
import { useState, type FormEvent } from 'react';
import type { BackupInfo } from '../../../shared/api/channels/backups';
import { api, ApiError } from '../api/client';
import { PathChooser } from '../components/PathChooser';
import { ScreenTitle } from '../components/ScreenTitle';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { useLoad } from '../lib/useLoad';
import { useCurrentCompany } from '../state/CurrentCompany';
import { choosePath } from '../lib/dialogs';
import '../styles/records.css';
import { FormAlert } from '../components/ErrorMessage';
import { ConfirmPanel } from '../components/ConfirmPanel';
import { ColumnHeads } from '../components/ColumnHeads';
import { LanguageSelect } from '../components/LanguageSwitch';

function folderOf(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut > 0 ? file.slice(0, cut) : file;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function SettingsScreen() {
  const { t, say, locale } = useI18n();
  const { refresh } = useCurrentCompany();
  const [languageError, setLanguageError] = useState<Message | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  const [actionError, setActionError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [path, setPath] = useState<string | null>(null);
  const [pathError, setPathError] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState<{ file: string; createdAt: string | null } | null>(null);

  const dateFormat = new Intl.DateTimeFormat(locale === 'ms' ? 'ms-MY' : 'en-MY', { dateStyle: 'medium', timeStyle: 'short' });
  // The list stays on screen while it is read again after a backup or a restore.
  const backupList = useLoad(() => api.call('backups:list', {}), [], { keepPrevious: true });
  const backups = backupList.value;
  const listError = backupList.error;
  const reload = backupList.reload;

  async function backUpNow(elsewhere = false) {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    setActionError(null);
    try {
      // Elsewhere: a file chosen in the save dialog, in any folder (a USB drive); the dialog itself
      // asks before replacing a file that is there.
      const to = elsewhere ? await choosePath('backup') : undefined;
      if (to === null) return;
      const made = await api.call('backups:create', to === undefined ? {} : { to, overwrite: true });
      setStatus({ key: 'backups.created', params: { file: made.file } });
      reload();
    } catch (error) {
      setActionError(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  function askRestore(file: string) {
    setStatus(null);
    setActionError(null);
    const known = backups?.find((backup) => backup.file === file.trim());
    setConfirming({ file: file.trim(), createdAt: known ? dateFormat.format(new Date(known.createdAt)) : null });
    window.setTimeout(() => document.getElementById('restore-confirm-yes')?.focus(), 0);
  }

  function submitPath(event: FormEvent) {
    event.preventDefault();
    setPathError(null);
    if (path === null) {
      setPathError({ key: 'backups.error.path.required' });
      document.getElementById('restore-path')?.focus();
      return;
    }
    askRestore(path);
  }

  async function restore() {
    if (!confirming || busy) return;
    const file = confirming.file;
    setBusy(true);
    try {
      const summary = await api.call('backups:restore', { file });
      setConfirming(null);
      setPath(null);
      setStatus({ key: 'backups.restored', params: { file: summary.replacedBackup ?? '' } });
      await refresh().catch(() => undefined);
      reload();
    } catch (error) {
      setConfirming(null);
      const message = messageOf(error);
      if (error instanceof ApiError && error.field === 'file') {
        setPath(file);
        setPathError(message);
        window.setTimeout(() => document.getElementById('restore-path')?.focus(), 0);
      } else {
        setActionError(message);
      }
    } finally {
      setBusy(false);
    }
  }

  const folder = backups && backups.length > 0 ? folderOf((backups[0] as BackupInfo).file) : null;

  return (
    <section className="screen settings-screen" aria-labelledby="settings-title">
      <ScreenTitle id="settings-title">{t('nav.settings')}</ScreenTitle>
      <p role="status" className={status ? 'status-message' : 'status-message status-empty'}>
        {status ? say(status) : ''}
      </p>
      {confirming ? (
        <ConfirmPanel
          id="restore-confirm"
          confirmId="restore-confirm-yes"
          confirmLabel={t('settings.restore.yes')}
          busyLabel={t('settings.restore.working')}
          busy={busy}
          onConfirm={() => void restore()}
          cancelLabel={t('action.cancel')}
          onCancel={() => setConfirming(null)}
        >
          {confirming.createdAt
            ? t('backups.restore.confirm', { createdAt: confirming.createdAt })
            : t('settings.restore.confirmFile', { file: confirming.file })}
        </ConfirmPanel>
      ) : null}

      <section className="panel" aria-labelledby="settings-language-heading">
        <h2 id="settings-language-heading">{t('settings.language.title')}</h2>
        <div className="field settings-language">
          <label htmlFor="settings-language" className="field-label">
            {t('settings.language.label')}
          </label>
          <LanguageSelect id="settings-language" error={languageError !== null} errorId="settings-language-error" onError={setLanguageError} />
          {languageError ? (
            <p className="field-error" id="settings-language-error">
              {say(languageError)}
            </p>
          ) : null}
        </div>
      </section>

      <section className="panel" aria-labelledby="settings-backups-heading">
        <h2 id="settings-backups-heading">{t('backups.title')}</h2>
        <p className="field-hint">{t('settings.backups.hint')}</p>
        {folder ? (
          <p className="field-hint">
            {t('settings.backups.folder')} <span className="code path-text">{folder}</span>
          </p>
        ) : null}
        <FormAlert message={actionError} />
        <div className="button-row section-actions">
          <button type="button" className="button button-primary" onClick={() => void backUpNow()} aria-disabled={busy || undefined}>
            {t('backups.create')}
          </button>
          <button type="button" className="button" onClick={() => void backUpNow(true)} aria-disabled={busy || undefined}>
            {t('desktop.backup.saveElsewhere')}
          </button>
        </div>
        {listError ? (
          <FormAlert message={listError} />
        ) : backups === null ? (
          <p className="muted">{t('status.loading')}</p>
        ) : backups.length === 0 ? (
          <p className="empty-state">{t('backups.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table backups-table">
              <caption className="visually-hidden">{t('settings.backups.caption')}</caption>
              <ColumnHeads
                columns={[
                  t('settings.backups.when'),
                  t('settings.backups.kind'),
                  t('settings.backups.file'),
                  t('settings.backups.size'),
                  { label: t('employees.column.actions'), hidden: true },
                ]}
              />
              <tbody>
                {backups.map((backup) => {
                  const when = dateFormat.format(new Date(backup.createdAt));
                  const reasonKey = `backups.reason.${backup.reason}`;
                  return (
                    <tr key={backup.file} data-testid="backup-row">
                      <th scope="row">{when}</th>
                      <td>{say({ key: reasonKey, fallback: backup.reason })}</td>
                      <td className="code path-text">{backup.name}</td>
                      <td>{formatSize(backup.size)}</td>
                      <td className="actions">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('settings.restore.this', { when })}
                          onClick={() => askRestore(backup.file)}
                        >
                          {t('settings.restore.button')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="settings-restore-heading">
        <h2 id="settings-restore-heading">{t('settings.restore.title')}</h2>
        <form onSubmit={submitPath} noValidate className="inline-form restore-form">
          <PathChooser
            id="restore-path"
            label={t('settings.restore.path')}
            hint={t('settings.restore.path.hint')}
            purpose="restore"
            path={path}
            error={pathError ? say(pathError) : null}
            onChosen={(chosen) => {
              setPath(chosen);
              setPathError(null);
            }}
          />
          <div className="button-row">
            <button type="submit" className="button">
              {t('backups.restore')}
            </button>
          </div>
        </form>
      </section>

    </section>
  );
}
