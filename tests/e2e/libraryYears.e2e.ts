import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../shared/domain';
import { createPlanFromTemplate } from '../../shared/planning/createPlan';
import { hasCount, hasText, isVisible } from './assertions';
import { describeFindings, installAxe, isBlocking, runAxe } from './a11yAxe';
import { launchApp, type App } from './harness';

/**
 * Issue 14.7, a library for years of work (docs/library.md), in Chromium at 1280×720: three plans
 * over two years; a tag added on one plan's overview (undone and redone with the header's
 * buttons), then found in the library by search words (tag, owner, platform name, year) and by
 * the filters, a tag badge narrowing the list. Screenshots in both languages.
 */
function plan(
  templateId: string,
  peakDate: string,
  name: string,
  owner: string,
  over: Partial<PlanDocument['plan']>,
) {
  const doc = createPlanFromTemplate({
    templateId,
    peakDate,
    name,
    locale: 'zh-CN',
    now: new Date('2025-09-01T09:00:00Z'),
  });
  const [first, ...rest] = doc.tasks;
  return { ...doc, plan: { ...doc.plan, ...over }, tasks: [{ ...first!, owner }, ...rest] } as PlanDocument;
}

const lastYear = plan('double11', '2025-11-11', '2025 双11 全店', '张三(运营)', {
  platforms: ['tmall'],
  status: 'done',
});
const mid618 = plan('mid618', '2026-06-18', '2026 京东 618', '王五', { platforms: ['jd'], status: 'done' });
const thisYear = plan('double11', '2026-11-11', '2026 双11 旗舰店', '李四', {
  platforms: ['tmall', 'douyin'],
});

for (const locale of ['zh-CN', 'en-US'] as const) {
  describe(`the plan library across years (${locale})`, () => {
    let app: App;
    const zh = locale === 'zh-CN';
    const rows = () => app.page.getByTestId('plan-row');
    const names = () => rows().evaluateAll((els) => els.map((e) => e.querySelector('a')?.textContent ?? ''));
    const search = (q: string) => app.page.getByTestId('library-search').fill(q);
    /** No serious or critical axe finding (the a11y suite's rule) on the screen as it is. */
    async function accessible(screen: string) {
      const blocking = (await runAxe(app.page)).filter(isBlocking);
      expect(
        blocking.map((f) => f.id),
        describeFindings(`${locale} ${screen}`, blocking),
      ).toEqual([]);
    }
    async function pick(testId: string, option: string) {
      await app.page.getByTestId(testId).click();
      await app.page.getByRole('option', { name: option, exact: true }).click();
    }

    beforeAll(async () => {
      app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
      await installAxe(app.context);
      await app.reload();
      for (const doc of [lastYear, mid618, thisYear]) await app.seedDocument(doc);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('tags a plan on its overview, each tag one undo step', async () => {
      const { page } = app;
      await page.goto(`${app.baseUrl}#/plans/${thisYear.plan.id}/overview`);
      const input = page.getByTestId('plan-tags-input');
      await input.fill(zh ? '旗舰店' : 'Flagship');
      await input.press('Enter');
      await input.fill('VIP');
      await input.press('Enter');
      await page.getByRole('heading').first().click();
      const pills = page.locator('.mantine-TagsInput-pill');
      await hasCount(pills, 2);
      await page.getByRole('button', { name: zh ? '撤销' : 'Undo' }).click();
      await hasCount(pills, 1);
      await page.getByRole('button', { name: zh ? '重做' : 'Redo' }).click();
      await hasCount(pills, 2);
      // The pointer leaves the Redo button, as a planner's would: its tooltip, caught by axe in
      // the middle of fading in, reads as white text on a near-white box (on a fast machine the
      // fade starts before the scan).
      await page.mouse.move(640, 700);
      await page.waitForFunction(() => document.querySelectorAll('[role="tooltip"]').length === 0);
      await accessible('overview with tags');
    });

    it('finds plans by tag, owner, platform name and year, and narrows them with the filters', async () => {
      const { page } = app;
      await page.goto(`${app.baseUrl}#/`);
      await hasCount(rows(), 3);
      await isVisible(page.getByTestId('plan-tags'));
      await accessible('library with tags and filters');
      await search(zh ? '旗舰店' : 'flagship');
      await hasCount(rows(), 1);
      await search('李四');
      expect(await names()).toEqual(['2026 双11 旗舰店']);
      await search('张三');
      expect(await names()).toEqual(['2025 双11 全店']);
      await search(zh ? '天猫' : 'Tmall');
      await hasCount(rows(), 2);
      await search(zh ? '天猫 2026' : 'tmall 2026');
      expect(await names()).toEqual(['2026 双11 旗舰店']);
      await search('2026');
      await hasCount(rows(), 2);
      await search('');
      await hasCount(rows(), 3);

      await pick('filter-year', '2025');
      expect(await names()).toEqual(['2025 双11 全店']);
      await page.getByTestId('library-clear').click();
      await hasCount(rows(), 3);
      await pick('filter-owner', '王五');
      expect(await names()).toEqual(['2026 京东 618']);
      await page.getByTestId('library-clear').click();
      await pick('filter-status', zh ? '已结束' : 'Done');
      await hasCount(rows(), 2);
      await page.getByTestId('library-clear').click();
      // A tag badge filters by that tag.
      await page.getByRole('button', { name: zh ? '只看标签“VIP”' : 'Show only tag “VIP”' }).click();
      expect(await names()).toEqual(['2026 双11 旗舰店']);
      await hasText(page.getByTestId('library-shown'), zh ? '显示 1 / 3 个方案' : 'Showing 1 of 3 plans');
      await page.getByTestId('library-clear').click();
      await hasCount(rows(), 3);
      await app.screenshot(`library-years-${zh ? 'zh' : 'en'}`);
    });
  });
}
