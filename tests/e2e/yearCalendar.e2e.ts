import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../shared/domain';
import { createPlanFromTemplate } from '../../shared/planning/createPlan';
import { launchApp, type App } from './harness';
import { pdfText } from './pdfText';

/**
 * Issue 14.1, the year calendar, driven in Chromium at 1280×720 with today fixed on 2026-12-04:
 * three campaigns of 2026 (and one of 2025 that must not show) as rows in date order, the
 * holidays and platform days, a platform and a tag filter, a row opening the plan's timeline, PNG and PDF
 * exports, and the empty state of a year with no campaign. Screenshots in both languages.
 */
function plan(
  templateId: string,
  peakDate: string,
  name: string,
  over: Partial<PlanDocument['plan']>,
): PlanDocument {
  const doc = createPlanFromTemplate({
    templateId,
    peakDate,
    name,
    locale: 'zh-CN',
    now: new Date('2025-09-01T09:00:00Z'),
  });
  return { ...doc, plan: { ...doc.plan, ...over } };
}

const newYear = plan('newYear', '2026-01-27', '2026 年货节', {
  platforms: ['tmall', 'douyin'],
  status: 'done',
  tags: ['旗舰店'],
});
const mid618 = plan('mid618', '2026-06-18', '2026 京东 618', { platforms: ['jd'], status: 'done' });
const double11 = plan('double11', '2026-11-11', '2026 双11 天猫', {
  platforms: ['tmall'],
  status: 'running',
  tags: ['KA', '旗舰店'],
});
const lastYear = plan('double11', '2025-11-11', '2025 双11', { platforms: ['tmall'], status: 'done' });

for (const locale of ['zh-CN', 'en-US'] as const) {
  describe(`the year calendar (${locale})`, () => {
    let app: App;
    const zh = locale === 'zh-CN';

    beforeAll(async () => {
      app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
      await app.page.clock.setFixedTime(new Date('2026-12-04T10:00:00'));
      for (const doc of [double11, lastYear, mid618, newYear]) await app.seedDocument(doc);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('opens from the header and shows the year’s campaigns in date order with holidays and platform days', async () => {
      const { page } = app;
      await page.getByTestId('nav-year').click();
      await page.getByTestId('year-row').first().waitFor();
      expect(await page.getByTestId('year-shown').textContent()).toBe('2026');
      const names = await page
        .getByTestId('year-row')
        .evaluateAll((rows) => rows.map((r) => r.querySelector('.yc-name p')?.textContent));
      expect(names).toEqual(['2026 年货节', '2026 京东 618', '2026 双11 天猫']);
      // 双11's phases are bands; its peak is a moment.
      const d11 = page.locator(`[data-testid="year-row"][data-plan-id="${double11.plan.id}"]`);
      expect(await d11.getByTestId('year-phase').count()).toBe(double11.phases.length);
      expect(await d11.getByTestId('year-moment').count()).toBeGreaterThanOrEqual(1);
      // 2026: 元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆 and six 调休 working days; 2026's platform days.
      expect(await page.getByTestId('year-holiday').count()).toBe(7);
      expect(await page.getByTestId('year-workday').count()).toBe(6);
      const platformTips = await page
        .getByTestId('year-platform-day')
        .evaluateAll((els) => els.map((e) => e.querySelector('title')?.textContent ?? ''));
      expect(platformTips.some((t) => t.includes(zh ? '双11' : 'Double 11'))).toBe(true);
      expect(platformTips.some((t) => t.includes(zh ? '暂定' : 'provisional'))).toBe(true); // 年货节
      const header = await page.getByTestId('year-chart').textContent();
      expect(header).toContain(zh ? '今天' : 'Today');
      expect(header).toContain(zh ? '春节' : 'Spring Festival');
      await app.screenshot(`year-calendar-${zh ? 'zh' : 'en'}`);
    });

    it('filters by platform and keeps the filter in the address', async () => {
      const { page } = app;
      await page.getByTestId('year-filter-platform').click();
      await page.getByRole('option', { name: zh ? '京东' : 'JD' }).click();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('year-row').count()).toBe(1);
      expect(await page.getByTestId('year-row').getAttribute('data-plan-id')).toBe(mid618.plan.id);
      expect(page.url()).toContain('platform=jd');
      // Tags as in the library: the two 旗舰店 plans, the filter kept in the address.
      await page.goto(`${app.baseUrl}#/year?year=2026`);
      await expect.poll(() => page.getByTestId('year-row').count()).toBe(3);
      await page.getByTestId('year-filter-tag').click();
      await page.getByRole('option', { name: '旗舰店' }).click();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('year-row').count()).toBe(2);
      expect(
        await page
          .getByTestId('year-row')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-plan-id'))),
      ).toEqual([newYear.plan.id, double11.plan.id]);
      expect(decodeURIComponent(page.url())).toContain('tag=旗舰店');
      await page.goto(`${app.baseUrl}#/year?year=2026&status=running`);
      await expect.poll(() => page.getByTestId('year-row').count()).toBe(1);
      expect(await page.getByTestId('year-row').getAttribute('data-plan-id')).toBe(double11.plan.id);
    });

    it('opens a plan’s timeline from its row, and back finds the calendar as it was', async () => {
      const { page } = app;
      await page.getByTestId('year-row').first().click();
      await page.getByTestId('plan-title').waitFor();
      expect(page.url()).toContain(`#/plans/${double11.plan.id}/timeline`);
      await page.goBack();
      await page.getByTestId('year-row').first().waitFor();
      expect(await page.getByTestId('year-row').count()).toBe(1);
    });

    it('exports every row to PNG and to a PDF whose text holds the plans’ names', async () => {
      const { page } = app;
      await page.goto(`${app.baseUrl}#/year?year=2026`);
      await page.getByTestId('year-row').nth(2).waitFor();
      await page.getByTestId('year-export').click();
      const png = page.waitForEvent('download');
      await page.getByTestId('export-png').click();
      const pngDownload = await png;
      expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
      const bytes = readFileSync(await pngDownload.path());
      expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
      // 2 device px per px: the 1,200 px chart + 220 px names + border, 3 rows tall and more.
      expect(bytes.readUInt32BE(16)).toBe((1200 + 220 + 16) * 2);

      await page.getByTestId('year-export').click();
      const pdf = page.waitForEvent('download');
      await page.getByTestId('export-pdf-A4-fit').click();
      const { text, pages } = await pdfText(new Uint8Array(readFileSync(await (await pdf).path())));
      expect(pages).toBe(1);
      for (const doc of [newYear, mid618, double11]) expect(text).toContain(doc.plan.name);
      expect(text).not.toContain(lastYear.plan.name);
      expect(text).toContain(zh ? '年度日历' : 'Year calendar');
    });

    it('teaches what to do in a year with no campaign', async () => {
      const { page } = app;
      await page.goto(`${app.baseUrl}#/year?year=2024`);
      await page.getByTestId('empty-state').waitFor();
      expect(await page.getByTestId('empty-state').textContent()).toContain(
        zh ? '2024 没有活动' : 'No campaigns in 2024',
      );
      // It offers the nearest year that has campaigns (2025: last year's 双11), not blindly 2023.
      await page.getByRole('button', { name: zh ? '看 2025 年' : 'Show 2025' }).click();
      await page.locator(`[data-testid="year-row"][data-plan-id="${lastYear.plan.id}"]`).waitFor();
      expect(await page.getByTestId('year-shown').textContent()).toBe('2025');
      await page.goto(`${app.baseUrl}#/year?year=2024`);
      await page.getByTestId('year-new-plan').click();
      await page.waitForURL(/new=1/);
      app.assertNoExternalRequests();
    });
  });
}
