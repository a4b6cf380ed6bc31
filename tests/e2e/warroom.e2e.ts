import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedPlanWithData } from '../shared/warroom/worked';
import { hasCount, hasText, isHidden, isVisible } from './assertions';
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
    // The paste opens the same mapping screen as a file: what will be replaced, before it is.
    const dialog = page.getByTestId('warroom-import');
    await hasText(dialog.getByTestId('warroom-import-preview'), /^将新增 0 个小时记录，更新 1 个/);
    await hasText(
      dialog.getByTestId('warroom-import-changes'),
      /2026-11-11 03:00 全店 支付金额：¥45,000\.00 → ¥50,000\.00/,
    );
    await dialog.getByTestId('warroom-import-confirm').click();
    await isHidden(dialog);
    await hasText(page.getByTestId('warroom-report').first(), '新增 0 小时，更新 1 小时');
    await hasText(
      page.getByTestId('warroom-report').nth(1),
      '2026-11-11 03:00 全店 支付金额：¥45,000.00 → ¥50,000.00',
    );
    // ¥270,000 − ¥45,000 + ¥50,000 = ¥275,000; 275,000 ÷ 350,000 = 78.6 %.
    await hasText(page.getByTestId('warroom-pace'), '78.6%');
  });

  it('acknowledging the stock alert logs an incident and marks it acknowledged', async () => {
    const { page } = app;
    const stock = page.getByTestId('warroom-alert').filter({ hasText: 'SKU-001' });
    await stock.getByRole('button').click();
    await isVisible(stock.getByText('已确认'));
  });

  it('draws the day’s charts, the day strip and the SKU cover with the fired alert marked', async () => {
    const { page } = app;
    await isVisible(page.getByTestId('review-chart-warroom-hourly').locator('canvas'));
    await isVisible(page.getByTestId('review-chart-warroom-cumulative').locator('canvas'));
    // One campaign day, today: ¥275,000 against the ¥350,000 of its elapsed hours = 78.6 %.
    await hasCount(page.getByTestId('warroom-day'), 1);
    await hasText(page.getByTestId('warroom-day'), /¥275,000\.00\s+78\.6%/);
    // SKU-001: 200 in stock ÷ 40 an hour = 5 hours, under the rule's 6 → marked.
    const sku = page.getByTestId('warroom-skus').getByRole('row').filter({ hasText: 'SKU-001' });
    await hasText(sku, /\b5 小时/);
    await hasText(page.getByTestId('warroom-channels'), /直通车/);
  });

  it('the wall display shows the headline figures at 48 px or more, and Escape leaves it', async () => {
    const { page } = app;
    await page.getByTestId('warroom-wall').click();
    const wall = page.getByTestId('wall-display');
    await isVisible(wall);
    await hasText(wall, /78\.6%/);
    const sizes = await wall
      .getByTestId('wall-headline')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(sizes).toHaveLength(3);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(48);
    // The stock alert was acknowledged: it is not among the open ones on the wall.
    await expect.poll(() => wall.getByTestId('wall-alert').count()).toBeGreaterThan(0);
    expect(await wall.getByTestId('wall-alert').filter({ hasText: 'SKU-001' }).count()).toBe(0);
    // The critical one (达人直播's spend ahead of pace) is shown first on the wall.
    await hasText(wall.getByTestId('wall-alert').first(), /达人直播/);
    await app.screenshot('warroom-wall-zh');
    await page.keyboard.press('Escape');
    await isHidden(wall);
  });

  it('English', async () => {
    await app.page.evaluate(() => localStorage.setItem('campaign-desk.locale', 'en-US'));
    await app.reload();
    await app.page.getByTestId('warroom-pace').waitFor();
    await app.screenshot('warroom-en');
    await app.page.getByTestId('warroom-wall').click();
    await hasText(app.page.getByTestId('wall-display'), /Projected landing/);
    await app.screenshot('warroom-wall-en');
    await app.page.keyboard.press('Escape');
    app.assertNoExternalRequests();
  });
});
