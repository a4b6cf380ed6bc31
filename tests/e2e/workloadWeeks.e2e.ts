import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDocument, planSchema, taskSchema } from '../../shared/domain';
import { isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * The workload's week headers across a year boundary (docs/people.md "Workload"): 2026-W53 is
 * followed by 2027-W01, so the grid says which year each run of weeks is in, and a week's Monday
 * (12-28) stays on one line instead of wrapping into "12-" and "28".
 */
const doc = emptyDocument(
  planSchema.parse({
    id: 'cross-year',
    name: '跨年活动',
    type: 'double11',
    startDate: '2026-12-01',
    endDate: '2027-01-31',
    peakDate: '2026-12-31',
    createdAt: '2026-07-01T00:00:00.000Z',
    updatedAt: '2026-07-01T00:00:00.000Z',
  }),
);
doc.tasks = [
  taskSchema.parse({
    id: 'cross-year-t0',
    planId: 'cross-year',
    title: '跨年',
    owner: '李四',
    startDate: '2026-12-21',
    endDate: '2027-01-10',
    order: 0,
  }),
];

for (const locale of ['zh-CN', 'en-US'] as const) {
  describe(`workload weeks across a year (${locale})`, () => {
    let app: App;
    beforeAll(async () => {
      app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
      await app.seedDocument(doc);
      await app.page.goto(`${app.baseUrl}#/team`);
      await isVisible(app.page.locator('main h1'));
      await app.page.getByTestId('add-person').click();
      const name = app.page
        .getByTestId('person-row')
        .first()
        .getByLabel(locale === 'zh-CN' ? '姓名' : 'Name');
      await name.fill('李四');
      await name.press('Tab');
      await app.page.waitForTimeout(800);
      await app.page.goto(`${app.baseUrl}#/workload`);
      await isVisible(app.page.getByTestId('workload-grid'));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('names the year over W52 and again over W01, and keeps each Monday on one line', async () => {
      const heads = app.page.getByTestId('workload-grid').locator('thead th');
      await expect.poll(() => heads.count()).toBe(4);
      // Hand-worked: 12-21..01-10 touches 2026-W52 (Monday 12-21), W53 (12-28) and 2027-W01 (01-04).
      const texts = (await heads.allInnerTexts()).slice(1).map((t) => t.replace(/\s+/g, ' ').trim());
      expect(texts).toEqual(['2026 W52 12-21', 'W53 12-28', '2027 W01 01-04']);
      const visibleYears = await app.page
        .getByTestId('workload-week-year')
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).visibility));
      expect(visibleYears).toEqual(['visible', 'hidden', 'visible']);
      const monday = heads.nth(2).getByText('12-28');
      const box = await monday.boundingBox();
      expect(box && box.height).toBeLessThan(24);
    });
  });
}
