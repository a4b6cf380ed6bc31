import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedPlanWithData } from '../shared/warroom/worked';
import { hasText, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * The war room on docs/warroom.md's worked example: pace 77.1 % at 04:00, a pasted correction of
 * hour 03:00 replaces (not adds) and says old → new, a stock alert acknowledged into an incident.
 */
describe('war room', () => {
  let app: App;
  const doc = workedPlanWithData();

  beforeAll(async () => {
    app = await launchApp({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    await app.seedDocument(doc);
    await app.openPlan(doc.plan.id, 'warroom');
    await app.page.getByTestId('warroom-pace').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the hand-worked pace and alerts', async () => {
    await hasText(app.page.getByTestId('warroom-pace'), '77.1%');
    await hasText(app.page.getByTestId('warroom-at'), '截至 2026-11-11 04:00');
    await expect.poll(() => app.page.getByTestId('warroom-alert').count()).toBe(6);
    await app.screenshot('warroom-zh');
  });

  it('a pasted correction of 03:00 replaces the hour and says old → new', async () => {
    const { page } = app;
    await page.getByTestId('warroom-paste').fill('03:00-04:00\t¥50,000');
    await page.getByRole('button', { name: '写入' }).first().click();
    await hasText(page.getByTestId('warroom-report').first(), '新增 0 小时，更新 1 小时');
    await hasText(page.getByTestId('warroom-report').nth(1), '2026-11-11 03:00：¥45,000.00 → ¥50,000.00');
    // ¥270,000 − ¥45,000 + ¥50,000 = ¥275,000; 275,000 ÷ 350,000 = 78.6 %.
    await hasText(page.getByTestId('warroom-pace'), '78.6%');
  });

  it('acknowledging the stock alert logs an incident and marks it acknowledged', async () => {
    const { page } = app;
    const stock = page.getByTestId('warroom-alert').filter({ hasText: 'SKU-001' });
    await stock.getByRole('button').click();
    await isVisible(stock.getByText('已确认'));
  });

  it('English', async () => {
    await app.page.evaluate(() => localStorage.setItem('campaign-desk.locale', 'en-US'));
    await app.reload();
    await app.page.getByTestId('warroom-pace').waitFor();
    await app.screenshot('warroom-en');
    app.assertNoExternalRequests();
  });
});
