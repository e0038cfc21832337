import { describe, expect, it } from 'vitest';
import { companyIdOfPartition, portalPartition } from '../../../../main/app/portal/partition';
import { buildPortalPopupOptions, buildPortalViewOptions, toViewBounds } from '../../../../main/app/portal/view-options';

describe('portalPartition', () => {
  it('is one persistent partition per company', () => {
    expect(portalPartition(1)).toBe('persist:portal-1');
    expect(portalPartition(42)).toBe('persist:portal-42');
    expect(portalPartition(1)).not.toBe(portalPartition(2));
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1', null, undefined])('refuses the id %j', (id) => {
    expect(() => portalPartition(id as number)).toThrow(/company id/);
  });

  it('reads the company back, and nothing else', () => {
    expect(companyIdOfPartition('persist:portal-7')).toBe(7);
    for (const other of ['persist:portal-', 'persist:portal-07', 'persist:portal-1/../2', 'portal-1', 'persist:portal-1x', '', 3]) {
      expect(companyIdOfPartition(other)).toBeNull();
    }
  });
});

describe('portal view options', () => {
  it('has no preload and every sandboxing option on', () => {
    const options = buildPortalViewOptions(3);
    expect(options.webPreferences).toEqual({
      partition: 'persist:portal-3',
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
    const popup = buildPortalPopupOptions(3);
    expect(popup.webPreferences).toEqual(buildPortalViewOptions(3).webPreferences);
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
