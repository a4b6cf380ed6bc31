import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedPlanWithData } from '../shared/warroom/worked';
import { describeFindings, installAxe, isBlocking, runAxe } from './a11yAxe';
import { hasCount, hasText, hasValue, isHidden, isVisible } from './assertions';
import type { App } from './harness';
import { openWarRoom } from './warroomSetup';

/**
 * docs/warroom.md "Incidents", looked back at after the campaign: the worked plan's one campaign
 * day is 2026-11-11 and the computer's clock reads 2026-12-06 14:22. Incidents go on the war room's
 * day (11-11, the day of its data), their date and time can be changed within the campaign, they
 * are never resolved before they happened, and they can be deleted (asked first, Ctrl+Z undoes).
 * Every refused date or time reads one way, as a number field's does: what was typed stays with the
 * reason under it (an out-of-campaign day snapped back without a word in the field, while a malformed
 * one stayed red), Escape brings back the stored value, and nothing is stored.
 */
const texts = {
  'zh-CN': {
    what: '发生了什么',
    date: '日期',
    time: '时间',
    resolvedDate: '解决日期',
    resolvedTime: '解决时间',
    resolved: '已解决',
    fromAlert: '来自预警',
    acknowledge: '确认',
    after: '2026-12-06 晚于活动最后一天 2026-11-11',
    outside: '支付页卡顿 · 日期：2026-12-06 晚于活动最后一天 2026-11-11',
    early: '2026-11-10 早于活动第一天 2026-11-11',
    malformed: '“2026-11-31”不是日期：请写 YYYY-MM-DD，例如 2026-11-11',
    badTime: '“24:10”不是时间（HH:mm，如 20:05）',
    beforeWhy: '2026-11-11 23:00 早于事件发生时间 2026-11-11 23:30',
    before: '支付页卡顿 · 解决时间：2026-11-11 23:00 早于事件发生时间 2026-11-11 23:30',
    notSaved: '1 处输入未保存',
    saved: '已保存',
    event: /^23:30 · 中 · 支付页卡顿 · 已解决.*2026-11-12 08:10$/,
    confirm: '删除“支付页卡顿”？可以用 Ctrl+Z 撤销。',
    charts: '图表',
  },
  'en-US': {
    what: 'What happened',
    date: 'Date',
    time: 'Time',
    resolvedDate: 'Resolved on',
    resolvedTime: 'Resolved at',
    resolved: 'Resolved',
    fromAlert: 'From an alert',
    acknowledge: 'Acknowledge',
    after: "2026-12-06 is after the campaign's last day, 2026-11-11",
    outside: "支付页卡顿 · Date: 2026-12-06 is after the campaign's last day, 2026-11-11",
    early: "2026-11-10 is before the campaign's first day, 2026-11-11",
    malformed: '“2026-11-31” is not a date: write YYYY-MM-DD, such as 2026-11-11',
    badTime: '“24:10” is not a time (HH:mm, e.g. 20:05)',
    beforeWhy: '2026-11-11 23:00 is before the incident happened, 2026-11-11 23:30',
    before: '支付页卡顿 · Resolved at: 2026-11-11 23:00 is before the incident happened, 2026-11-11 23:30',
    notSaved: /^1 unsaved$/i,
    saved: /^saved$/i,
    event: /^23:30 · Medium · 支付页卡顿 · Resolved 2026-11-12 08:10$/,
    confirm: 'Delete “支付页卡顿”? Ctrl+Z brings it back.',
    charts: 'Charts',
  },
} as const;

for (const locale of ['zh-CN', 'en-US'] as const) {
  const t = texts[locale];
  describe(`war room incidents after the campaign (${locale})`, () => {
    let app: App;
    const doc = workedPlanWithData();

    beforeAll(async () => {
      app = await openWarRoom(doc, locale, async (fresh) => {
        await installAxe(fresh.context);
        await fresh.reload();
      });
      await app.page.clock.setFixedTime(new Date('2026-12-06T14:22:00'));
    });
    afterAll(async () => {
      await app?.close();
    });

    const cards = () => app.page.getByTestId('warroom-incident');
    const handCard = () => cards().filter({ hasNot: app.page.getByText(t.fromAlert) });
    const type = async (field: ReturnType<App['page']['getByLabel']>, value: string) => {
      await field.fill(value);
      await field.press('Enter');
    };

    it('an incident logged by hand goes on the watched day (11-11), not on the computer’s date', async () => {
      const { page } = app;
      await page.getByTestId('warroom-incident-add').click();
      const card = handCard().first();
      await hasValue(card.getByLabel(t.date, { exact: true }), '2026-11-11');
      await hasValue(card.getByLabel(t.time, { exact: true }), '14:22');
      await type(card.getByLabel(t.what, { exact: true }), '支付页卡顿');
      await type(card.getByLabel(t.time, { exact: true }), '23:30');
      await hasValue(card.getByLabel(t.time, { exact: true }), '23:30');
    });

    it('every refused date or time stays as typed with its reason; Escape brings back what is stored', async () => {
      const { page } = app;
      const card = handCard().first();
      const date = card.getByLabel(t.date, { exact: true });
      const time = card.getByLabel(t.time, { exact: true });
      /** Types `text` key by key, waits past the store pause, and leaves with Enter. */
      const typeKeys = async (field: typeof date, text: string) => {
        await field.click();
        await field.press('ControlOrMeta+a');
        await field.pressSequentially(text);
        await page.waitForTimeout(700);
        await field.press('Enter');
      };
      /** The typed text stays, marked, with `why` under it; Escape puts `stored` back; nothing was stored. */
      const refused = async (field: typeof date, typed: string, why: string, stored: string) => {
        await hasValue(field, typed);
        await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
        await isVisible(card.getByText(why, { exact: true }));
        await hasText(page.getByTestId('save-status'), t.notSaved);
        await field.click();
        await field.press('Escape');
        await hasValue(field, stored);
        await isHidden(card.getByText(why, { exact: true }));
        await hasText(page.getByTestId('save-status'), t.saved);
      };
      // A day after the campaign: said in the field and, on leaving, in a notice naming the incident.
      await typeKeys(date, '2026-12-06');
      await hasValue(date, '2026-12-06');
      await isVisible(page.getByText(t.outside));
      await refused(date, '2026-12-06', t.after, '2026-11-11');
      await typeKeys(date, '2026-11-10');
      await refused(date, '2026-11-10', t.early, '2026-11-11');
      // Text that is no date, or no time, the same way.
      await typeKeys(date, '2026-11-31');
      await refused(date, '2026-11-31', t.malformed, '2026-11-11');
      await typeKeys(time, '24:10');
      await refused(time, '24:10', t.badTime, '23:30');
      // Nothing of it was stored: the incident reads as before after a reload.
      await app.reload();
      await hasValue(handCard().first().getByLabel(t.date, { exact: true }), '2026-11-11');
      await hasValue(handCard().first().getByLabel(t.time, { exact: true }), '23:30');
    });

    it('resolving it never stamps a time before it happened; the resolved time is editable', async () => {
      const { page } = app;
      const card = handCard().first();
      await card.getByTestId('warroom-incident-status').click();
      await page.getByRole('option', { name: t.resolved }).click();
      // The clock's 14:22 on 11-11 is before the incident's 23:30: resolved at 23:30.
      await hasValue(card.getByLabel(t.resolvedDate, { exact: true }), '2026-11-11');
      await hasValue(card.getByLabel(t.resolvedTime, { exact: true }), '23:30');
      const resolvedTime = card.getByLabel(t.resolvedTime, { exact: true });
      await type(resolvedTime, '23:00');
      await isVisible(page.getByText(t.before));
      // It stays as typed, with the reason, until Escape brings back 23:30.
      await hasValue(resolvedTime, '23:00');
      await isVisible(card.getByText(t.beforeWhy, { exact: true }));
      await resolvedTime.click();
      await resolvedTime.press('Escape');
      await hasValue(resolvedTime, '23:30');
      // Resolved the next morning.
      await type(card.getByLabel(t.resolvedDate, { exact: true }), '2026-11-12');
      await type(card.getByLabel(t.resolvedTime, { exact: true }), '08:10');
      await hasValue(card.getByLabel(t.resolvedTime, { exact: true }), '08:10');
      const blocking = (await runAxe(page)).filter(isBlocking);
      expect(
        blocking.map((f) => f.id),
        describeFindings(`${locale} incident log`, blocking),
      ).toEqual([]);
    });

    it('an acknowledged alert’s incident is dated on the day of its data', async () => {
      const { page } = app;
      const stock = page.getByTestId('warroom-alert').filter({ hasText: 'SKU-001' });
      await stock.getByRole('button', { name: t.acknowledge }).click();
      const opened = cards()
        .filter({ has: page.getByText(t.fromAlert) })
        .first();
      await hasValue(opened.getByLabel(t.date, { exact: true }), '2026-11-11');
      await hasValue(opened.getByLabel(t.time, { exact: true }), '14:22');
    });

    it('the review’s hours of 11-11 list the incident', async () => {
      const { page } = app;
      await app.openPlan(doc.plan.id, 'review');
      await page.getByTestId('review-tab-charts').click();
      const card = page.getByTestId('review-chart-hours');
      await card.scrollIntoViewIfNeeded();
      await isHidden(card.getByTestId('review-hours-no-events'));
      const events = card.getByTestId('review-hours-event');
      await hasText(events.filter({ hasText: '支付页卡顿' }), t.event);
      await app.openPlan(doc.plan.id, 'warroom');
      await page.getByTestId('warroom-pace').waitFor();
    });

    it('deleting an incident asks first, and Ctrl+Z brings it back as it was', async () => {
      const { page } = app;
      await hasCount(cards(), 2);
      await handCard().first().getByTestId('warroom-incident-delete').click();
      const dialog = page.getByRole('dialog');
      await isVisible(dialog.getByText(t.confirm));
      await dialog.getByTestId('confirm-button').click();
      await hasCount(cards(), 1);
      expect(await handCard().count()).toBe(0);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Control+z');
      await hasCount(cards(), 2);
      const back = handCard().first();
      await hasValue(back.getByLabel(t.what, { exact: true }), '支付页卡顿');
      await hasValue(back.getByLabel(t.resolvedTime, { exact: true }), '08:10');
    });
  });
}
