import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseDump } from '../../renderer/src/db/migrations';
import { loadDump } from '../renderer/db/loadDump';
import { hasCount, hasText, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 7 "nothing lost", in real Chromium IndexedDB (not only fake-indexeddb): a database
 * written by the v1 build opens with current code, and one written by a newer build is
 * refused without a single write.
 */
const v1 = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/db/v1.json'), 'utf8'),
) as DatabaseDump;
const v3 = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/db/v3.json'), 'utf8'),
) as DatabaseDump;

/** Replaces the app's database with a dump, from a same-origin page where the app is not running. */
async function installDump(app: App, dump: DatabaseDump): Promise<void> {
  const { page } = app;
  // A blank page of the same origin: same IndexedDB, but no app holding the database open.
  await page.route('**/idb-setup', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>setup</title>' }),
  );
  await page.goto(`${app.baseUrl}idb-setup`);
  await page.evaluate(`(async () => {
    await new Promise((ok, fail) => {
      const req = indexedDB.deleteDatabase('campaign-desk');
      req.onsuccess = () => ok();
      req.onerror = () => fail(req.error);
    });
    await (${loadDump.toString()})(${JSON.stringify(dump)}, 'campaign-desk');
  })()`);
}

/** Every store and record, read with raw IndexedDB in the page. */
function rawDump(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('campaign-desk');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const names = Array.from(db.objectStoreNames);
    const tx = db.transaction(names, 'readonly');
    const out: Record<string, unknown> = { version: db.version };
    await Promise.all(
      names.map(
        (n) =>
          new Promise<void>((ok) => {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => {
              out[n] = req.result;
              ok();
            };
          }),
      ),
    );
    db.close();
    return out;
  });
}

describe('trust: old databases open, newer ones are refused untouched', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the v1 fixture database with current code: both plans, their tasks and budget sums', async () => {
    await installDump(app, v1);
    const { page } = app;
    await page.goto(app.baseUrl);
    await hasCount(page.getByTestId('plan-row'), 2);
    await isVisible(page.getByText('2026 双11 全店大促'));
    await isVisible(page.getByText('2026 618 年中大促'));
    // The library counts each plan's tasks with the [planId] index.
    await hasCount(page.getByTestId('plan-row').filter({ hasText: '39 项任务' }), 2);
    await app.screenshot('v1-fixture-library-zh');
    await app.openPlan('00000000-0000-4000-8000-000000000001', 'tasks');
    await isVisible(page.getByTestId('task-row').first());
    await app.openPlan('00000000-0000-4000-8000-000000000001', 'budget');
    // Planned ¥10,000 + … + ¥50,000 = ¥150,000 for the 双11 plan.
    await isVisible(page.getByText(/150,000/).first());
    const dump = (await rawDump(page)) as { version: number; budgetLines: { plannedMinor: number }[] };
    // Opened with current code, the v1 database was upgraded to the current schema version.
    expect(dump.version).toBe(30);
    expect(dump.budgetLines.reduce((s, l) => s + l.plannedMinor, 0)).toBe(30_000_000);
  });

  it('refuses a database of a higher schema version with a clear message, and writes nothing', async () => {
    const newer: DatabaseDump = {
      ...v1,
      version: 40,
      stores: { ...v1.stores, forecasts: { keyPath: 'id', autoIncrement: false, indexes: [], records: [] } },
    };
    await installDump(app, newer);
    const before = await rawDump(app.page);
    await app.page.goto(app.baseUrl);
    await hasText(app.page.getByRole('alert'), /更新版本的大促规划台/);
    await app.screenshot('newer-database-zh');
    expect(await rawDump(app.page)).toEqual(before);
  });

  it('refuses data of a newer data version under the same schema, and writes nothing', async () => {
    const meta = { ...v3.stores.meta!, records: [{ key: 'dataVersion', value: 99 }] };
    await installDump(app, { ...v3, stores: { ...v3.stores, meta } });
    const before = await rawDump(app.page);
    await app.page.goto(app.baseUrl);
    await hasText(app.page.getByRole('alert'), /更新版本的大促规划台/);
    expect(await rawDump(app.page)).toEqual(before);
  });

  it('made no request that left the machine', () => {
    app.assertNoExternalRequests();
  });
});
