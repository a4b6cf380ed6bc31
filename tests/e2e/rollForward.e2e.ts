import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, planDocumentSchema, type PlanDocument, type TaskId } from '../../shared/domain';
import { createPlanFromTemplate } from '../../shared/planning/createPlan';
import { hasText, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 14.6 in Chromium: last year's 双11 (peak 2026-11-11) rolled forward from the library to
 * 2027-11-11. The dialog lists the task that lands on 2027's 国庆 (provisional data) with its
 * old, shifted and moved-to dates and says the year is provisional; the plan it creates has the
 * new peak and the task on the nearest working day (docs/roll-forward.md §2), and the source
 * plan keeps its dates.
 */
for (const locale of ['zh-CN', 'en-US'] as const) {
  describe(`roll forward (${locale})`, () => {
    let app: App;
    const base = createPlanFromTemplate({
      templateId: 'double11',
      peakDate: '2026-11-11',
      locale,
      now: new Date('2026-08-01T00:00:00Z'),
    });
    const planId = base.plan.id;
    const onHoliday = {
      id: newId<TaskId>(),
      planId,
      title: locale === 'zh-CN' ? '仓库到货入库' : 'Stock arrives at the warehouse',
      startDate: '2026-10-02',
      endDate: '2026-10-02',
      order: 999,
    };
    const doc: PlanDocument = planDocumentSchema.parse({
      ...base,
      plan: { ...base.plan, name: locale === 'zh-CN' ? '2026 双11 大促' : '2026 Singles Day' },
      tasks: [...base.tasks, onHoliday],
      goals: [
        { id: newId(), planId, title: 'GMV', metric: 'gmv', unit: 'money', target: 100_000_000, order: 0 },
      ],
      actuals: [{ id: newId(), planId, date: '2026-11-11', uv: 20_000, buyers: 800, gmvMinor: 80_000_000 }],
      lessons: [
        {
          id: newId(),
          planId,
          kind: 'didNotWork',
          text: locale === 'zh-CN' ? '客服排班不足' : 'Too few agents',
          order: 0,
        },
      ],
    });

    beforeAll(async () => {
      app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
      await app.seedDocument(doc);
      await app.reload();
      await app.page.waitForSelector('text=/方案库|Plans/');
    });
    afterAll(async () => {
      await app?.close();
    });

    it('lists the holiday move before creating, then creates the plan with the peak and tasks moved', async () => {
      const { page } = app;
      await page.getByRole('button', { name: new RegExp(doc.plan.name) }).click();
      await page.getByTestId('roll-forward-menu').click();
      const dialog = page.getByTestId('roll-forward');
      await isVisible(dialog);
      expect(await page.getByTestId('roll-peak').inputValue()).toBe('2027-11-11');
      expect(await page.getByTestId('roll-name').inputValue()).toBe(doc.plan.name.replace('2026', '2027'));
      await isVisible(page.getByTestId('roll-provisional'));
      const row = page.getByTestId('roll-holiday-row').filter({ hasText: onHoliday.title });
      await hasText(row.locator('td').nth(2), '2026-10-02');
      await hasText(row.locator('td').nth(3), '2027-10-02');
      await hasText(row.locator('td').nth(4), '2027-09-30');
      await hasText(
        row.locator('td').nth(5),
        locale === 'zh-CN' ? '国庆节（暂定）' : 'National Day (provisional)',
      );
      // Last year's GMV from the figures engine, offered as the baseline.
      await hasText(page.getByTestId('roll-goals').locator('tbody td').nth(2), /800,000/);
      await page.waitForTimeout(300);
      await app.screenshot(`roll-forward-${locale === 'zh-CN' ? 'zh' : 'en'}`);
      await page.getByTestId('roll-confirm').click();
      await page.waitForSelector('[data-testid="plan-title"]');
      await hasText(page.getByTestId('plan-title'), doc.plan.name.replace('2026', '2027'));

      const stored = await readRolled(page, planId, onHoliday.title);
      expect(stored.peakDate).toBe('2027-11-11');
      expect(stored.task).toEqual({ startDate: '2027-09-30', endDate: '2027-09-30' });
      expect(stored.baseline).toBe(80_000_000);
      expect(stored.checklist).toContain(locale === 'zh-CN' ? '客服排班不足' : 'Too few agents');
      expect(stored.source).toEqual({ peakDate: '2026-11-11', task: '2026-10-02' });
      app.assertNoExternalRequests();
    });
  });
}

/** The rolled plan (the one whose source is `sourceId`) and the source, read from IndexedDB. */
async function readRolled(page: Page, sourceId: string, title: string) {
  return page.evaluate(
    async ({ sourceId, title }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('campaign-desk');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((ok, fail) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result as T[]);
          req.onerror = () => fail(req.error);
        });
      type P = { id: string; peakDate: string; sourcePlanId: string | null };
      type T = { planId: string; title: string; startDate: string; endDate: string };
      const plans = await all<P>('plans');
      const tasks = await all<T>('tasks');
      const goals = await all<{ planId: string; baseline: number | null }>('goals');
      const items = await all<{ planId: string; title: string }>('checklist');
      db.close();
      const rolled = plans.find((p) => p.sourcePlanId === sourceId)!;
      const source = plans.find((p) => p.id === sourceId)!;
      const task = tasks.find((t) => t.planId === rolled.id && t.title === title)!;
      return {
        peakDate: rolled.peakDate,
        task: { startDate: task.startDate, endDate: task.endDate },
        baseline: goals.find((g) => g.planId === rolled.id)?.baseline ?? null,
        checklist: items.filter((c) => c.planId === rolled.id).map((c) => c.title),
        source: {
          peakDate: source.peakDate,
          task: tasks.find((t) => t.planId === sourceId && t.title === title)!.startDate,
        },
      };
    },
    { sourceId, title },
  );
}
