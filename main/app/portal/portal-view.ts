// The ASSIST portal inside the main window: one WebContentsView per company, each in its own
// persistent partition (persist:portal-<company uuid>, never the row id), no preload, sandboxed. Thin glue: every decision
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
import type { PortalCompany, PortalController, PortalShowRequest } from '../../services/portal-port';
import type { ReceiptService } from '../../services/receipts';
import { ServiceError } from '../../services/service-error';
import { setContentsPolicy, type ContentsPolicy } from '../hardening';
import { requestOpenExternal } from '../external-links';
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
  companyUuid: string;
  /** The company's row id when it was last shown (what receipts are filed under). */
  companyId: number;
  /** The month on screen: downloads are filed under it. */
  month: string;
  view: WebContentsView;
  contents: WebContents;
  /** Payment popups opened from the view (same partition); closed with it. */
  popups: Set<WebContents>;
  loading: boolean;
  offlineReason: string | null;
}

/** Everything a company's portal session holds: cookies, local storage, IndexedDB, caches, HTTP auth. */
async function wipeSession(ses: Session): Promise<void> {
  await ses.clearStorageData();
  await ses.clearCache();
  await ses.clearAuthCache();
}

export function createPortalController(deps: PortalViewDeps): PortalController {
  const log = deps.log ?? ((message, error) => console.error(`[caruman] portal: ${message}`, error ?? ''));
  const devTools = deps.devTools ?? false;
  /** Keyed on the company UUID, like the partitions. */
  const entries = new Map<string, Entry>();
  const preparedSessions = new WeakSet<Session>();
  /** The UUIDs whose partitions this run has opened (a restore wipes those of removed companies). */
  const openedSessions = new Set<string>();
  const hookedWindows = new WeakSet<BrowserWindow>();
  let current: string | null = null;
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
      companyId: entry?.companyId ?? null,
      month: entry?.month ?? null,
      url: alive ? entry.contents.getURL() || null : null,
      canGoBack: alive ? entry.contents.navigationHistory.canGoBack() : false,
      offlineReason: alive ? entry.offlineReason : null,
      lastDownload,
    };
  }

  function popupHandler(contents: WebContents, companyUuid: string) {
    return ({ url }: { url: string }): WindowOpenHandlerResponse => {
      const decision = decidePortalPopup(url, deps.config);
      if (decision.action === 'allow-in-partition') {
        const parent = deps.window() ?? undefined;
        return { action: 'allow', overrideBrowserWindowOptions: { ...buildPortalPopupOptions(companyUuid, devTools), parent } };
      }
      // https only, no credentials (decidePortalPopup); opened after a gesture and the user's yes.
      if (decision.action === 'open-external') void requestOpenExternal(contents, decision.url);
      return { action: 'deny' };
    };
  }

  /** The portal rules on a webContents of the portal: the view, or a payment popup. */
  function harden(contents: WebContents, entry: Entry): void {
    setContentsPolicy(contents, policy);
    contents.setWindowOpenHandler(popupHandler(contents, entry.companyUuid));
    contents.on('did-create-window', (child) => {
      const popup = child.webContents;
      entry.popups.add(popup);
      popup.once('destroyed', () => entry.popups.delete(popup));
      harden(popup, entry);
    });
  }

  function handleDownload(companyUuid: string, item: DownloadItem): void {
    // Looked up when the download starts: the company and month now on screen for this session.
    // No entry (the company was removed, or a restore re-keyed the views): refused.
    const entry = entries.get(companyUuid);
    handlePortalDownload(item, {
      companyId: entry?.companyId ?? 0,
      month: entry?.month,
      receipts: entry ? deps.receipts() : null,
      config: deps.config,
      log,
      onOutcome: (outcome) => {
        lastDownload = { fileName: outcome.fileName, ok: outcome.ok, at: new Date().toISOString() };
      },
    });
  }

  function prepareSession(ses: Session, companyUuid: string): void {
    openedSessions.add(companyUuid);
    if (preparedSessions.has(ses)) return;
    preparedSessions.add(ses);
    ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
      callback(allowPortalPermission(permission, details.requestingUrl));
    });
    ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowPortalPermission(permission, requestingOrigin));
    ses.setDevicePermissionHandler((details) => allowPortalPermission(details.deviceType, details.origin));
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowPortalRequest(details.url, deps.config) }));
    ses.setUserAgent(portalUserAgent(ses.getUserAgent()));
    ses.on('will-download', (_event, item) => handleDownload(companyUuid, item));
  }

  function create(request: PortalShowRequest): Entry {
    const { companyUuid } = request;
    const ses = session.fromPartition(portalPartition(companyUuid));
    prepareSession(ses, companyUuid);
    // Assigning to Electron's own type makes the compiler check the pure options against it.
    const options: WebContentsViewConstructorOptions = buildPortalViewOptions(companyUuid, devTools);
    const view = new WebContentsView(options);
    const contents = view.webContents;
    const entry: Entry = { companyUuid, companyId: request.companyId, month: request.month, view, contents, popups: new Set(), loading: true, offlineReason: null };
    harden(contents, entry);
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
    entries.set(companyUuid, entry);
    return entry;
  }

  /** Takes the view off the window and closes it and its popups; its session stays on disk. */
  function close(entry: Entry): void {
    entries.delete(entry.companyUuid);
    if (current === entry.companyUuid) {
      current = null;
      visible = false;
    }
    const window = deps.window();
    if (window && !window.isDestroyed()) window.contentView.removeChildView(entry.view);
    for (const popup of entry.popups) if (!popup.isDestroyed()) popup.close();
    if (!entry.contents.isDestroyed()) entry.contents.close();
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
      let entry = entries.get(request.companyUuid);
      if (entry && entry.contents.isDestroyed()) {
        entries.delete(request.companyUuid);
        entry = undefined;
      }
      // Another view for the same row id belongs to another company now (a restore): never reuse it.
      for (const other of entries.values()) if (other !== entry && other.companyId === request.companyId) close(other);
      if (current !== null && current !== request.companyUuid) entries.get(current)?.view.setVisible(false);
      if (entry) {
        entry.companyId = request.companyId;
        entry.month = request.month;
      }
      entry ??= create(request);
      current = request.companyUuid;
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

    async logout(company: PortalCompany) {
      await wipeSession(session.fromPartition(portalPartition(company.companyUuid)));
      const entry = entries.get(company.companyUuid);
      if (entry && !entry.contents.isDestroyed()) {
        entry.offlineReason = null;
        entry.contents.navigationHistory.clear();
        entry.contents.loadURL(deps.config.loginUrl).catch(() => undefined);
      }
      return status();
    },

    // forget and reset never throw: the database change they follow has already happened, and a
    // partition left behind is removed at the next start (removeOrphanPortalPartitions).
    async forget(companyUuid) {
      const entry = entries.get(companyUuid);
      if (entry) close(entry);
      await wipeSession(session.fromPartition(portalPartition(companyUuid))).catch((error: unknown) => log('could not wipe a removed company session', error));
    },

    async reset(companyUuids) {
      for (const entry of [...entries.values()]) close(entry);
      const keep = new Set(companyUuids);
      // Sessions opened in this run whose company is gone; folders never opened this run are
      // removed at the next start, before any session holds them.
      for (const uuid of openedSessions) {
        if (keep.has(uuid)) continue;
        await wipeSession(session.fromPartition(portalPartition(uuid))).catch((error: unknown) => log('could not wipe a session after a restore', error));
      }
    },

    reveal(file) {
      shell.showItemInFolder(file);
    },

    copyText(text) {
      clipboard.writeText(text);
    },
  };
}
