import type { Page } from 'playwright-core';
import { yearGeometry } from '../../../shared/calendar/yearLayout';
import { buildYearCalendar, noYearFilters, yearRange } from '../../../shared/calendar/yearRows';
import { addDays, type PlanDocument } from '../../../shared/domain';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import { median, round, type BenchRow, type BenchSuite } from '../types';

/**
 * Issue 14.8, "year calendar of 30 campaigns ready under 200 ms". Thirty campaigns of 2026 made
 * from the built-in templates (phases, key moments and their 40–90 tasks each), peaks 12 days
 * apart. `year.ready.30` times, in Chromium, from leaving the library for #/year until all 30
 * rows are on screen and painted: reading the plans and phases from IndexedDB, building the
 * rows, laying them out and the first render. `year.rows.30` is the pure part alone (rows and
 * layout at 1,000 px), in Node.
 */
const templates = ['double11', 'mid618', 'newYear', 'blackFriday', 'newProduct', 'memberDay'] as const;
const RUNS = 7;

function campaigns(): PlanDocument[] {
  return Array.from({ length: 30 }, (_, i) =>
    createPlanFromTemplate({
      templateId: templates[i % templates.length]!,
      peakDate: addDays('2026-01-20', i * 11),
      name: `2026 活动 ${i + 1}`,
      locale: 'zh-CN',
      now: new Date('2025-10-01T09:00:00Z'),
    }),
  );
}

/** A cold visit: the page reloaded (nothing read yet), the screen's chunk prefetched as for a planner. */
async function timeReady(page: Page): Promise<number> {
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.reload();
  await page.waitForSelector('text=/方案库|Plans/');
  await page.waitForTimeout(2500);
  return page.evaluate(async () => {
    const t0 = performance.now();
    location.hash = '#/year?year=2026';
    await new Promise<void>((resolve) => {
      const check = () =>
        document.querySelectorAll('[data-testid="year-row"]').length === 30
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - t0;
  });
}

const suite: BenchSuite = async (ctx) => {
  const docs = campaigns();
  const sources = docs.map((d) => ({ plan: d.plan, phases: d.phases }));
  const labels = {
    holiday: (h: { name: { zh: string } }) => h.name.zh,
    platformDay: (d: { name: { zh: string } }) => d.name.zh,
    month: (date: string) => date.slice(5, 7),
    today: '今天',
  };
  const pure: number[] = [];
  for (let i = 0; i < 35; i++) {
    const t0 = performance.now();
    const cal = buildYearCalendar(sources, yearRange(2026), noYearFilters, 'zh-CN');
    yearGeometry(cal, 1000, '2026-12-04', labels);
    if (i >= 5) pure.push(performance.now() - t0);
  }

  const page = await ctx.newPage();
  await page.goto(ctx.baseUrl);
  await page.waitForSelector('text=/方案库|Plans/');
  for (const doc of docs) await ctx.seedDocument(page, doc);
  const readies: number[] = [];
  for (let i = 0; i < RUNS; i++) readies.push(await timeReady(page));

  const rows: BenchRow[] = [
    { name: 'year.ready.30', value: round(median(readies)), unit: 'ms', budget: 200 },
    { name: 'year.rows.30', value: round(median(pure), 2), unit: 'ms', budget: null },
  ];
  return rows;
};

export default suite;
