import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLargePlan } from '../bench/fixtures/generatePlan';
import { hostileXlsx, sheetXml } from '../fixtures/hostile/workbooks';
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { declarePartSize, deflateRepeated } from '../fixtures/hostile/zip';
import { hasText, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 7, "nothing let in": a hostile workbook is stopped in the app itself (the parse worker),
 * with a message naming the file, and nothing reaches the database.
 *  - a zip bomb that lies about its sizes (declared 1 KB, inflates to ~600 MB) is refused once
 *    inflating passes 256 MB;
 *  - a workbook whose sheet inflates to more than its zip declares is refused as damaged;
 *  - a parse that does not answer within the time limit is ended. The page's clock is
 *    controlled (Playwright's clock), so the real 60-second limit of the production build is
 *    exercised without waiting a minute; the worker keeps real time and is still busy.
 */
const doc = generateLargePlan({ tasks: 20, links: 5, seed: 7 });

function liarBomb(): Buffer {
  const row = '<row><c t="inlineStr"><is><t>' + 'a'.repeat(100) + '</t></is></c></row>';
  const chunk = row.repeat(Math.ceil(1_048_576 / row.length));
  const open = sheetXml('').replace('</sheetData></worksheet>', '');
  const bomb = deflateRepeated(open, chunk, Math.ceil(600e6 / chunk.length), '</sheetData></worksheet>');
  return Buffer.from(hostileXlsx({ sheets: [{ name: '排期', deflated: bomb, declaredSize: 1000 }] }));
}

/** The budget fixture, deflated, with its sheet declared 600 bytes shorter than it inflates. */
function lyingSheet(): Buffer {
  const fixture = readFileSync(new URL('../fixtures/xlsx/618-budget-sample.xlsx', import.meta.url));
  const deflated = zipSync(unzipSync(new Uint8Array(fixture)), { level: 6 });
  return Buffer.from(declarePartSize(deflated, 'xl/worksheets/sheet1.xml', 1896));
}

/** A legitimate but large schedule CSV: under every size limit, a few seconds of parsing. */
function slowCsv(): Buffer {
  const lines = ['任务,开始日期,结束日期,负责人,备注'];
  for (let i = 0; i < 90_000; i++) {
    const d = String((i % 28) + 1).padStart(2, '0');
    lines.push(`任务 ${i},2026-11-${d},2026-11-${d},负责人 ${i % 17},${'备注'.repeat(20)} ${i}`);
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** Plans and tasks stored, read straight from IndexedDB. */
async function stored(page: Page): Promise<{ plans: number; tasks: number }> {
  return page.evaluate(
    () =>
      new Promise<{ plans: number; tasks: number }>((ok, fail) => {
        const req = indexedDB.open('campaign-desk');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['plans', 'tasks'], 'readonly');
          const plans = tx.objectStore('plans').count();
          const tasks = tx.objectStore('tasks').count();
          tx.oncomplete = () => {
            db.close();
            ok({ plans: plans.result, tasks: tasks.result });
          };
        };
      }),
  );
}

async function pick(page: Page, name: string, buffer: Buffer, mimeType: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Choose a file/ }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

describe('hostile workbooks are stopped in the parse worker', () => {
  let app: App;
  let before: { plans: number; tasks: number };

  beforeAll(async () => {
    app = await launchApp({ locale: 'en-US' });
    // Fake timers in the page from here on; they run in real time until fast-forwarded.
    await app.page.clock.install();
    await app.reload();
    await app.page.waitForSelector('text=/Plans/');
    await app.seedDocument(doc);
    await app.openPlan(doc.plan.id, 'io');
    before = await stored(app.page);
    expect(before.plans).toBe(1);
  });
  afterAll(async () => {
    app.assertNoExternalRequests();
    await app?.close();
  });

  it('refuses a zip bomb that lies about its sizes, naming the file and the part', async () => {
    await pick(
      app.page,
      'liar.xlsx',
      liarBomb(),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const failed = app.page.getByTestId('import-failed');
    await isVisible(failed);
    await hasText(
      failed,
      /In the file liar\.xlsx, xl\/worksheets\/sheet1\.xml unpacks to more than 256 MB although the file declares it much smaller/,
    );
    expect(await stored(app.page)).toEqual(before);
    // The window stayed responsive: the app still answers.
    await isVisible(app.page.getByTestId('plan-title'));
  });

  it('refuses a workbook whose sheet is longer than its zip declares as damaged, writing nothing', async () => {
    await pick(
      app.page,
      '618预算.xlsx',
      lyingSheet(),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const failed = app.page.getByTestId('import-failed');
    await hasText(failed, /618预算\.xlsx/);
    await hasText(failed, /damaged/);
    expect(await app.page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    expect(await stored(app.page)).toEqual(before);
  });

  it('ends a parse that runs past the time limit, names the file, and writes nothing', async () => {
    await pick(app.page, 'slow-schedule.csv', slowCsv(), 'text/csv');
    await isVisible(app.page.getByText(/Reading slow-schedule\.csv/));
    // A minute passes for the window; the worker is still reading.
    await app.page.clock.fastForward('01:01');
    const timedOut = app.page.getByTestId('import-timed-out');
    await hasText(timedOut, 'Reading slow-schedule.csv took over 60 s and was stopped. Nothing was written.');
    // Nothing to confirm, no result arrives later from the ended worker, and nothing was stored.
    await app.page.waitForTimeout(4000);
    expect(await app.page.getByTestId('import-failed').count()).toBe(0);
    expect(await app.page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    await hasText(timedOut, /took over 60 s/);
    expect(await stored(app.page)).toEqual(before);
  });
});
