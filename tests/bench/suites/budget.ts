import type { Page } from 'playwright-core';
import { median, percentile, round, type BenchContext, type BenchRow, type BenchSuite } from '../types';
import { generateLargePlan } from '../fixtures/generatePlan';
import { recomputeAll } from '../../../shared/budget/recompute';
import { syncPromotionLines } from '../../../shared/budget/linkedLines';
import { defaultMechanic, mechanicKinds } from '../../../shared/budget/mechanics';
import type {
  BudgetLine,
  BudgetLineId,
  Mechanic,
  PlanDocument,
  Product,
  ProductId,
  Promotion,
  PromotionId,
} from '../../../shared/domain';

/**
 * Budget bench: `budget.recompute.5000` — every total, promotion cost, the forecast and SKU
 * alerts of a plan with 5,000 budget lines, 33 promotions (three of each mechanic) and 300 SKUs.
 * The plan is the shared large-plan fixture (channels, phases, categories) with lines added
 * deterministically here, since the fixture makes one line per 20 tasks.
 */

function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickIndex(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

function mechanicFor(kind: Mechanic['kind'], random: () => number): Mechanic {
  const m = defaultMechanic(kind);
  const n = 100 + Math.floor(random() * 5_000);
  switch (m.kind) {
    case 'thresholdReduction':
      return { ...m, stacking: random() < 0.5, qualifyingOrders: random() < 0.5 ? 0 : n };
    case 'discount':
      return { ...m, payRate: 0.75 + Math.floor(random() * 20) / 100 };
    case 'flashSale':
      return { ...m, regularPriceMinor: 29_900, flashPriceMinor: 19_900, quantity: n, sellThrough: 0.85 };
    case 'coupon':
      return { ...m, issued: n * 10, redemptionRate: 0.35 };
    case 'depositBoost':
      return { ...m, expectedDeposits: n };
    case 'bundle':
      return { ...m, componentsRegularMinor: 59_900, bundlePriceMinor: 49_900, expectedBundles: n };
    case 'gift':
      return { ...m, giftUnitCostMinor: 1_250, quantity: n };
    case 'groupBuy':
      return { ...m, regularPriceMinor: 9_900, groupPriceMinor: 6_900, groupSize: 3, expectedGroups: n };
    case 'prizePool':
      return { ...m, poolMinor: 5_000_000, payoutRate: 0.7 };
    case 'memberOnly':
      return { ...m, regularPriceMinor: 25_900, memberPriceMinor: 22_900, expectedUnits: n };
    case 'crossStore':
      return { ...m, qualifyingOrders: random() < 0.5 ? 0 : n };
  }
}

/** A 双11 plan with exactly `lineCount` budget lines, promotions of every mechanic and SKUs. */
export function generateBudgetPlan(lineCount: number, seed = 7): PlanDocument {
  const base = generateLargePlan({ tasks: 200, links: 100, seed });
  const random = makeRandom(seed * 31 + 1);
  const { plan, phases, channels, budgetCategories } = base;
  const products: Product[] = Array.from({ length: 300 }, (_, i) => {
    const regular = (50 + Math.floor(random() * 500)) * 100;
    return {
      id: `product-${i}` as ProductId,
      planId: plan.id,
      sku: `SKU-${String(i).padStart(4, '0')}`,
      name: `商品 ${i}`,
      category: ['美妆', '个护', '食品', '家居'][i % 4] ?? '',
      stock: 500 + Math.floor(random() * 5_000),
      safetyStock: 100,
      regularPriceMinor: regular,
      promoPriceMinor: Math.round(regular * 0.85),
      costPriceMinor: Math.round(regular * (0.35 + random() * 0.4)),
      role: (['traffic', 'profit', 'clearance', 'image'] as const)[i % 4] ?? 'profit',
      expectedSales: Math.floor(random() * 4_000),
      notes: '',
      order: i,
    };
  });
  const promotions: Promotion[] = [];
  for (let round = 0; round < 3; round++) {
    for (const kind of mechanicKinds) {
      const i = promotions.length;
      promotions.push({
        id: `promotion-${i}` as PromotionId,
        planId: plan.id,
        name: `${kind} ${round + 1}`,
        mechanic: mechanicFor(kind, random),
        productIds: round === 0 ? [] : [products[pickIndex(random, products.length)]?.id as ProductId],
        phaseId: phases[pickIndex(random, phases.length)]?.id ?? null,
        startDate: null,
        endDate: null,
        notes: '',
        order: i,
      });
    }
  }
  const budgetLines: BudgetLine[] = [];
  for (let i = 0; i < lineCount - promotions.length; i++) {
    const category = budgetCategories[pickIndex(random, budgetCategories.length)];
    const phase = phases[pickIndex(random, phases.length)];
    const hasUnit = random() < 0.3;
    const unit = (1 + Math.floor(random() * 500)) * 100;
    const quantity = 1 + Math.floor(random() * 200);
    const planned = hasUnit ? unit * quantity : (5 + Math.floor(random() * 3_000)) * 1_000;
    const hasActual = random() < 0.5;
    budgetLines.push({
      id: `line-${i}` as BudgetLineId,
      planId: plan.id,
      categoryId: category?.id ?? null,
      channelId: random() < 0.5 ? (channels[pickIndex(random, channels.length)]?.id ?? null) : null,
      phaseId: random() < 0.7 ? (phase?.id ?? null) : null,
      item: `费用项 ${i}`,
      unitPriceMinor: hasUnit ? unit : null,
      quantity: hasUnit ? quantity : null,
      plannedMinor: planned,
      committedMinor: hasActual ? planned : 0,
      actualMinor: hasActual ? Math.round(planned * (0.8 + random() * 0.45)) : null,
      vendor: '',
      paymentDate: null,
      notes: '',
      promotionId: null,
      isOverridden: false,
      order: i,
    });
  }
  return syncPromotionLines({
    ...base,
    plan: { ...plan, budgetCapMinor: 2_000_000_000, contingency: { kind: 'percent', rate: 0.05 } },
    budgetLines,
    promotions,
    products,
  });
}

function timeMedian(run: () => void, runs = 21, warmUps = 5): number {
  for (let i = 0; i < warmUps; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return round(median(times), 2);
}

/** Opens the budget tab of a seeded plan; returns the ms from the tab switch to the table on screen. */
async function openBudget(ctx: BenchContext, doc: PlanDocument): Promise<{ page: Page; openMs: number }> {
  const page = await ctx.newPage();
  await page.goto(ctx.baseUrl);
  await page.waitForSelector('text=/方案库|Plans/', { timeout: 60_000 });
  await ctx.seedDocument(page, doc);
  await page.goto(`${ctx.baseUrl}#/plans/${doc.plan.id}/overview`);
  await page.waitForSelector('[data-testid="plan-title"]', { timeout: 60_000 });
  const openMs = await page.evaluate(async (id) => {
    const t0 = performance.now();
    location.hash = `#/plans/${id}/budget`;
    await new Promise<void>((resolve) => {
      const check = () =>
        document.querySelector('[data-testid="budget-line-row"]') ? resolve() : requestAnimationFrame(check);
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - t0;
  }, doc.plan.id);
  return { page, openMs };
}

/**
 * Main-thread work per scroll frame of the virtualised table: the scroll handler with the
 * virtualiser's synchronous re-render of the rows in view, plus forced style and layout.
 */
async function scrollFrames(page: Page): Promise<{ times: number[]; maxRows: number }> {
  return page.evaluate(async () => {
    const el = document.querySelector('[data-testid="budget-table"]') as HTMLDivElement;
    const times: number[] = [];
    let maxRows = 0;
    for (let i = 0; i < 150; i++) {
      const t0 = performance.now();
      el.scrollTop += i < 100 ? 120 : 2_400;
      el.dispatchEvent(new Event('scroll'));
      void el.getBoundingClientRect();
      void document.body.offsetHeight;
      times.push(performance.now() - t0);
      maxRows = Math.max(maxRows, el.querySelectorAll('[role="row"]').length);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return { times, maxRows };
  });
}

const suite: BenchSuite = async (ctx) => {
  const doc = generateBudgetPlan(5_000);
  if (doc.budgetLines.length !== 5_000)
    throw new Error(`expected 5,000 lines, got ${doc.budgetLines.length}`);
  const channelId = doc.channels[0]?.id;
  const rows: BenchRow[] = [
    { name: 'budget.recompute.5000', value: timeMedian(() => recomputeAll(doc)), unit: 'ms', budget: 50 },
  ];
  if (channelId) {
    rows.push({
      name: 'budget.recompute.whatIf.5000',
      value: timeMedian(() => recomputeAll(doc, [{ channelId, spendMinor: 50_000_000, cvr: 0.03 }])),
      unit: 'ms',
      budget: 50,
    });
  }
  const { page, openMs } = await openBudget(ctx, doc);
  const { times, maxRows } = await scrollFrames(page);
  rows.push(
    { name: 'budget.table.open.5000', value: round(openMs), unit: 'ms', budget: null },
    // Virtualised: the rows in the DOM stay a screenful however long the budget is.
    { name: 'budget.table.domRows.5000', value: maxRows, unit: 'nodes', budget: 60 },
    { name: 'budget.table.scrollFrame.median.5000', value: round(median(times)), unit: 'ms', budget: 16 },
    {
      name: 'budget.table.scrollFrame.p95.5000',
      value: round(percentile(times, 95)),
      unit: 'ms',
      budget: 50,
    },
  );
  return rows;
};

export default suite;
