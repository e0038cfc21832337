// The port through which the router reaches the ASSIST portal view. The view exists only in the
// Electron app (main/app/portal/portal-view.ts implements this with electron); the browser test
// harness and the CLI get the "unavailable" implementation below. So main/api and main/services
// never import electron, and the portal channels are typed and validated like any other.
import type { PortalRect, PortalState } from '../../shared/api/channels/portal';
import { ServiceError } from './service-error';

export interface PortalShowRequest {
  companyId: number;
  month: string;
  /** The renderer's placeholder rectangle, CSS pixels. */
  bounds: PortalRect;
}

export interface PortalController {
  readonly available: boolean;
  status(): PortalState;
  show(request: PortalShowRequest): PortalState | Promise<PortalState>;
  hide(): PortalState;
  back(): PortalState;
  reload(): PortalState;
  /** Clears the company's portal session (and shows the login page again if it is on screen). */
  logout(companyId: number): Promise<PortalState>;
  /** The path was checked by the caller (a file of that company). */
  reveal(path: string): void;
  copyText(text: string): void;
}

export const UNAVAILABLE_PORTAL_STATE: PortalState = Object.freeze({
  available: false,
  state: 'hidden',
  companyId: null,
  month: null,
  url: null,
  canGoBack: false,
  offlineReason: null,
  lastDownload: null,
});

function unavailable(): never {
  throw new ServiceError('UNSUPPORTED', 'portal.error.unavailable');
}

/** Outside the desktop app: status says "unavailable", everything else refuses. */
export function createUnavailablePortal(): PortalController {
  return {
    available: false,
    status: () => ({ ...UNAVAILABLE_PORTAL_STATE }),
    show: unavailable,
    hide: () => ({ ...UNAVAILABLE_PORTAL_STATE }),
    back: unavailable,
    reload: unavailable,
    logout: async () => unavailable(),
    reveal: unavailable,
    copyText: unavailable,
  };
}
