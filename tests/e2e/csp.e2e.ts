import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness';
import { distDir } from './staticServer';

/**
 * Issue 7, "a CSP without unsafe-eval": the built renderer carries the policy in a meta tag, and
 * Chromium enforces it — eval, new Function, string timers and injected inline script all refused.
 */
describe('content security policy of the built app', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'en-US' });
  });
  afterAll(async () => {
    await app?.close();
  });

  function policyIn(html: string): string {
    const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    if (!m?.[1]) throw new Error(`${join(distDir, 'index.html')} has no Content-Security-Policy meta`);
    return m[1];
  }

  it('ships a policy that allows scripts from the app only, never eval or inline', () => {
    const policy = policyIn(readFileSync(join(distDir, 'index.html'), 'utf8'));
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('has the policy in the loaded page', async () => {
    const inPage = await app.page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(inPage).toBe(policyIn(readFileSync(join(distDir, 'index.html'), 'utf8')));
  });

  it('refuses eval, new Function and string timers in the page', async () => {
    // DevTools evaluation is exempt from the page's CSP while it runs (Runtime.evaluate allows
    // unsafe eval), so the attempts are made from a timer callback: ordinary page code.
    const outcome = await app.page.evaluate(
      () =>
        new Promise<Record<string, unknown>>((done) => {
          setTimeout(() => {
            const attempt = (run: () => unknown) => {
              try {
                run();
                return 'ran';
              } catch (e) {
                return e instanceof Error ? e.name : String(e);
              }
            };
            const w = window as unknown as Record<string, unknown>;
            const results = {
              // eslint-disable-next-line no-eval -- the test: the page's policy must refuse it
              eval: attempt(() => (0, eval)('1')),
              // eslint-disable-next-line no-new-func -- the test: the page's policy must refuse it
              newFunction: attempt(() => new Function('return 1')()),
            };
            // A string passed to setTimeout is compiled like eval: it must never run.
            (setTimeout as unknown as (code: string, ms: number) => number)('window.__timer = 1', 0);
            setTimeout(() => done({ ...results, timerRan: w.__timer ?? null }), 50);
          }, 0);
        }),
    );
    expect(outcome).toEqual({ eval: 'EvalError', newFunction: 'EvalError', timerRan: null });
  });

  it('does not run an inline script injected into the page, and reports the violation', async () => {
    const outcome = await app.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'data:,');
      img.setAttribute('onerror', 'window.__handler = 1');
      document.body.append(img);
      await new Promise((ok) => setTimeout(ok, 100));
      script.remove();
      img.remove();
      const w = window as unknown as Record<string, unknown>;
      return {
        inline: w.__inline ?? null,
        handler: w.__handler ?? null,
        violations: [...new Set(violations)].sort(),
      };
    });
    expect(outcome.inline).toBeNull();
    expect(outcome.handler).toBeNull();
    expect(outcome.violations).toContain('script-src-elem');
  });

  it('made no request that left the machine', () => {
    app.assertNoExternalRequests();
  });
});
