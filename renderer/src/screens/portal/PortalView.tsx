// The place the desktop app's portal view covers. The main process draws the portal (a
// WebContentsView, its own session per company) over this element's rectangle; this component
// keeps that rectangle up to date, hides the view while an app dialog is open (the view would
// cover it), polls the view's state to show "offline" and new receipts, and offers back, reload
// and "log out of this company".
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Company } from '../../../../shared/domain/company';
import type { PortalState } from '../../../../shared/api/channels/portal';
import { api } from '../../api/client';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';

const POLL_MS = 1000;
const DIALOG_SELECTOR = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** The placeholder's visible part: clipped to the scrolling main area, so the view never covers the header. */
function rectOf(element: HTMLElement) {
  const rect = element.getBoundingClientRect();
  const area = element.closest('main')?.getBoundingClientRect() ?? new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  const left = Math.max(rect.left, area.left);
  const top = Math.max(rect.top, area.top);
  const right = Math.min(rect.right, area.right);
  const bottom = Math.min(rect.bottom, area.bottom);
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

function dialogOpen(): boolean {
  return document.querySelector(DIALOG_SELECTOR) !== null;
}

export function PortalView({ company, month, onDownload }: { company: Company; month: string; onDownload: () => void }) {
  const t = useT();
  const { say } = useI18n();
  const placeholder = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<PortalState | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const lastDownloadAt = useRef<string | null>(null);

  const show = useCallback(() => {
    const element = placeholder.current;
    if (!element) return;
    if (dialogOpen()) {
      api.call('portal:hide', {}).then(setState, () => undefined);
      return;
    }
    api.call('portal:show', { companyId: company.id, month, bounds: rectOf(element) }).then(
      (next) => {
        setState(next);
        setError(null);
      },
      (e: unknown) => setError(messageOf(e)),
    );
  }, [company.id, month]);

  // Place the view now, on every size change, and hide it when leaving the screen.
  useEffect(() => {
    show();
    const element = placeholder.current;
    const resize = new ResizeObserver(() => show());
    if (element) resize.observe(element);
    window.addEventListener('resize', show);
    window.addEventListener('scroll', show, true);
    // App dialogs open above everything but the native view: hide it while one is open.
    let open = dialogOpen();
    const dialogs = new MutationObserver(() => {
      const now = dialogOpen();
      if (now !== open) {
        open = now;
        show();
      }
    });
    dialogs.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['open', 'role', 'aria-modal'] });
    return () => {
      resize.disconnect();
      dialogs.disconnect();
      window.removeEventListener('resize', show);
      window.removeEventListener('scroll', show, true);
      api.call('portal:hide', {}).catch(() => undefined);
    };
  }, [show]);

  // The view's state: offline, the page, a download filed.
  useEffect(() => {
    const timer = window.setInterval(() => {
      api.call('portal:status', {}).then((next) => {
        setState(next);
        const at = next.lastDownload?.at ?? null;
        if (at !== lastDownloadAt.current) {
          lastDownloadAt.current = at;
          if (at !== null) onDownload();
        }
      }, () => undefined);
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [onDownload]);

  const act = (channel: 'portal:back' | 'portal:reload') => () => {
    api.call(channel, {}).then(setState, (e: unknown) => setError(messageOf(e)));
  };

  function logout() {
    if (!window.confirm(t('portal.logout.confirm', { company: company.name }))) return;
    api.call('portal:logout', { companyId: company.id }).then(setState, (e: unknown) => setError(messageOf(e)));
  }

  const offline = state?.state === 'offline';
  return (
    <div className="portal-view">
      <div className="toolbar portal-toolbar" role="toolbar" aria-label={t('portal.title')}>
        <button type="button" className="button button-small" onClick={act('portal:back')} disabled={!state?.canGoBack}>
          {t('portal.back')}
        </button>
        <button type="button" className="button button-small" onClick={act('portal:reload')}>
          {t('portal.reload')}
        </button>
        <span className="toolbar-grow portal-url muted">{state?.url ?? ''}</span>
        <button type="button" className="button button-small button-quiet" onClick={logout}>
          {t('portal.logout')}
        </button>
      </div>
      <p className="muted portal-session">{t('portal.session', { company: company.name })}</p>
      {error ? <p className="form-error">{say(error)}</p> : null}
      {state?.lastDownload ? (
        <p className="status-message" role="status">
          {state.lastDownload.ok
            ? t('portal.download.saved', { fileName: state.lastDownload.fileName })
            : t('portal.download.refused', { fileName: state.lastDownload.fileName })}
        </p>
      ) : null}
      <div ref={placeholder} className="portal-placeholder" data-testid="portal-placeholder">
        {offline ? (
          <div className="panel portal-offline" role="alert">
            <h2>{t('portal.offline.title')}</h2>
            <p>{t('portal.offline.body', { reason: state?.offlineReason ?? '' })}</p>
            <button type="button" className="button button-primary" onClick={act('portal:reload')}>
              {t('portal.offline.retry')}
            </button>
          </div>
        ) : state?.state === 'loading' ? (
          <p className="muted">{t('portal.loading')}</p>
        ) : null}
      </div>
    </div>
  );
}
