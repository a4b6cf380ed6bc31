import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import { FakeSession, FakeWebContents } from './electronMock';
import {
  contentSecurityPolicy,
  guardWebContents,
  installSessionGuards,
  installWebContentsGuards,
  withCspHeader,
} from '../../electron/security';
import { EventEmitter } from 'node:events';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

describe('content security policy', () => {
  it('allows only the app itself: no eval, no remote source', () => {
    const directives = contentSecurityPolicy.split('; ');
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*/);
  });

  it('replaces whatever CSP a response carried, whatever its header case', () => {
    const headers = withCspHeader({
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy],
    });
  });
});

function guardedSession(allowDevTools = false): FakeSession {
  const session = new FakeSession();
  installSessionGuards(session as unknown as Session, { allowDevTools });
  return session;
}

function requestPermission(session: FakeSession, permission: string, requestingUrl: string): boolean {
  let granted: boolean | null = null;
  session.permissionRequestHandler!({}, permission, (g: boolean) => (granted = g), { requestingUrl });
  if (granted === null) throw new Error('the handler never answered');
  return granted;
}

describe('session guards', () => {
  it('denies every device and privacy permission, even to the app', () => {
    const session = guardedSession();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'clipboard-read',
      'openExternal',
      'hid',
    ]) {
      expect(requestPermission(session, permission, 'app://campaign/index.html')).toBe(false);
      expect(session.permissionCheckHandler!({}, permission, 'app://campaign', {})).toBe(false);
    }
    expect(session.devicePermissionHandler!({})).toBe(false);
  });

  it('lets only the app go full screen and write to the clipboard', () => {
    const session = guardedSession();
    expect(requestPermission(session, 'fullscreen', 'app://campaign/index.html#/plans/p1/overview')).toBe(
      true,
    );
    expect(requestPermission(session, 'clipboard-sanitized-write', 'app://campaign/index.html')).toBe(true);
    expect(session.permissionCheckHandler!({}, 'clipboard-sanitized-write', 'app://campaign', {})).toBe(true);
    expect(requestPermission(session, 'fullscreen', 'https://evil.example/')).toBe(false);
    expect(session.permissionCheckHandler!({}, 'fullscreen', 'https://evil.example', {})).toBe(false);
  });

  it('cancels every request that is not for the app itself', () => {
    const session = guardedSession();
    const cancelled = (url: string): boolean => {
      let result: boolean | null = null;
      session.beforeRequest!({ url }, (r) => (result = r.cancel));
      return result!;
    };
    expect(cancelled('app://campaign/assets/app.js')).toBe(false);
    expect(cancelled('https://example.com/tracker.gif')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('file:///etc/hosts')).toBe(true);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(true);
  });

  it('puts the CSP on every response header', () => {
    const session = guardedSession();
    let headers: Record<string, string[]> = {};
    session.headersReceived!({ responseHeaders: { Server: ['x'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
  });
});

describe('web contents guards', () => {
  let contents: FakeWebContents;
  let externalLinks: string[];
  beforeEach(() => {
    contents = new FakeWebContents();
    externalLinks = [];
    guardWebContents(contents as unknown as WebContents, (url) => externalLinks.push(url));
  });

  function navigate(event: string, url: string): boolean {
    const preventDefault = vi.fn();
    contents.emit(event, { preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  }

  it('lets the app navigate within itself', () => {
    expect(navigate('will-navigate', 'app://campaign/index.html#/plans/p1/budget')).toBe(false);
    expect(navigate('will-redirect', 'app://campaign/index.html')).toBe(false);
    expect(externalLinks).toEqual([]);
  });

  it('stops navigation to any other origin', () => {
    expect(navigate('will-navigate', 'https://evil.example/?next=app://campaign')).toBe(true);
    expect(navigate('will-navigate', 'app://campaign.evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    // Only the http(s) link is offered to the planner (who must still confirm); file: is dropped.
    expect(externalLinks).toEqual(['https://evil.example/?next=app://campaign']);
  });

  it('never opens a window; a web link goes to the confirmation path instead', () => {
    const open = (url: string): unknown => contents.windowOpenHandler!({ url });
    expect(open('https://www.tmall.com/')).toEqual({ action: 'deny' });
    expect(open('app://campaign/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('https://app@evil.example/')).toEqual({ action: 'deny' });
    expect(externalLinks).toEqual(['https://www.tmall.com/']);
  });

  it('never lets a <webview> attach', () => {
    expect(navigate('will-attach-webview', 'app://campaign/index.html')).toBe(true);
  });

  it('is applied to every web contents the app creates', () => {
    const app = new EventEmitter();
    installWebContentsGuards(app as unknown as App, () => undefined);
    const later = new FakeWebContents();
    app.emit('web-contents-created', {}, later);
    expect(later.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    const preventDefault = vi.fn();
    later.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});
