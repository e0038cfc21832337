import { describe, expect, it } from 'vitest';
import {
  buildMainWindowOptions,
  DEFAULT_WINDOW_HEIGHT,
  DEFAULT_WINDOW_WIDTH,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
} from '../../../main/app/window-options';

const options = buildMainWindowOptions({ preloadPath: '/app/dist/preload/preload.cjs' });
const web = options.webPreferences;

describe('main window options (Electron security checklist)', () => {
  it('isolates the page from the preload and from Node', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and every risky feature off', () => {
    expect(web.webviewTag).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect('enableBlinkFeatures' in web).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.plugins).toBe(false);
    expect(web.enableWebSQL).toBe(false);
    expect(web.safeDialogs).toBe(true);
  });

  it('sets no other web preference than the reviewed ones', () => {
    expect(Object.keys(web).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'autoplayPolicy',
        'contextIsolation',
        'devTools',
        'enableWebSQL',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'plugins',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('uses the given preload and keeps DevTools off unless asked', () => {
    expect(web.preload).toBe('/app/dist/preload/preload.cjs');
    expect(web.devTools).toBe(false);
    expect(buildMainWindowOptions({ preloadPath: '/p.cjs', devTools: true }).webPreferences.devTools).toBe(true);
    expect(() => buildMainWindowOptions({ preloadPath: '' })).toThrow();
  });

  it('has a usable size and appears only when ready', () => {
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.minHeight).toBeGreaterThanOrEqual(640);
    expect(options.minWidth).toBe(MIN_WINDOW_WIDTH);
    expect(options.minHeight).toBe(MIN_WINDOW_HEIGHT);
    expect(options.width).toBe(DEFAULT_WINDOW_WIDTH);
    expect(options.height).toBe(DEFAULT_WINDOW_HEIGHT);
    expect(options.width).toBe(1280);
    expect(options.height).toBe(800);
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.title).toBe('Caruman');
  });

  it('sets the icon only when given', () => {
    expect('icon' in options).toBe(false);
    expect(buildMainWindowOptions({ preloadPath: '/p.cjs', iconPath: '/i.png' }).icon).toBe('/i.png');
  });
});
