// The ASSIST portal view as the main process reports it (see shared/api/channels/portal.ts).
export interface PortalRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type PortalViewState = 'hidden' | 'loading' | 'ready' | 'offline';

export interface PortalState {
  /** False outside the desktop app: the Portal screen shows a link to the portal instead. */
  available: boolean;
  state: PortalViewState;
  /** The company whose session is shown (or was last shown). */
  companyId: number | null;
  month: string | null;
  /** The page the view shows, for the address line. */
  url: string | null;
  canGoBack: boolean;
  /** Why the portal could not be reached (Chromium's error name), when offline. */
  offlineReason: string | null;
  /** The last portal download saved as a receipt, or refused, so the screen can say so. */
  lastDownload: { fileName: string; ok: boolean; at: string } | null;
}
