/**
 * Optional smoke test against the real Electron binary. The binary cannot be downloaded in some
 * environments (e.g. this project's CI sandbox); then the test is skipped and says why. Where it
 * runs, it needs `npm run build` first. It drives the unpackaged binary from node_modules (whose
 * fuses are not flipped), because Playwright attaches through the Node inspector.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function electronBinary(): { path: string } | { skip: string } {
  let path: unknown;
  try {
    path = createRequire(import.meta.url)('electron');
  } catch (error) {
    return { skip: `the Electron binary is not installed (${(error as Error).message})` };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { skip: 'the Electron binary is not installed' };
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(join(root, built))) return { skip: `${built} is missing; run \`npm run build\` first` };
  }
  return { path };
}

const binary = electronBinary();
if ('skip' in binary) console.log(`Electron smoke test skipped: ${binary.skip}.`);

describe.skipIf('skip' in binary)('Electron smoke test (real binary)', () => {
  let app: ElectronApplication;
  beforeAll(async () => {
    app = await _electron.launch({ executablePath: (binary as { path: string }).path, args: [root] });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('shows the app from app://campaign with the bridge and without Node', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url().startsWith('app://campaign/index.html')).toBe(true);
    expect(
      await page.evaluate(
        () => Object.keys((window as unknown as Record<string, object>).campaignDesk!).length,
      ),
    ).toBe(12);
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });

  it('makes no network request and opens no window', async () => {
    const page = await app.firstWindow();
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  });

  it('stays on the app when the page tries to navigate away', async () => {
    const page = await app.firstWindow();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url().startsWith('app://campaign/')).toBe(true);
  });
});
