import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every run uses: headless, and no background traffic of Chromium's own. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Chromium 15x builds its omnibox popups (two WebUI pages, hundreds of chrome:// modules) at
  // every launch, even headless, competing with the app for the 2 cores while it starts. The
  // Electron app has no omnibox.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/** A persistent context in a fresh user-data dir, so IndexedDB survives a reload like a real profile. */
export async function launchBrowser(
  opts: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<{
  context: BrowserContext;
  userDataDir: string;
  close(): Promise<void>;
}> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'campaign-desk-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    locale: opts.locale ?? 'zh-CN',
    viewport: opts.viewport ?? { width: 1280, height: 720 },
    acceptDownloads: true,
  });
  // tsx/esbuild wrap named functions in `__name(...)`; functions passed to page.evaluate carry
  // that call into the page, so the page gets a no-op of the same name.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return {
    context,
    userDataDir,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
