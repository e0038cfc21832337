// The Electron main process: lifecycle, single instance, the app:// protocol, the main window, the
// database and the IPC bridge. Everything that decides something lives in pure modules next to
// this file (unit-tested); everything that computes or stores lives in main/services.
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { createRouter } from '../api/router';
import { createServices, type Services } from '../services';
import { resolveDataDir } from '../services/db/paths';
import { resolveFilesDir } from '../services/receipts';
import { ServiceError } from '../services/service-error';
import { DEFAULT_LOCALE, translate } from '../../shared/i18n/catalog';
import { applyAppHardening } from './hardening';
import { configureExternalLinks } from './external-links';
import { guardUnsavedChanges } from './unsaved-changes';
import { createNativeDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { registerAppSchemePrivileges, serveAppProtocol } from './protocol';
import { createMainWindow } from './window';
import { resolvePortalConfig } from './portal/portal-policy';
import { createPortalController } from './portal/portal-view';
import { removeOrphanPortalPartitions } from './portal/partition-cleanup';

const dataDir = resolveDataDir(process.env, process.platform, os.homedir());

// With CARUMAN_DATA_DIR set (tests, a second installation), Chromium's profile and the
// single-instance lock live next to that database, so such runs never touch the user's own app.
if (process.env.CARUMAN_DATA_DIR?.trim()) app.setPath('userData', path.join(dataDir, 'electron-profile'));

// Both must happen before 'ready'.
registerAppSchemePrivileges();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

/** In development scripts/start.mjs builds better-sqlite3 for Electron's ABI and names it here. */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined; // electron-builder rebuilt the module inside the package
  return process.env.CARUMAN_SQLITE_BINDING?.trim() || undefined;
}

/** The OS's Documents folder (receipts and files go to Documents/Caruman by default). */
function documentsDir(): string | undefined {
  try {
    return app.getPath('documents');
  } catch {
    return undefined; // no such folder on this system: <home>/Documents
  }
}

function describeStartupError(error: unknown): string {
  if (error instanceof ServiceError) return translate(DEFAULT_LOCALE, error.key, error.params);
  return error instanceof Error ? error.message : String(error);
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let services: Services | null = null;
  const appRoot = app.getAppPath();
  const devTools = !app.isPackaged;

  applyAppHardening();
  configureExternalLinks({ locale: () => services?.settings.locale() ?? DEFAULT_LOCALE, window: () => mainWindow });

  // The ASSIST portal view (one session per company); CARUMAN_PORTAL_URL is for tests only.
  const portalConfig = resolvePortalConfig(process.env);
  if (portalConfig.ignored) console.warn(`[caruman] portal: ignoring the test override: ${portalConfig.ignored}`);
  const portal = createPortalController({
    window: () => mainWindow,
    receipts: () => services?.receipts ?? null,
    config: portalConfig.config,
    devTools,
  });

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({
      preloadPath: path.join(appRoot, 'dist', 'preload', 'preload.cjs'),
      iconPath: path.join(appRoot, 'resources', 'icons', 'icon.png'),
      devTools,
    });
    // Closing with unsaved typing asks Leave / Stay (the renderer's beforeunload says when).
    guardUnsavedChanges(window, () => services?.settings.locale() ?? DEFAULT_LOCALE);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
    return window;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && services && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  app.on('will-quit', () => {
    services?.close();
    services = null;
  });

  app
    .whenReady()
    .then(() => {
      serveAppProtocol(path.join(appRoot, 'dist', 'renderer'));
      installMenu({ isMac: process.platform === 'darwin', devTools });
      try {
        services = createServices({
          dataDir,
          nativeBinding: nativeBinding(),
          filesDir: resolveFilesDir(process.env, os.homedir(), documentsDir()),
          portal,
          dialogs: createNativeDialogs(() => mainWindow),
        });
      } catch (error) {
        console.error('[caruman] could not open the database:', error);
        dialog.showErrorBox('Caruman', describeStartupError(error));
        app.exit(1);
        return;
      }
      const opened = services;
      // Before any portal session is opened: no saved login outlives its company.
      try {
        const removed = removeOrphanPortalPartitions(app.getPath('userData'), opened.companies.list().map((company) => company.uuid));
        if (removed.length > 0) console.log(`[caruman] portal: removed ${removed.length} session(s) of companies no longer here`);
      } catch (error) {
        console.error('[caruman] portal: could not remove old sessions:', error);
      }
      const router = createRouter(opened, {
        logError: (channel, error) => console.error(`[caruman] ${channel} failed:`, error),
        // The renderer names only folders and files the user chose in a native dialog.
        paths: 'chosen',
      });
      registerIpc(router, () => mainWindow, () => opened.settings.locale());
      openWindow();
      // One automatic backup a day the app is used; in the background, never blocking the window.
      opened.backups.ensureDailyBackup().catch((error: unknown) => console.error('[caruman] daily backup failed:', error));
    })
    .catch((error: unknown) => {
      console.error('[caruman] failed to start:', error);
      dialog.showErrorBox('Caruman', describeStartupError(error));
      app.exit(1);
    });
}
