import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlankPlan } from '../../shared/planning/createPlan';
import { messages } from '../../renderer/src/features/review/messages';
import { baselineMessages } from '../../renderer/src/features/review/baselines/messages';
import { hasText, isVisible } from './assertions';
import { launchWithPlan, type App } from './harness';

/**
 * A plan created empty (no template): the review's sections, the forecast and the war room say
 * what is missing and offer the way to where it is entered — the Goals, Channels or Budget tab, or
 * the review's own Actuals — instead of an empty table or a chart that only says "no data".
 */
for (const locale of ['zh-CN', 'en-US'] as const) {
  const zh = locale === 'zh-CN';
  const goTo = (screen: string) => (zh ? `转到：${screen}` : `Go to: ${screen}`);
  const tabs = zh
    ? { goals: '目标', channels: '渠道', budget: '预算' }
    : { goals: 'Goals', channels: 'Channels', budget: 'Budget' };
  const actuals = messages[locale].tabs.actuals;

  describe(`an empty plan's empty states teach the way (${locale})`, () => {
    let app: App;
    const doc = createBlankPlan({
      name: zh ? '空方案' : 'Empty plan',
      type: 'custom',
      peakDate: '2026-11-11',
      locale,
      now: new Date('2026-10-01T00:00:00Z'),
    });
    const path = () => new URL(app.page.url()).hash;

    beforeAll(async () => {
      app = await launchWithPlan(doc, 'review', { locale, viewport: { width: 1280, height: 720 } });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('attainment without goals: a button to the Goals tab', async () => {
      const { page } = app;
      await page.getByTestId('review-tab-attainment').click();
      const button = page.getByTestId('attainment-to-goals');
      await hasText(button, goTo(tabs.goals));
      await button.click();
      await expect.poll(path).toBe(`#/plans/${doc.plan.id}/goals`);
    });

    it('the score without goals: says indicators read goals, and a button to Goals', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'review');
      await page.getByTestId('review-tab-score').click();
      await hasText(
        page.getByTestId('empty-state').locator('p').first(),
        messages[locale].score.emptyNoGoals,
      );
      await page.getByTestId('score-to-goals').click();
      await expect.poll(path).toBe(`#/plans/${doc.plan.id}/goals`);
    });

    it('the charts without actuals: a button to the review’s Actuals; the budget chart one to Budget', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'review');
      await page.getByTestId('review-tab-charts').click();
      await page
        .getByTestId('review-chart-daily')
        .getByRole('link', { name: goTo(actuals) })
        .click();
      await expect.poll(path).toBe(`#/plans/${doc.plan.id}/review?section=actuals`);
      await expect
        .poll(() => page.getByTestId('review-tab-actuals').getAttribute('aria-selected'))
        .toBe('true');
      await page.getByTestId('review-tab-charts').click();
      await isVisible(page.getByTestId('review-chart-budget').getByRole('link', { name: goTo(tabs.budget) }));
      await isVisible(
        page.getByTestId('review-chart-targetVsActual').getByRole('link', { name: goTo(tabs.goals) }),
      );
    });

    it('a before-baseline or long tail without days: a button to the review’s Actuals', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'review');
      await page.getByTestId('review-tab-baselines').click();
      await page.getByTestId('add-baseline-before').click();
      await hasText(page.getByTestId('baseline-before-days'), baselineMessages[locale].beforeNone);
      await page.getByTestId('add-baseline-longTail').click();
      await isVisible(page.getByTestId('tail-no-days'));
      await isVisible(page.locator('[data-testid^="tail-to-actuals-"]'));
      await page.locator('[data-testid^="baseline-to-actuals-"]').click();
      await expect.poll(path).toBe(`#/plans/${doc.plan.id}/review?section=actuals`);
      await expect
        .poll(() => page.getByTestId('review-tab-actuals').getAttribute('aria-selected'))
        .toBe('true');
    });

    it('the forecast without channels: a button to the Channels tab', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'forecast');
      await page.getByTestId('forecast-to-channels').click();
      await expect.poll(path).toBe(`#/plans/${doc.plan.id}/channels`);
    });

    it('the war room without a GMV goal: says what the pace needs, and a button to Goals', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'warroom');
      const hint = page.getByTestId('warroom-no-goal');
      await hint.getByRole('link', { name: goTo(tabs.goals) }).click();
      await expect.poll(path).toBe(`#/plans/${doc.plan.id}/goals`);
    });

    it('the timeline without tasks: a button to the Tasks tab', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'timeline');
      const button = page.getByTestId('timeline-to-tasks');
      await hasText(button, goTo(zh ? '任务' : 'Tasks'));
      await button.click();
      await expect.poll(path).toBe(`#/plans/${doc.plan.id}/tasks`);
    });
  });
}
