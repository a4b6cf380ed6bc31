import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { electronMock } from './electronMock';
import {
  registerAppScheme,
  resolveAppFile,
  respondFromDirectory,
  serveAppProtocol,
} from '../../electron/appProtocol';
import { contentSecurityPolicy } from '../../electron/security';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const root = '/opt/app/dist/renderer';

describe('resolving app:// URLs to files', () => {
  it('maps paths inside dist/renderer', () => {
    expect(resolveAppFile(root, 'app://campaign/')).toBe('/opt/app/dist/renderer/index.html');
    expect(resolveAppFile(root, 'app://campaign/index.html#/plans/p1')).toBe(
      '/opt/app/dist/renderer/index.html',
    );
    expect(resolveAppFile(root, 'app://campaign/assets/index-1a2b.js?x=1')).toBe(
      '/opt/app/dist/renderer/assets/index-1a2b.js',
    );
    expect(resolveAppFile(root, 'app://campaign/assets/%E5%9B%BE.png')).toBe(
      '/opt/app/dist/renderer/assets/图.png',
    );
  });

  it('keeps an encoded absolute path inside the folder', () => {
    expect(resolveAppFile(root, 'app://campaign/%2Fetc%2Fpasswd')).toBe('/opt/app/dist/renderer/etc/passwd');
  });

  it.each([
    ['encoded ../', 'app://campaign/..%2F..%2F..%2Fetc%2Fpasswd'],
    ['encoded dots and slash', 'app://campaign/%2e%2e%2f%2e%2e%2fetc/passwd'],
    ['a backslash', 'app://campaign/..%5C..%5Csecrets.txt'],
    ['a NUL', 'app://campaign/index.html%00.png'],
    ['another host', 'app://other/index.html'],
    ['another scheme', 'file:///opt/app/dist/renderer/index.html'],
    ['bad percent-encoding', 'app://campaign/%E0%A4%A'],
  ])('refuses %s', (_why, url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('serving the renderer', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cd-renderer-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Campaign Desk</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, '..', 'secret.txt'), 'do not serve');
  });

  it('serves files with their type and the CSP header', async () => {
    const html = await respondFromDirectory(dir, new Request('app://campaign/index.html'));
    expect(html.status).toBe(200);
    expect(html.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(await html.text()).toContain('<title>Campaign Desk</title>');

    const js = await respondFromDirectory(dir, new Request('app://campaign/assets/app.js'));
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers 404 for missing files and for anything outside the folder', async () => {
    expect((await respondFromDirectory(dir, new Request('app://campaign/missing.js'))).status).toBe(404);
    const escape = await respondFromDirectory(dir, new Request('app://campaign/..%2Fsecret.txt'));
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('do not serve');
  });

  it('refuses anything but reading', async () => {
    const post = await respondFromDirectory(
      dir,
      new Request('app://campaign/index.html', { method: 'POST', body: 'x' }),
    );
    expect(post.status).toBe(405);
  });

  it('registers app: as a standard, secure scheme and routes it to the folder', () => {
    registerAppScheme();
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    serveAppProtocol(dir);
    expect(electronMock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
