// Where the PERKESO ASSIST portal lives: one home for its address, used by the Electron portal
// view (main/app/portal) and by the browser build's "open in your browser" link.
export const PORTAL_HOST = 'assist.perkeso.gov.my';
export const PORTAL_ORIGIN = `https://${PORTAL_HOST}`;
/** Where the portal view starts for each company. */
export const PORTAL_LOGIN_URL = `${PORTAL_ORIGIN}/employer/login`;
