import { describe, expect, it } from 'vitest';
import { isAppUrl, isRequestAllowed, isSafeExternalUrl } from '../../electron/trustedUrl';

describe('isAppUrl', () => {
  it.each([
    'app://campaign/index.html',
    'app://campaign/',
    'app://campaign/index.html#/plans/abc/timeline',
    'app://campaign/assets/index-3f2a.js?v=1',
    'APP://campaign/index.html', // the scheme is case-insensitive by definition
  ])('accepts the app itself: %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['another site carrying the app URL in its query', 'https://evil.example/?next=app://campaign'],
    ['another site carrying the app URL in its path', 'https://evil.example/app://campaign/index.html'],
    ['a look-alike host', 'app://campaign.evil.example/index.html'],
    ['a host that merely starts with the name', 'app://campaigns/index.html'],
    ['user info naming the app before the real host', 'app://campaign@evil.example/index.html'],
    ['a port', 'app://campaign:8080/index.html'],
    ['upper-case host, which Node would not normalise', 'app://CAMPAIGN/index.html'],
    ['file scheme', 'file:///opt/campaign-desk/index.html'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['https', 'https://campaign/index.html'],
    ['leading space', ' app://campaign/index.html'],
    ['trailing newline', 'app://campaign/index.html\n'],
    ['a tab inside the scheme', 'a\tpp://campaign/index.html'],
    ['a NUL', 'app://campaign/\u0000index.html'],
    ['an empty string', ''],
    ['not a URL', 'campaign'],
  ])('refuses %s', (_why, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl({ href: 'app://campaign/' })).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.tmall.com/', 'http://example.com/a?b=c#d', 'HTTPS://Example.COM/path'])(
    'accepts a plain web link: %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    ['javascript', 'javascript:alert(document.cookie)'],
    ['javascript in mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript split by a newline (the parser would drop it)', 'java\nscript:alert(1)'],
    ['javascript split by a tab', 'java\tscript:alert(1)'],
    ['leading whitespace', '  https://example.com/'],
    ['a control character', 'https://example.com/\u0007'],
    ['a non-breaking space', 'https://example.com/\u00a0'],
    ['file', 'file:///etc/passwd'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['the app itself', 'app://campaign/index.html'],
    ['user info that looks like the app', 'https://app@evil.example/'],
    ['user info with a password', 'https://user:pass@example.com/'],
    ['a protocol-relative link', '//evil.example/'],
    ['mailto', 'mailto:someone@example.com'],
    ['smb share', 'smb://server/share'],
    ['no host', 'https://'],
    ['an overly long link', `https://example.com/${'a'.repeat(2100)}`],
  ])('refuses %s', (_why, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isRequestAllowed', () => {
  const packaged = { allowDevTools: false };
  it('lets the app load its own files, inline data and its own blobs', () => {
    expect(isRequestAllowed('app://campaign/assets/index.js', packaged)).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,iVBORw0KGgo=', packaged)).toBe(true);
    expect(isRequestAllowed('blob:app://campaign/5b1c7a0e-1111-4c2e-9d7a-000000000000', packaged)).toBe(true);
  });

  it('cancels everything that would touch the network or the disk', () => {
    expect(isRequestAllowed('https://fonts.googleapis.com/css', packaged)).toBe(false);
    expect(isRequestAllowed('http://127.0.0.1:5173/', packaged)).toBe(false);
    expect(isRequestAllowed('wss://example.com/socket', packaged)).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd', packaged)).toBe(false);
    expect(isRequestAllowed('blob:https://evil.example/5b1c', packaged)).toBe(false);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', packaged)).toBe(false);
  });

  it('lets DevTools load only in an unpackaged run', () => {
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', { allowDevTools: true })).toBe(
      true,
    );
  });
});
