/**
 * Serves dist/renderer from `app://campaign/…`.
 *
 * Why a custom protocol rather than `loadFile`: a `file://` page has an opaque origin and extra
 * privileges (it may read any other local file), so "same origin" would mean "the whole disk".
 * `app://campaign` is a real, single origin: navigation, IPC senders and CSP `'self'` can be judged
 * against it exactly; IndexedDB gets a stable origin; and the `grantFileProtocolExtraPrivileges`
 * fuse can be turned off. Paths are resolved here, with traversal refused.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from './security';
import { appHost, appScheme } from './trustedUrl';

/** Must run before `app.whenReady()`: makes `app:` behave like https (standard, secure origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `rootDir` that an `app://campaign/…` URL names, or null when the URL is for
 * another host, cannot be decoded, or would leave `rootDir` (`..`, encoded `%2e%2e%2f`,
 * backslashes, NUL). `/` means index.html.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const target = resolve(root, relativePath);
  const fromRoot = relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null;
  if (!target.startsWith(root + sep)) return null;
  return target;
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Answers one `app:` request from the files in `rootDir`. */
export async function respondFromDirectory(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: securityHeaders });
  }
  const filePath = resolveAppFile(rootDir, request.url);
  if (filePath === null) return new Response('Not found', { status: 404, headers: securityHeaders });
  try {
    const body = await readFile(filePath);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': contentTypeFor(filePath) },
    });
  } catch {
    return new Response('Not found', { status: 404, headers: securityHeaders });
  }
}

/** After `app.whenReady()`: route the scheme to the renderer's files. */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(appScheme, (request) => respondFromDirectory(rootDir, request));
}
