// The ASSIST portal inside the main window: one WebContentsView per company, each in its own
// persistent partition (persist:portal-<id>), no preload, sandboxed. Thin glue: every decision
// (URLs, popups, permissions, requests, downloads, names, bounds) is a pure, unit-tested function
// in this folder or in main/services/receipts; this file applies them to Electron objects.
//
// It implements the PortalController port (main/services/portal-port.ts) the router calls.
import {
  clipboard,
  session,
  shell,
  WebContentsView,
  type BrowserWindow,
  type DownloadItem,
  type Session,
  type WebContents,
  type WebContentsViewConstructorOptions,
  type WindowOpenHandlerResponse,
} from 'electron';
import type { PortalState } from '../../../shared/api/channels/portal';
import type { PortalController, PortalShowRequest } from '../../services/portal-port';
import type { ReceiptService } from '../../services/receipts';
import { ServiceError } from '../../services/service-error';
import { setContentsPolicy, type ContentsPolicy } from '../hardening';
import {
  allowPortalPermission,
  allowPortalSubFrame,
  allowPortalRequest,
  decidePortalNavigation,
  decidePortalPopup,
  portalUserAgent,
  type PortalConfig,
} from './portal-policy';
import { handlePortalDownload } from './download-handler';
import { portalPartition } from './partition';
import { buildPortalPopupOptions, buildPortalViewOptions, toViewBounds } from './view-options';

/** Chromium's "the load was aborted" (a new navigation replaced it): not an offline page. */
const ERR_ABORTED = -3;

export interface PortalViewDeps {
  window: () => BrowserWindow | null;
  receipts: () => Pick<ReceiptService, 'planDownload' | 'completeDownload' | 'abandonDownload'> | null;
  config: PortalConfig;
  devTools?: boolean;
  log?: (message: string, error?: unknown) => void;
}

interface Entry {
  companyId: number;
  view: WebContentsView;
  contents: WebContents;
  loading: boolean;
  offlineReason: string | null;
}

function openExternally(url: string, log: (message: string, error?: unknown) => void): void {
  // url comes from decidePortalPopup / decidePortalNavigation: https only, no credentials.
  shell.openExternal(url).catch((error: unknown) => log('could not open link', error));
}

export function createPortalController(deps: PortalViewDeps): PortalController {
  const log = deps.log ?? ((message, error) => console.error(`[caruman] portal: ${message}`, error ?? ''));
  const devTools = deps.devTools ?? false;
  const entries = new Map<number, Entry>();
  const monthOf = new Map<number, string>();
  const preparedSessions = new WeakSet<Session>();
  const hookedWindows = new WeakSet<BrowserWindow>();
  let current: number | null = null;
  let visible = false;
  let lastDownload: PortalState['lastDownload'] = null;

  const policy: ContentsPolicy = {
    navigation: (url) => decidePortalNavigation(url, deps.config),
    windowOpen: () => ({ action: 'deny' }),
    subFrame: (url) => allowPortalSubFrame(url),
  };

  function requireWindow(): BrowserWindow {
    const window = deps.window();
    if (!window || window.isDestroyed()) throw new ServiceError('UNSUPPORTED', 'portal.error.unavailable');
    if (!hookedWindows.has(window)) {
      hookedWindows.add(window);
      window.once('closed', () => {
        entries.clear();
        current = null;
        visible = false;
      });
    }
    return window;
  }

  function status(): PortalState {
    const entry = current === null ? undefined : entries.get(current);
    const alive = entry && !entry.contents.isDestroyed();
    const state: PortalState['state'] = !alive ? 'hidden' : entry.offlineReason ? 'offline' : !visible ? 'hidden' : entry.loading ? 'loading' : 'ready';
    return {
      available: true,
      state,
      companyId: current,
      month: current === null ? null : (monthOf.get(current) ?? null),
      url: alive ? entry.contents.getURL() || null : null,
      canGoBack: alive ? entry.contents.navigationHistory.canGoBack() : false,
      offlineReason: alive ? entry.offlineReason : null,
      lastDownload,
    };
  }

  function popupHandler(companyId: number) {
    return ({ url }: { url: string }): WindowOpenHandlerResponse => {
      const decision = decidePortalPopup(url, deps.config);
      if (decision.action === 'allow-in-partition') {
        const parent = deps.window() ?? undefined;
        return { action: 'allow', overrideBrowserWindowOptions: { ...buildPortalPopupOptions(companyId, devTools), parent } };
      }
      if (decision.action === 'open-external') openExternally(decision.url, log);
      return { action: 'deny' };
    };
  }

  /** The portal rules on a webContents of the portal: the view, or a payment popup. */
  function harden(contents: WebContents, companyId: number): void {
    setContentsPolicy(contents, policy);
    contents.setWindowOpenHandler(popupHandler(companyId));
    contents.on('did-create-window', (child) => harden(child.webContents, companyId));
  }

  function handleDownload(companyId: number, item: DownloadItem): void {
    handlePortalDownload(item, {
      companyId,
      month: monthOf.get(companyId),
      receipts: deps.receipts(),
      config: deps.config,
      log,
      onOutcome: (outcome) => {
        lastDownload = { fileName: outcome.fileName, ok: outcome.ok, at: new Date().toISOString() };
      },
    });
  }

  function prepareSession(ses: Session, companyId: number): void {
    if (preparedSessions.has(ses)) return;
    preparedSessions.add(ses);
    ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
      callback(allowPortalPermission(permission, details.requestingUrl));
    });
    ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowPortalPermission(permission, requestingOrigin));
    ses.setDevicePermissionHandler((details) => allowPortalPermission(details.deviceType, details.origin));
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowPortalRequest(details.url, deps.config) }));
    ses.setUserAgent(portalUserAgent(ses.getUserAgent()));
    ses.on('will-download', (_event, item) => handleDownload(companyId, item));
  }

  function create(companyId: number): Entry {
    const ses = session.fromPartition(portalPartition(companyId));
    prepareSession(ses, companyId);
    // Assigning to Electron's own type makes the compiler check the pure options against it.
    const options: WebContentsViewConstructorOptions = buildPortalViewOptions(companyId, devTools);
    const view = new WebContentsView(options);
    const contents = view.webContents;
    const entry: Entry = { companyId, view, contents, loading: true, offlineReason: null };
    harden(contents, companyId);
    contents.on('did-start-loading', () => {
      entry.loading = true;
    });
    contents.on('did-stop-loading', () => {
      entry.loading = false;
    });
    contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
      if (!isMainFrame || errorCode === ERR_ABORTED) return;
      // The renderer shows its own offline message where the view was.
      entry.offlineReason = errorDescription || String(errorCode);
      view.setVisible(false);
    });
    contents.loadURL(deps.config.loginUrl).catch(() => undefined); // did-fail-load reports it
    entries.set(companyId, entry);
    return entry;
  }

  function place(window: BrowserWindow, entry: Entry, bounds: PortalShowRequest['bounds']): void {
    const content = window.getContentBounds();
    const rect = toViewBounds(bounds, window.webContents.getZoomFactor(), content);
    if (!rect) {
      entry.view.setVisible(false);
      visible = false;
      return;
    }
    entry.view.setBounds(rect);
    visible = true;
    entry.view.setVisible(entry.offlineReason === null);
  }

  return {
    available: true,
    status,

    show(request) {
      const window = requireWindow();
      monthOf.set(request.companyId, request.month);
      let entry = entries.get(request.companyId);
      if (entry && entry.contents.isDestroyed()) {
        entries.delete(request.companyId);
        entry = undefined;
      }
      if (current !== null && current !== request.companyId) entries.get(current)?.view.setVisible(false);
      entry ??= create(request.companyId);
      current = request.companyId;
      window.contentView.addChildView(entry.view); // (again) on top of the app's own content
      place(window, entry, request.bounds);
      return status();
    },

    hide() {
      if (current !== null) entries.get(current)?.view.setVisible(false);
      visible = false;
      return status();
    },

    back() {
      const entry = current === null ? undefined : entries.get(current);
      if (entry && entry.contents.navigationHistory.canGoBack()) entry.contents.navigationHistory.goBack();
      return status();
    },

    reload() {
      const entry = current === null ? undefined : entries.get(current);
      if (!entry) return status();
      entry.offlineReason = null;
      entry.loading = true;
      if (visible) entry.view.setVisible(true);
      const url = entry.contents.getURL();
      if (url && decidePortalNavigation(url, deps.config).allow) entry.contents.reload();
      else entry.contents.loadURL(deps.config.loginUrl).catch(() => undefined);
      return status();
    },

    async logout(companyId) {
      const ses = session.fromPartition(portalPartition(companyId));
      await ses.clearStorageData();
      await ses.clearCache();
      await ses.clearAuthCache();
      const entry = entries.get(companyId);
      if (entry && !entry.contents.isDestroyed()) {
        entry.offlineReason = null;
        entry.contents.navigationHistory.clear();
        entry.contents.loadURL(deps.config.loginUrl).catch(() => undefined);
      }
      return status();
    },

    reveal(file) {
      shell.showItemInFolder(file);
    },

    copyText(text) {
      clipboard.writeText(text);
    },
  };
}
