/**
 * The one place that decides whether a URL is the app itself or a link safe to hand to the
 * system browser. Pure: parses with `new URL()` and compares parsed parts, never substrings,
 * so `https://evil.example/?next=app://campaign` or `app://campaign.evil.example` cannot pass.
 */

export const appScheme = 'app';
export const appHost = 'campaign';
/** The renderer's origin: files of dist/renderer are served from here by the `app:` protocol. */
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

const maxUrlLength = 2048;

// The URL parser silently strips leading/trailing spaces and C0 controls, and removes tabs and
// newlines anywhere (`java\nscript:` parses as `javascript:`). A URL we did not write ourselves
// that contains any of these is refused outright rather than "repaired".
// eslint-disable-next-line no-control-regex
const whitespaceOrControl = /[\s\u0000-\u001f\u007f-\u009f]/;

function parseStrict(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > maxUrlLength) return null;
  if (whitespaceOrControl.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for `app://campaign/…` exactly: no user info, no port, the exact host. (Node treats
 * `app:` as a non-special scheme whose `origin` is "null" and whose host keeps its case, so the
 * parts are compared one by one; an upper-case host is refused rather than guessed at.)
 */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseStrict(url);
  if (parsed === null) return false;
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/**
 * True for plain http(s) links with a host and no user info. Such links may be opened in the
 * system browser — and then only after the planner confirms (see security.ts / ipc.ts).
 */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parseStrict(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // `https://app@evil.example` shows a trusted-looking name before the real host.
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname.length > 0;
}

/**
 * Whether the session may perform a request at all. The app is offline: only its own files,
 * inline `data:` images/fonts and `blob:` objects it created itself are allowed. DevTools
 * resources are let through only in an unpackaged (development) run.
 */
export function isRequestAllowed(url: unknown, options: { allowDevTools: boolean }): boolean {
  if (isAppUrl(url)) return true;
  if (typeof url !== 'string') return false;
  if (/^data:/i.test(url)) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  if (options.allowDevTools && url.startsWith('devtools://')) return true;
  return false;
}

/** Host of an external URL for display in a confirmation dialog (already judged safe). */
export function externalHostOf(url: string): string {
  return new URL(url).host;
}
