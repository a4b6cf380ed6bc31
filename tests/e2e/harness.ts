import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { PlanDocument } from '../../shared/domain';
import { launchBrowser } from './browser';
import { seedDocument } from './seed';
import { startStaticServer } from './staticServer';

export const screenshotDir = resolve(import.meta.dirname, '../../docs/screenshots');

export interface App {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Every URL any page of the context asked for, in order. */
  requests: string[];
  seedDocument(doc: PlanDocument): Promise<void>;
  openPlan(planId: string, tab?: string): Promise<void>;
  reload(): Promise<void>;
  /** Fails when anything but the local app server was asked for. */
  assertNoExternalRequests(): void;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The built app in Debian's Chromium, with a fresh profile and every request recorded. */
export async function launchApp(
  opts: { locale?: 'zh-CN' | 'en-US'; viewport?: { width: number; height: number } } = {},
): Promise<App> {
  const server = await startStaticServer();
  const browser = await launchBrowser({ locale: opts.locale ?? 'zh-CN', viewport: opts.viewport });
  const { context } = browser;
  const requests: string[] = [];
  const origin = new URL(server.url).origin;
  context.on('request', (req) => requests.push(req.url()));
  // Anything not served by the app is refused, so a stray request fails loudly rather than hangs.
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort('blockedbyclient'),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => {
    console.error(`[page error] ${error.message}`);
  });
  await page.goto(server.url);
  await page.waitForSelector('text=/方案库|Plans/');
  return {
    page,
    context,
    baseUrl: server.url,
    requests,
    seedDocument: (doc) => seedDocument(page, doc),
    async openPlan(planId, tab = 'overview') {
      await page.goto(`${server.url}#/plans/${planId}/${tab}`);
      await page.waitForSelector('[data-testid="plan-title"]');
    },
    async reload() {
      await page.reload();
      await page.waitForLoadState('domcontentloaded');
    },
    assertNoExternalRequests() {
      const external = requests.filter((u) => {
        const p = new URL(u);
        return p.origin !== origin && p.protocol !== 'data:' && p.protocol !== 'blob:';
      });
      if (external.length > 0) throw new Error(`requests left the machine: ${external.join(', ')}`);
    },
    async screenshot(name) {
      mkdirSync(screenshotDir, { recursive: true });
      // Fades and slides finish first (a dialog half faded in reads as see-through, a language
      // control mid-slide as the other language); endless ones (spinners) are not waited for.
      await page.evaluate(() =>
        Promise.race([
          Promise.all(
            document
              .getAnimations()
              .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
              .map((a) => a.finished.catch(() => undefined)),
          ),
          new Promise((r) => setTimeout(r, 1000)),
        ]),
      );
      const path = resolve(screenshotDir, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The app launched with `doc` stored and open on `tab`: how most describes start. */
export async function launchWithPlan(
  doc: PlanDocument,
  tab: string,
  opts: Parameters<typeof launchApp>[0] = {},
): Promise<App> {
  const app = await launchApp(opts);
  await app.seedDocument(doc);
  await app.openPlan(doc.plan.id, tab);
  return app;
}
