import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { hasCount, hasText, hasValue, isVisible } from './assertions';
import { lastYearPlan, thisYearPlan } from './baselinesSeed';
import { launchApp, type App } from './harness';
import { pdfText } from './pdfText';

/**
 * Issue 14.5 in Chromium: two 黑五 plans in the library, last year's with daily actuals. This
 * year's review adds last year's campaign as a baseline — the plan preset from the library and
 * aligned on the peak (2025-11-28 ↔ 2026-11-27) — then the days before and the long tail, with
 * docs/baselines.md's worked lifts (+38.5 %, +900 %, +41.7 %); each add is undone with Ctrl+Z.
 */
for (const locale of ['zh-CN', 'en-US'] as const) {
  describe(`review baselines (${locale})`, () => {
    let app: App;
    const zh = locale === 'zh-CN';
    const last = lastYearPlan(zh ? '2025 黑五' : '2025 Black Friday');
    const current = thisYearPlan(zh ? '2026 黑五' : '2026 Black Friday');
    // The same campaign with its three baselines already named, for the report.
    const reviewed = thisYearPlan(zh ? '2026 黑五 复盘' : '2026 Black Friday review', last);

    beforeAll(async () => {
      app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
      await app.seedDocument(last);
      await app.seedDocument(current);
      await app.seedDocument(reviewed);
    });
    afterAll(async () => {
      await app?.close();
    });

    it("shows last year's aligned baseline and the lifts, and undoes each add", async () => {
      const { page } = app;
      await app.openPlan(current.plan.id, 'review');
      await page.getByTestId('review-tab-baselines').click();
      // A review from before named baselines: its days before the campaign read as one
      // before-baseline (docs/baselines.md), +900 % as the single baseline gave. Removed (one step),
      // the list is empty.
      const migrated = page.getByTestId('baseline-before');
      await hasText(migrated.locator('[data-testid$="-lift-gmv"]'), /^\+900(\.0)?\s?%$/);
      await migrated.getByRole('button', { name: zh ? '删除基线' : 'Remove baseline' }).click();
      await isVisible(page.getByTestId('baselines-empty'));

      await page.getByTestId('add-baseline-lastYear').click();
      const lastCard = page.getByTestId('baseline-lastYear');
      await hasValue(lastCard.getByTestId('baseline-source'), `${last.plan.name} · 2025-11-28`);
      await hasValue(
        lastCard.getByRole('textbox', { name: zh ? '基线名称' : 'Baseline name' }),
        last.plan.name,
      );
      await hasText(lastCard.locator('[data-testid$="-lift-gmv"]'), /^\+38\.5\s?%$/);
      await hasText(lastCard.locator('[data-testid$="-lift-aov"]'), /^\+3\.8\s?%$/);
      // T-0 is the peak of each year: 2026-11-27 beside 2025-11-28 (not 2025-11-27).
      const peakRow = lastCard.getByTestId('baseline-aligned').locator('tr', { hasText: 'T-0' });
      await hasText(peakRow, /2026-11-27[\s\S]*108,000\.00[\s\S]*2025-11-28[\s\S]*90,000\.00/);

      await page.getByTestId('add-baseline-before').click();
      await hasText(
        page.getByTestId('baseline-before').locator('[data-testid$="-lift-gmv"]'),
        /^\+900(\.0)?\s?%$/,
      );
      // A range (11-13 … 11-15) is one edit: +847.4 % (docs/baselines.md a′), and undo gives +900 % back.
      const before = page.getByTestId('baseline-before');
      const from = before.getByRole('textbox', { name: zh ? '从' : 'From' });
      await from.fill('2026-11-13');
      await from.press('Enter');
      await hasText(before.locator('[data-testid$="-lift-gmv"]'), /^\+847\.4\s?%$/);
      // Its days with their year (last year's before-days would otherwise read as this year's).
      await hasText(before.getByTestId('baseline-before-days'), /2026-11-13 .+ 2026-11-\d\d/);
      await page.getByTestId('add-baseline-before').focus();
      await page.keyboard.press('Control+z');
      await hasText(before.locator('[data-testid$="-lift-gmv"]'), /^\+900(\.0)?\s?%$/);
      await hasValue(from, '');
      await page.getByTestId('add-baseline-longTail').click();
      const tail = page.getByTestId('baseline-longTail');
      await hasText(tail.getByTestId('tail-gmv-lift-1'), /^\+41\.7\s?%$/);
      await hasText(tail.getByTestId('tail-gmv-lift-2'), /^\+10(\.0)?\s?%$/);
      await page.waitForTimeout(300);
      await app.screenshot(`review-baselines-${zh ? 'zh' : 'en'}`);
      await tail.scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
      await app.screenshot(`review-baselines-tail-${zh ? 'zh' : 'en'}`);

      // Each add is one undo step.
      await page.getByTestId('add-baseline-longTail').focus();
      await page.keyboard.press('Control+z');
      await hasCount(page.getByTestId('baseline-longTail'), 0);
      await hasCount(page.getByTestId('baseline-before'), 1);
      await page.keyboard.press('Control+z');
      await hasCount(page.getByTestId('baseline-before'), 0);
      await hasCount(page.getByTestId('baseline-lastYear'), 1);

      // A rename is one step too, and comes back with undo.
      const name = lastCard.getByRole('textbox', { name: zh ? '基线名称' : 'Baseline name' });
      await name.fill(zh ? '去年黑五（天猫）' : 'Last Black Friday (Tmall)');
      await name.press('Enter');
      await page.getByTestId('add-baseline-before').focus();
      await page.waitForTimeout(700);
      await page.keyboard.press('Control+z');
      await hasValue(name, last.plan.name);
      app.assertNoExternalRequests();
    });

    it('the tab draws the lift chart; the report, its PDF and workbook carry each baseline’s lifts', async () => {
      // docs/baselines.md "In the review report": +900 % (before), +38.5 % (last year, aligned),
      // long-tail week 1 +41.7 % — the tab's figures, in the PDF's text and the workbook's cells.
      const { page } = app;
      await app.openPlan(reviewed.plan.id, 'review');
      await page.getByTestId('review-tab-baselines').click();
      const chart = page.getByTestId('review-chart-baselineLift');
      await hasText(chart, zh ? '较基线提升（日均）' : 'Lift against baselines (per day)');
      await isVisible(chart.locator('canvas'));
      await chart.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await app.screenshot(`review-baselines-chart-${zh ? 'zh' : 'en'}`);

      await page.getByTestId('review-tab-report').click();
      const block = page.getByTestId('report-baselines');
      await hasText(block, /\+900(\.0)?\s?%[\s\S]*\+38\.5\s?%[\s\S]*\+41\.7\s?%/);
      await block.locator('canvas').waitFor();
      const pdf = page.waitForEvent('download');
      await page.getByTestId('export-review-pdf').click();
      const { text } = await pdfText(new Uint8Array(readFileSync(await (await pdf).path())));
      expect(text).toContain(zh ? '基线对比' : 'Baselines');
      expect(text).toContain(zh ? '较基线提升（日均）' : 'Lift against baselines (per day)');
      expect(text).toMatch(/\+900(\.0)?\s?%/);
      expect(text).toMatch(/\+38\.5\s?%/);
      expect(text).toMatch(/\+41\.7\s?%/);

      const xlsx = page.waitForEvent('download');
      await page.getByTestId('export-review-xlsx').click();
      const wb = XLSX.read(readFileSync(await (await xlsx).path()), { type: 'buffer' });
      const ws = wb.Sheets[zh ? '基线对比' : 'Baselines'];
      expect([ws?.A5?.v, ws?.B7?.v, ws?.C7?.v, ws?.D7?.v]).toEqual([
        reviewed.review?.baselines?.[0]?.name,
        60_000,
        6_000,
        9,
      ]);
      expect(ws?.C15?.v).toBe(43_333.33);
    });

    it('says how to get an earlier plan when the library has none', async () => {
      const { page } = app;
      await app.openPlan(last.plan.id, 'review');
      await page.getByTestId('review-tab-baselines').click();
      await page.getByTestId('add-baseline-lastYear').click();
      await hasText(
        page.getByTestId('baseline-no-earlier'),
        zh ? /从 Excel 新建[\s\S]*滚动到明年/ : /New from Excel[\s\S]*Roll forward/,
      );
      await page.getByTestId('add-baseline-longTail').click();
      await isVisible(page.getByTestId('tail-no-before'));
      await isVisible(page.getByTestId('tail-no-days'));
      await page.waitForTimeout(300);
      await app.screenshot(`review-baselines-empty-${zh ? 'zh' : 'en'}`);
    });
  });
}
