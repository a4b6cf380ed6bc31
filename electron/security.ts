/**
 * Locks the window down (docs/architecture.md §3): permissions denied, no navigation away from the
 * app, no new windows, no <webview>, a strict CSP on every response, and no network request
 * leaving the machine. Everything here is attached once per session / per web contents.
 */
import type { App, Session, WebContents } from 'electron';
import { isAppUrl, isRequestAllowed, isSafeExternalUrl } from './trustedUrl';

/**
 * Sent as a header on every response. No 'unsafe-eval', no remote source of any kind;
 * 'unsafe-inline' for styles only, because Mantine and chart.js set inline style attributes.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Permissions granted, and only to the app's own pages: full screen (presentation mode uses the
 * Fullscreen API) and writing plain text to the clipboard (copy buttons). Camera, microphone,
 * geolocation, notifications, MIDI, HID, serial, reading the clipboard … are all denied.
 */
const grantedToApp = new Set(['fullscreen', 'clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return grantedToApp.has(permission) && isAppUrl(requestingUrl);
}

/** `requestingOrigin` comes without a path (`app://campaign`); judge it as the root URL. */
function originAsUrl(origin: string): string {
  return origin.endsWith('/') ? origin : `${origin}/`;
}

export function installSessionGuards(session: Session, options: { allowDevTools: boolean }): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, originAsUrl(requestingOrigin)),
  );
  // No device pickers either (WebHID/WebUSB/serial/Bluetooth select nothing).
  session.setDevicePermissionHandler(() => false);

  // Offline app: every request that is not for the app's own files is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, options) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) });
  });
}

/** Replaces any CSP header (whatever its case) with ours. */
export function withCspHeader(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy];
  return result;
}

export interface ExternalLinkHandler {
  /** Called with an http(s) URL the page tried to open; must ask the planner before opening. */
  (url: string, contents: WebContents): void;
}

/**
 * Guards one web contents: navigation stays inside the app, window.open never creates a window
 * (an http(s) link is handed to `onExternalLink`, which asks the planner first), and
 * <webview> can never attach.
 */
export function guardWebContents(contents: WebContents, onExternalLink: ExternalLinkHandler): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) onExternalLink(url, contents);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) onExternalLink(url, contents);
    return { action: 'deny' };
  });
}

/** Applies `guardWebContents` to every web contents the app ever creates. */
export function installWebContentsGuards(app: App, onExternalLink: ExternalLinkHandler): void {
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, onExternalLink);
  });
}
