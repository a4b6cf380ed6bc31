import {
  actualDaySchema,
  budgetCategorySchema,
  budgetLineSchema,
  emptyDocument,
  goalSchema,
  planSchema,
  type ActualDay,
  type PlanDocument,
} from '../../../shared/domain';

/** A small 双11 plan with known numbers, for review tests. Money in 分. */
export function reviewFixture(): PlanDocument {
  const plan = planSchema.parse({
    id: 'plan-11',
    name: '2026 双11 大促',
    type: 'double11',
    startDate: '2026-11-01',
    endDate: '2026-11-03',
    peakDate: '2026-11-03',
    createdAt: '2026-09-01T00:00:00.000Z',
    updatedAt: '2026-09-01T00:00:00.000Z',
  });
  const doc = emptyDocument(plan);
  doc.budgetCategories = [
    budgetCategorySchema.parse({ id: 'cat-ads', planId: plan.id, key: 'advertising' }),
    budgetCategorySchema.parse({ id: 'cat-kol', planId: plan.id, key: 'kol' }),
    budgetCategorySchema.parse({ id: 'cat-disc', planId: plan.id, key: 'discount' }),
    budgetCategorySchema.parse({ id: 'cat-mat', planId: plan.id, key: 'material' }),
  ];
  doc.budgetLines = [
    budgetLineSchema.parse({
      id: 'l1',
      planId: plan.id,
      categoryId: 'cat-ads',
      channelId: 'ch-search',
      plannedMinor: 3_000_000,
      actualMinor: 2_500_000,
    }),
    budgetLineSchema.parse({
      id: 'l2',
      planId: plan.id,
      categoryId: 'cat-kol',
      channelId: 'ch-live',
      plannedMinor: 2_000_000,
      actualMinor: 1_500_000,
    }),
    budgetLineSchema.parse({
      id: 'l3',
      planId: plan.id,
      categoryId: 'cat-disc',
      plannedMinor: 1_500_000,
      actualMinor: 1_200_000,
    }),
    budgetLineSchema.parse({
      id: 'l4',
      planId: plan.id,
      categoryId: 'cat-mat',
      plannedMinor: 500_000,
      actualMinor: null,
    }),
  ];
  doc.goals = [
    goalSchema.parse({
      id: 'g-gmv',
      planId: plan.id,
      title: 'GMV',
      metric: 'gmv',
      unit: 'money',
      target: 30_000_000,
      baseline: 20_000_000,
      weight: 0.5,
      order: 0,
    }),
    goalSchema.parse({
      id: 'g-cvr',
      planId: plan.id,
      title: '转化率',
      metric: 'conversion',
      unit: 'rate',
      target: 0.035,
      weight: 0.3,
      order: 1,
    }),
    goalSchema.parse({
      id: 'g-roas',
      planId: plan.id,
      title: '投产比',
      metric: 'roas',
      unit: 'ratio',
      target: 8,
      weight: 0.2,
      order: 2,
    }),
  ];
  // Three days; 11-02 has only channel rows, 11-03 a shop row and channel rows.
  doc.actuals = [
    day({
      date: '2026-11-01',
      uv: 100_000,
      pv: 300_000,
      buyers: 3_000,
      orders: 3_300,
      gmvMinor: 6_000_000,
      couponsClaimed: 5_000,
      couponsRedeemed: 2_000,
    }),
    day({
      date: '2026-11-02',
      channelId: 'ch-search',
      uv: 60_000,
      buyers: 1_500,
      orders: 1_600,
      gmvMinor: 4_000_000,
    }),
    day({
      date: '2026-11-02',
      channelId: 'ch-live',
      uv: 40_000,
      buyers: 1_500,
      orders: 1_500,
      gmvMinor: 5_000_000,
    }),
    day({
      date: '2026-11-03',
      uv: 200_000,
      buyers: 7_000,
      orders: 7_600,
      gmvMinor: 15_000_000,
      refundsMinor: 1_000_000,
      couponsClaimed: 5_000,
      couponsRedeemed: 3_000,
    }),
    day({ date: '2026-11-03', channelId: 'ch-search', uv: 120_000, buyers: 4_000, gmvMinor: 9_000_000 }),
    day({
      date: '2026-10-01',
      period: 'baseline',
      uv: 150_000,
      buyers: 4_500,
      orders: 5_000,
      gmvMinor: 18_000_000,
    }),
  ];
  return doc;
}

let n = 0;
export function day(fields: Partial<Record<keyof ActualDay, unknown>>): ActualDay {
  n += 1;
  return actualDaySchema.parse({ id: `a${n}`, planId: 'plan-11', ...fields });
}
