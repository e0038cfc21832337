import path from 'node:path';

export const DATABASE_FILE_NAME = 'caruman.sqlite';
export const APP_FOLDER_NAME = 'Caruman';

/**
 * Where Caruman keeps its data: CARUMAN_DATA_DIR when set, otherwise the OS's per-user data
 * folder (the same place Electron's app.getPath('userData') uses for an app named Caruman), so
 * the app and the `caruman` CLI always open the same database.
 */
export function resolveDataDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
  homeDir: string,
): string {
  const override = env.CARUMAN_DATA_DIR?.trim();
  if (override) return path.resolve(override);
  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.win32.join(homeDir, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.posix.join(homeDir, 'Library', 'Application Support', APP_FOLDER_NAME);
  const config = env.XDG_CONFIG_HOME?.trim() || path.posix.join(homeDir, '.config');
  return path.posix.join(config, APP_FOLDER_NAME);
}

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}
