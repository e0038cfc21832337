// The port through which the router reaches the ASSIST portal view. The view exists only in the
// Electron app (main/app/portal/portal-view.ts implements this with electron); the browser test
// harness and the CLI get the "unavailable" implementation below. So main/api and main/services
// never import electron, and the portal channels are typed and validated like any other.
import type { PortalRect, PortalState } from '../../shared/domain/portal';
import { ServiceError } from './service-error';

/**
 * Which company, as the view knows it: the row id (what the renderer and the receipts speak) and
 * the UUID its portal session is keyed on. The router resolves both from the database on every
 * call, so after a restore (row ids now naming other companies) the view is re-keyed at once.
 */
export interface PortalCompany {
  companyId: number;
  companyUuid: string;
}

export interface PortalShowRequest extends PortalCompany {
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
  logout(company: PortalCompany): Promise<PortalState>;
  /**
   * The company was removed (or the sample data): closes its view and popups and wipes its
   * partition (cookies, storage, cache), so nothing of its login outlives it.
   */
  forget(companyUuid: string): Promise<void>;
  /**
   * The database was replaced (a restore): closes every view, since a row id may now name another
   * company, and wipes the partitions of companies that are no longer there. The next show opens
   * the view again from the restored company's UUID.
   */
  reset(companyUuids: readonly string[]): Promise<void>;
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
    // No view and no partitions outside the app: nothing to close or wipe.
    forget: async () => undefined,
    reset: async () => undefined,
    reveal: unavailable,
    copyText: unavailable,
  };
}
