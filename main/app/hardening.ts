// App-wide hardening: every webContents (the main window, and anything created later) gets the
// navigation, window-open and <webview> policy; every session denies permission requests and
// checks. The decisions themselves are pure functions in navigation-policy.ts.
import { app, session, type Session, type WebContents } from 'electron';
import { requestOpenExternal, trackUserActivation } from './external-links';
import {
  allowPermissionCheck,
  allowPermissionRequest,
  allowWebviewAttach,
  decideNavigation,
  decideWindowOpen,
  type NavigationDecision,
  type WindowOpenDecision,
} from './navigation-policy';

/** A webContents with its own rules (the ASSIST portal view will register one). */
export interface ContentsPolicy {
  navigation(url: string): NavigationDecision;
  windowOpen(url: string): WindowOpenDecision;
  /** Navigations of embedded frames (a captcha inside the portal); default: the navigation rule. */
  subFrame?(url: string): boolean;
}

const APP_POLICY: ContentsPolicy = { navigation: decideNavigation, windowOpen: decideWindowOpen };
const overrides = new WeakMap<WebContents, ContentsPolicy>();

/** Replaces the app policy for one webContents (e.g. the portal view); default is APP_POLICY. */
export function setContentsPolicy(contents: WebContents, policy: ContentsPolicy): void {
  overrides.set(contents, policy);
}

function policyFor(contents: WebContents): ContentsPolicy {
  return overrides.get(contents) ?? APP_POLICY;
}

/** https links leave for the browser only after a gesture and the user's yes (external-links.ts). */
function offerToBrowser(contents: WebContents, url: string | undefined): void {
  if (url) void requestOpenExternal(contents, url);
}

function hardenWebContents(contents: WebContents): void {
  trackUserActivation(contents);
  contents.on('will-navigate', (event) => {
    const decision = policyFor(contents).navigation(event.url);
    if (!decision.allow) {
      event.preventDefault();
      offerToBrowser(contents, decision.openExternal);
    }
  });
  // Frames and server redirects: the same rule (or the policy's own rule for embedded frames),
  // but never a browser hand-off.
  contents.on('will-frame-navigate', (event) => {
    const policy = policyFor(contents);
    const embedded = event.isMainFrame === false && policy.subFrame !== undefined;
    const allowed = embedded ? policy.subFrame!(event.url) : policy.navigation(event.url).allow;
    if (!allowed) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!policyFor(contents).navigation(event.url).allow) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = policyFor(contents).windowOpen(url);
    offerToBrowser(contents, decision.openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    if (!allowWebviewAttach()) event.preventDefault();
  });
}

export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowPermissionRequest(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowPermissionCheck(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler((details) => allowPermissionCheck(details.deviceType, details.origin));
}

/** Call once, before 'ready'. */
export function applyAppHardening(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('session-created', (created) => hardenSession(created));
  app
    .whenReady()
    .then(() => hardenSession(session.defaultSession))
    .catch(() => undefined);
}
