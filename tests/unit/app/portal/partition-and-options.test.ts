import { describe, expect, it } from 'vitest';
import { companyUuidOfPartition, orphanPortalPartitionDirs, portalPartition } from '../../../../main/app/portal/partition';
import { buildPortalPopupOptions, buildPortalViewOptions, toViewBounds } from '../../../../main/app/portal/view-options';

const UUID_A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const UUID_B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('portalPartition (issue 11 item 13: keyed on the company UUID, never the row id)', () => {
  it('is one persistent partition per company UUID', () => {
    expect(portalPartition(UUID_A)).toBe(`persist:portal-${UUID_A}`);
    expect(portalPartition(UUID_A)).not.toBe(portalPartition(UUID_B));
  });

  it.each([1, 42, '1', '42', UUID_A.toUpperCase(), `${UUID_A}x`, UUID_A.replace('-469f-', '-169f-'), '../portal-1', '', null, undefined])(
    'refuses anything but a v4 UUID: %j',
    (key) => {
      expect(() => portalPartition(key as string)).toThrow(/company UUID/);
    },
  );

  it('reads the UUID back, and nothing else', () => {
    expect(companyUuidOfPartition(`persist:portal-${UUID_B}`)).toBe(UUID_B);
    for (const other of ['persist:portal-', 'persist:portal-7', `persist:portal-${UUID_B}/../x`, `portal-${UUID_B}`, '', 3]) {
      expect(companyUuidOfPartition(other)).toBeNull();
    }
  });

  it('finds the partition folders no company owns any more (removed, restored away, row-id keyed)', () => {
    const folders = [`portal-${UUID_A}`, `portal-${UUID_B}`, 'portal-3', 'portal-12', 'other-app', 'portal-notes', `PORTAL-${UUID_A.toUpperCase()}`];
    expect(orphanPortalPartitionDirs(folders, [UUID_A])).toEqual([`portal-${UUID_B}`, 'portal-3', 'portal-12']);
    expect(orphanPortalPartitionDirs(folders, [UUID_A, UUID_B])).toEqual(['portal-3', 'portal-12']);
  });
});

describe('portal view options', () => {
  it('has no preload and every sandboxing option on', () => {
    const options = buildPortalViewOptions(UUID_A);
    expect(options.webPreferences).toEqual({
      partition: `persist:portal-${UUID_A}`,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      javascript: true,
      safeDialogs: true,
      spellcheck: false,
      navigateOnDragDrop: false,
      plugins: false,
      enableWebSQL: false,
      autoplayPolicy: 'document-user-activation-required',
      devTools: false,
    });
    expect('preload' in options.webPreferences).toBe(false);
  });

  it('gives popups the same partition and preferences', () => {
    const popup = buildPortalPopupOptions(UUID_A);
    expect(popup.webPreferences).toEqual(buildPortalViewOptions(UUID_A).webPreferences);
    expect('preload' in popup.webPreferences).toBe(false);
  });
});

describe('toViewBounds', () => {
  const content = { width: 1280, height: 800 };

  it('rounds and scales the placeholder rectangle by the page zoom', () => {
    expect(toViewBounds({ x: 220.4, y: 64.6, width: 700, height: 600 }, 1, content)).toEqual({ x: 220, y: 65, width: 700, height: 600 });
    expect(toViewBounds({ x: 100, y: 50, width: 500, height: 400 }, 1.25, content)).toEqual({ x: 125, y: 63, width: 625, height: 500 });
  });

  it('clamps to the window', () => {
    expect(toViewBounds({ x: -20, y: 10, width: 2000, height: 2000 }, 1, content)).toEqual({ x: 0, y: 10, width: 1280, height: 790 });
  });

  it('refuses nonsense', () => {
    expect(toViewBounds({ x: Number.NaN, y: 0, width: 10, height: 10 }, 1, content)).toBeNull();
    expect(toViewBounds({ x: 0, y: 0, width: 10, height: 10 }, 1, content)).toBeNull();
    expect(toViewBounds({ x: 2000, y: 0, width: 500, height: 500 }, 1, content)).toBeNull();
  });
});
