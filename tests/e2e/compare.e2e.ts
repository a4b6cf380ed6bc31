import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, planDocumentSchema, type PlanDocument } from '../../shared/domain';
import { hasText, isVisible } from './assertions';
import { pdfText } from './pdfText';
import { launchApp, type App } from './harness';

/**
 * Issue 14.4 in Chromium: two 双11 plans ticked in the library and compared. The comparison shows
 * the second plan's GMV with its delta from the first (docs/compare.md worked example:
 * ¥20,000.00 → ¥30,000.00, +¥10,000.00, +50 %) and exports a workbook whose Δ is a formula.
 */
function plan(year: number, name: string, days: [string, number, number, number][]): PlanDocument {
  const planId = newId<never>();
  const phase = (kind: string, start: string, end: string, order: number) => ({
    id: newId<never>(),
    planId,
    name: kind,
    kind,
    startDate: `${year}-${start}`,
    endDate: `${year}-${end}`,
    order,
  });
  return planDocumentSchema.parse({
    plan: {
      id: planId,
      name,
      type: 'double11',
      startDate: `${year}-10-20`,
      endDate: `${year}-11-13`,
      peakDate: `${year}-11-11`,
      status: 'done',
      createdAt: `${year}-08-01T00:00:00.000Z`,
      updatedAt: `${year}-08-01T00:00:00.000Z`,
    },
    phases: [phase('warmup', '11-01', '11-10', 0), phase('burst', '11-11', '11-11', 1)],
    actuals: days.map(([date, uv, buyers, gmvMinor]) => ({
      id: newId(),
      planId,
      date: `${year}-${date}`,
      uv,
      buyers,
      gmvMinor,
    })),
    lessons: [{ id: newId(), planId, kind: 'didNotWork', text: `${year}: 客服排班不足`, order: 0 }],
  });
}

for (const locale of ['zh-CN', 'en-US'] as const) {
  describe(`compare campaigns (${locale})`, () => {
    let app: App;
    const a = plan(2025, locale === 'zh-CN' ? '2025 双11' : '2025 Singles Day', [
      ['11-10', 1000, 40, 400_000],
      ['11-11', 3000, 160, 1_600_000],
    ]);
    const b = plan(2026, locale === 'zh-CN' ? '2026 双11' : '2026 Singles Day', [
      ['11-09', 1000, 30, 300_000],
      ['11-11', 4000, 220, 2_700_000],
    ]);

    beforeAll(async () => {
      app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
      await app.seedDocument(a);
      await app.seedDocument(b);
      await app.reload();
      await app.page.waitForSelector('text=/方案库|Plans/');
    });
    afterAll(async () => {
      await app?.close();
    });

    it('ticks two plans in the library, shows them side by side with a delta and exports a workbook', async () => {
      const { page } = app;
      const row = (name: string) => page.getByTestId('plan-row').filter({ hasText: name });
      await row(a.plan.name).getByTestId('compare-check').check();
      await row(b.plan.name).getByTestId('compare-check').check();
      await page.getByTestId('compare-selected').click();
      const gmv = page.locator('[data-testid="compare-row"][data-row="actual.gmv"]');
      await isVisible(gmv);
      await hasText(gmv.getByTestId('compare-cell').nth(0), /20,000\.00/);
      await hasText(gmv.getByTestId('compare-cell').nth(1), /30,000\.00[\s\S]*\+¥10,000\.00 · \+50(\.0)?%/);
      const cvr = page.locator('[data-testid="compare-row"][data-row="actual.conversion"]');
      await hasText(cvr.getByTestId('compare-delta'), locale === 'zh-CN' ? '0 个百分点' : '0 pp');
      await isVisible(page.getByTestId('compare-chart-aligned').locator('canvas'));
      await page.waitForTimeout(300);
      await app.screenshot(`compare-${locale === 'zh-CN' ? 'zh' : 'en'}`);
      await page.getByTestId('compare-chart-aligned').scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
      await app.screenshot(`compare-charts-${locale === 'zh-CN' ? 'zh' : 'en'}`);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('compare-export').click(),
      ]);
      const wb = XLSX.read(readFileSync((await download.path())!), { type: 'buffer', cellFormula: true });
      const sheet = wb.Sheets[wb.SheetNames[0]!]!;
      const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
      const i = rows.findIndex((r) => typeof r[1] === 'string' && /GMV/.test(r[1]));
      expect(rows[i]!.slice(2, 6)).toEqual([20_000, 30_000, 10_000, 0.5]);
      expect(sheet[`E${i + 1}`].f).toBe(`D${i + 1}-C${i + 1}`);

      // The PDF says what the screen says: both plans, the GMV row with its delta, both charts.
      const [pdfDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('compare-export-pdf').click(),
      ]);
      const { text } = await pdfText(new Uint8Array(readFileSync((await pdfDownload.path())!)));
      expect(text).toContain(a.plan.name);
      expect(text).toContain(b.plan.name);
      expect(text).toMatch(/GMV[^\n]*¥20,000\.00[^\n]*¥30,000\.00 \(\+¥10,000\.00 · \+50(\.0)?%\)/);
      expect(text).toContain(
        locale === 'zh-CN' ? '每日 GMV（按大促日 T-0 对齐）' : 'Daily GMV aligned on the peak day (T-0)',
      );
      expect(text).toContain('2025: 客服排班不足');
      app.assertNoExternalRequests();
    });

    it('offers this 双11 against last 双11 until two plans are picked', async () => {
      const { page } = app;
      await page.goto(`${app.baseUrl}#/compare`);
      const pair = page.getByTestId('compare-suggestions').getByRole('button');
      await hasText(pair, `${b.plan.name} ↔ ${a.plan.name}`);
      expect(await pair.count()).toBe(1);
      await pair.click();
      const gmv = page.locator('[data-testid="compare-row"][data-row="actual.gmv"]');
      // Last year is the reference: this year's cell carries the delta.
      await hasText(gmv.getByTestId('compare-cell').nth(1), /30,000\.00[\s\S]*\+¥10,000\.00/);
    });
  });
}

describe('compare with a single plan in the library', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
    await app.seedDocument(plan(2026, 'Only 2026 Singles Day', [['11-11', 1000, 40, 400_000]]));
    await app.reload();
    await app.page.waitForSelector('text=/Plans/');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('teaches how to get a second plan and leads to creating one', async () => {
    const { page } = app;
    await page.goto(`${app.baseUrl}#/compare`);
    const empty = page.getByTestId('empty-state');
    await hasText(empty.getByText(/Comparing takes two plans/), 'Comparing takes two plans');
    await isVisible(empty.getByText(/holds 1 plan now.*Roll forward to next year/));
    await app.screenshot('compare-one-plan-en');
    await empty.getByRole('link', { name: 'New plan' }).click();
    await isVisible(page.getByRole('dialog').getByText('New plan').first());
  });
});
