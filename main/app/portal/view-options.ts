// The ASSIST portal view's options and placement, as pure functions so every security-relevant
// value is unit-tested. portal-view.ts checks at compile time that they fit Electron's types.
//
// The portal is a foreign web site: no preload (it can never reach window.api), sandboxed,
// context isolation, no Node anywhere, no <webview>, web security on, its own partition.
import { portalPartition } from './partition';
import { LOCKED_DOWN_PREFERENCES, type LockedDownPreferences } from '../locked-down-preferences';

export interface PortalWebPreferences extends LockedDownPreferences {
  partition: string;
  javascript: true;
  devTools: boolean;
}

export interface PortalViewOptions {
  webPreferences: PortalWebPreferences;
}

/** The company's portal preferences; its partition is keyed on the company's UUID. */
export function buildPortalWebPreferences(companyUuid: string, devTools = false): PortalWebPreferences {
  return { partition: portalPartition(companyUuid), ...LOCKED_DOWN_PREFERENCES, javascript: true, devTools };
}

export function buildPortalViewOptions(companyUuid: string, devTools = false): PortalViewOptions {
  return { webPreferences: buildPortalWebPreferences(companyUuid, devTools) };
}

/** A payment-flow popup: a small window of its own, in the same partition, same preferences. */
export function buildPortalPopupOptions(companyUuid: string, devTools = false) {
  return {
    width: 900,
    height: 720,
    minWidth: 400,
    minHeight: 400,
    autoHideMenuBar: true,
    show: true,
    webPreferences: buildPortalWebPreferences(companyUuid, devTools),
  };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The view's bounds in the window (device-independent pixels) from the renderer's placeholder
 * rectangle (CSS pixels, which the page zoom scales), clamped to the window's content area and
 * rounded. Returns null for a rectangle that is not finite or too small to show anything.
 */
export function toViewBounds(rect: Rect, zoomFactor: number, content: { width: number; height: number }): Rect | null {
  const values = [rect.x, rect.y, rect.width, rect.height, zoomFactor, content.width, content.height];
  if (!values.every((value) => typeof value === 'number' && Number.isFinite(value))) return null;
  const zoom = zoomFactor > 0 ? zoomFactor : 1;
  const left = Math.max(0, Math.round(rect.x * zoom));
  const top = Math.max(0, Math.round(rect.y * zoom));
  const right = Math.min(Math.round(content.width), Math.round((rect.x + rect.width) * zoom));
  const bottom = Math.min(Math.round(content.height), Math.round((rect.y + rect.height) * zoom));
  const width = right - left;
  const height = bottom - top;
  if (width < 50 || height < 50) return null;
  return { x: left, y: top, width, height };
}
