import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncPromotionLines } from '../../shared/budget/linkedLines';
import {
  emptyDocument,
  type BudgetCategoryId,
  type BudgetLineId,
  type ChannelId,
  type PlanDocument,
  type PlanId,
  type PromotionId,
} from '../../shared/domain';
import { createPlanFromTemplate } from '../../shared/planning/createPlan';
import { hasCount, hasText, hasValue, isHidden, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 4's end-to-end example, computed by hand:
 *
 *   channel 天猫: 200,000 UV × 2 % × ¥250 AOV = 4,000 orders, GMV ¥1,000,000; one ad line ¥100,000
 *   coupon 满199减20: 10,000 issued × 40 % redemption × ¥20 = ¥80,000 (the linked 优惠让利 line)
 *   total cost = ¥100,000 + ¥80,000 = ¥180,000; plan margin 40 %
 *   投产比 = GMV ÷ channel spend = 1,000,000 ÷ 100,000 = 10
 *   profit ROI (docs/figures.md): COGS at a 40 % margin on regular price = (1,000,000 + 80,000 让利)
 *   × 60 % = 648,000; gross profit = 1,000,000 − 648,000 − (180,000 − 80,000) = 252,000;
 *   ROI = 252,000 ÷ 180,000 = 140 %
 *
 * Redemption 40 % → 50 %: coupon 10,000 × 50 % × ¥20 = ¥100,000; total cost ¥200,000;
 *   投产比 still 10; COGS = 1,100,000 × 60 % = 660,000; gross profit = 1,000,000 − 660,000 −
 *   100,000 = 240,000; ROI = 240,000 ÷ 200,000 = 120 %.
 */
const planId = 'plan-e2e-budget' as PlanId;
const now = '2026-07-01T08:00:00.000Z';

function seedPlan(): PlanDocument {
  const doc = emptyDocument({
    id: planId,
    name: '2026 双11 预算演示',
    theme: '',
    type: 'double11',
    platforms: ['tmall'],
    currency: 'CNY',
    startDate: '2026-10-20',
    endDate: '2026-11-13',
    peakDate: '2026-11-11',
    keyMoments: [],
    status: 'draft',
    audience: { description: '', ageRange: '', gender: '', regions: '', habits: '' },
    notes: '',
    budgetCapMinor: 30_000_000,
    contingency: { kind: 'percent', rate: 0.05 },
    expectedMarginRate: 0.4,
    blackoutDays: [],
    templateId: null,
    sourcePlanId: null,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    deletedAt: null,
  });
  return syncPromotionLines({
    ...doc,
    channels: [
      {
        id: 'ch-tmall' as ChannelId,
        planId,
        name: '天猫站内',
        kind: 'platformAds',
        expectedUv: 200_000,
        ctr: null,
        cvr: 0.02,
        aovMinor: 25_000,
        plannedSpendMinor: null,
        notes: '',
        order: 0,
      },
    ],
    budgetCategories: [{ id: 'cat-ads' as BudgetCategoryId, planId, key: 'advertising', name: '', order: 0 }],
    budgetLines: [
      {
        id: 'line-ads' as BudgetLineId,
        planId,
        categoryId: 'cat-ads' as BudgetCategoryId,
        channelId: 'ch-tmall' as ChannelId,
        phaseId: null,
        item: '万相台',
        unitPriceMinor: null,
        quantity: null,
        plannedMinor: 10_000_000,
        committedMinor: 0,
        actualMinor: null,
        vendor: '',
        paymentDate: '2026-10-25',
        notes: '',
        promotionId: null,
        isOverridden: false,
        order: 0,
      },
    ],
    promotions: [
      {
        id: 'promo-coupon' as PromotionId,
        planId,
        name: '满199减20 店铺券',
        mechanic: {
          kind: 'coupon',
          faceValueMinor: 2_000,
          thresholdMinor: 19_900,
          issued: 10_000,
          redemptionRate: 0.4,
        },
        productIds: [],
        phaseId: null,
        startDate: null,
        endDate: null,
        notes: '',
        order: 0,
      },
    ],
  });
}

describe('budget: a coupon’s redemption moves its budget line and the ROI', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'zh-CN' });
    await app.seedDocument(seedPlan());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the forecast computed by hand before the change', async () => {
    await app.openPlan(planId, 'forecast');
    await hasText(app.page.getByTestId('forecast-gmv'), '¥1,000,000.00');
    await hasText(app.page.getByTestId('forecast-roas'), '10.00 (1:10.00)');
    await hasText(app.page.getByTestId('forecast-total-cost'), '¥180,000.00');
    await hasText(app.page.getByTestId('forecast-profit-roi'), '140%');
    // The what-if's untouched conversion shows the plan's rate as a percentage, not a bare "2".
    expect(await app.page.getByLabel('转化率 天猫站内').getAttribute('placeholder')).toBe('2%');
  });

  it('changes redemption 40 % → 50 % and the linked line follows: ¥80,000 → ¥100,000', async () => {
    const { page } = app;
    await app.openPlan(planId, 'promotions');
    await hasText(page.getByTestId('linked-line-planned'), '¥80,000.00');
    const redemption = page.getByLabel('核销率');
    await hasValue(redemption, '40%');
    await redemption.fill('50');
    await redemption.press('Enter');
    await hasText(page.getByTestId('promotion-cost'), '¥100,000.00');
    await hasText(page.getByTestId('linked-line-planned'), '¥100,000.00');
    await app.screenshot('promotions-zh');
  });

  it('shows the new line in the budget and the new ROI in the forecast', async () => {
    const { page } = app;
    await app.openPlan(planId, 'budget');
    await hasText(page.getByTestId('budget-total-planned'), '¥200,000.00');
    const linked = page.locator('[data-testid="budget-line-row"]', {
      has: page.locator('input[value="满199减20 店铺券"]'),
    });
    await hasValue(linked.getByTestId('budget-line-planned'), '100,000.00');
    await app.screenshot('budget-zh');

    await app.openPlan(planId, 'forecast');
    await hasText(page.getByTestId('forecast-roas'), '10.00 (1:10.00)');
    await hasText(page.getByTestId('forecast-total-cost'), '¥200,000.00');
    await hasText(page.getByTestId('forecast-profit-roi'), '120%');
    await app.screenshot('forecast-zh');
  });

  it('undo brings the ¥80,000 line and the 140 % ROI back', async () => {
    const { page } = app;
    await page.keyboard.press('Control+z');
    await hasText(page.getByTestId('forecast-total-cost'), '¥180,000.00');
    await hasText(page.getByTestId('forecast-profit-roi'), '140%');
  });

  it('says a discount both ways (8折 · pay 80% · 20% off), stores a typed 7折 as it is typed and takes 6折 back with Escape', async () => {
    const { page } = app;
    await app.openPlan(planId, 'promotions');
    await page.getByRole('button', { name: '添加促销' }).click();
    await page.getByRole('menuitem', { name: '折扣' }).click();
    await hasText(page.getByTestId('discount-said'), '8折 · 付 80% · 减 20%');
    await isVisible(page.getByText('公式：覆盖原价 GMV', { exact: false }));
    // The X折 field keeps what is typed like every field: stored while typed (it kept only what
    // was left on blur, and a reload lost it), and Escape takes it back (it stored it on blur).
    const zhe = page.getByRole('textbox', { name: '折扣（X折）' }).last();
    await zhe.fill('7折');
    // Stored with the field still focused: the sentence under it follows.
    await hasText(page.getByTestId('discount-said'), '7折 · 付 70% · 减 30%');
    expect(await zhe.evaluate((el) => el === document.activeElement)).toBe(true);
    await zhe.press('Tab');
    await zhe.fill('6折');
    await zhe.press('Escape');
    await hasValue(zhe, '7折');
    await hasText(page.getByTestId('discount-said'), '7折 · 付 70% · 减 30%');
    await page.getByText('English', { exact: true }).click();
    await hasText(page.getByTestId('discount-said'), '7折 · pay 70% · 30% off');
    await isVisible(page.getByText('Estimated cost'));
    await isVisible(page.getByText('Formula: covered regular-price GMV', { exact: false }));
    // A flash-sale slot's delete button says what it deletes.
    await page.getByRole('button', { name: 'Add promotion' }).click();
    await page.getByRole('menuitem', { name: 'Flash sale' }).click();
    await page.getByRole('button', { name: 'Add slot' }).click();
    // The slot reads YYYY-MM-DD and 24-hour HH:mm whatever the browser's language; a time that
    // is not one is refused, marked, and not stored.
    await hasValue(page.getByLabel('Date', { exact: true }).last(), /^\d{4}-\d{2}-\d{2}$/);
    const from = page.getByLabel('From', { exact: true }).last();
    await hasValue(from, /^\d{2}:\d{2}$/);
    const stored = await from.inputValue();
    await from.fill('8pm');
    await from.press('Enter');
    await isVisible(page.locator('input[aria-invalid="true"]'));
    await from.press('Escape');
    await hasValue(from, stored);
    await from.fill('20:00');
    await from.press('Enter');
    await hasValue(from, '20:00');
    await page.getByRole('button', { name: 'Remove slot' }).click();
    await hasCount(page.getByRole('button', { name: 'Remove slot' }), 0);
    // 满减 ¥300 off ¥50 with 0 orders: the forecast's ¥250 average order is below ¥300, but order
    // values spread around it (log-normal, σ 0.5, docs/figures-goals.md §3): z = (ln 1.2 + 0.125) ÷ 0.5
    // = 0.614643, share = 1 − Φ(z) = 0.269395, 4,000 × 0.269395 = 1,077.58 → 1,078 orders × ¥50 =
    // ¥53,900 — not the all-or-nothing ¥0 — and the editor says where the share came from.
    await page.getByRole('button', { name: 'Add promotion' }).click();
    await page.getByRole('menuitem', { name: 'Spend & save', exact: true }).click();
    await hasText(page.getByTestId('promotion-cost'), '¥53,900.00');
    await hasText(page.getByTestId('promotion-share-source'), /26\.9% of orders qualify/);
    app.assertNoExternalRequests();
  });
});

describe('budget: a plan from a template starts from its own categories', () => {
  let app: App;
  const doc = createPlanFromTemplate({
    templateId: 'double11',
    peakDate: '2026-11-11',
    locale: 'zh-CN',
    now: new Date('2026-09-01T09:00:00Z'),
  });
  beforeAll(async () => {
    app = await launchApp({ locale: 'zh-CN' });
    await app.seedDocument(doc);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('offers the template’s categories in the empty budget, and one click adds a line there', async () => {
    const { page } = app;
    await app.openPlan(doc.plan.id, 'budget');
    const start = page.getByTestId('budget-start-categories');
    await isVisible(start);
    await hasText(page.getByTestId('budget-warnings-none'), '还没有设预算上限；没有单项超支 10% 以上。');
    await hasCount(start.getByRole('button'), doc.budgetCategories.length);
    // Nothing planned: each chart says where its figures come from, not an empty ring or ¥0 axes.
    await hasCount(page.getByTestId('chart-empty'), 4);
    await hasText(page.getByTestId('chart-empty').first(), /^还没有预算金额：/);
    await start.getByRole('button', { name: '达人/KOL' }).click();
    await hasCount(page.getByTestId('budget-line-row'), 1);
    await hasText(page.getByTestId('budget-group-row'), /^达人\/KOL · 小计 · 1/);
    // Stored, not only shown: it is still there after a reload.
    await app.reload();
    await hasCount(page.getByTestId('budget-line-row'), 1);
  });

  it('fits 实际 and 差异 in a 1280 px window; more columns on demand, the item column frozen', async () => {
    const { page } = app;
    const table = page.getByTestId('budget-table');
    const fits = () => table.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(await fits()).toBe(true);
    const header = (name: string) => table.getByRole('columnheader', { name, exact: true });
    await isVisible(header('实际金额 (¥)'));
    await isVisible(header('差异 (¥)'));
    await page.getByTestId('budget-columns').click();
    await page.getByRole('checkbox', { name: '单价' }).check();
    await page.getByRole('checkbox', { name: '数量' }).check();
    await page.keyboard.press('Escape');
    await isVisible(header('单价 (¥)'));
    expect(await fits()).toBe(false);
    // Scrolled sideways, the item column stays where it was.
    const item = header('明细/项目');
    const before = (await item.boundingBox())!.x;
    await table.evaluate((el) => el.scrollBy(200, 0));
    expect((await item.boundingBox())!.x).toBe(before);
    await table.evaluate((el) => el.scrollTo(0, 0));
  });

  it('prices a line as unit price × quantity, the quantity grouped like the money: 2.5 × 40,000 = 100,000', async () => {
    const { page } = app;
    const row = page.getByTestId('budget-line-row').first();
    await row.getByRole('button', { name: /^单价/ }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2.5');
    await page.keyboard.press('Enter');
    await row.getByRole('button', { name: /^数量/ }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('40000');
    await page.keyboard.press('Enter');
    await hasValue(row.getByTestId('budget-line-planned'), '100,000.00');
    await isVisible(row.getByRole('button', { name: '数量: 40,000' }));
  });

  it('refuses a quantity of -3 saying why on the cell, keeps 40,000 stored, and the header says so', async () => {
    const { page } = app;
    const row = page.getByTestId('budget-line-row').first();
    await row.getByRole('button', { name: /^数量/ }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('-3');
    // While the cell has focus, why it refuses is written under it, not only in a hover tooltip.
    await hasText(page.locator('.bc-reason'), '“-3”不是数量：应为不小于 0 的数，如 4000 或 2.5');
    await page.keyboard.press('Enter');
    await isHidden(page.locator('.bc-reason'));
    const cell = row.getByRole('textbox', { name: '数量' });
    await expect.poll(() => cell.getAttribute('aria-invalid')).toBe('true');
    expect(await cell.getAttribute('title')).toBe('“-3”不是数量：应为不小于 0 的数，如 4000 或 2.5');
    await hasText(page.getByTestId('save-status'), '1 处输入未保存');
    await hasValue(row.getByTestId('budget-line-planned'), '100,000.00');
    await cell.press('Escape');
    await hasText(page.getByTestId('save-status'), '已保存');
    await isVisible(row.getByRole('button', { name: '数量: 40,000' }));
  });
});
