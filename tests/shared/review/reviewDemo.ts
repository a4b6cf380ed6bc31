import {
  actualDaySchema,
  budgetCategorySchema,
  budgetLineSchema,
  channelSchema,
  emptyDocument,
  goalSchema,
  indicatorSchema,
  lessonSchema,
  phaseSchema,
  planSchema,
  reviewSchema,
  taskSchema,
  type ActualDay,
  type PlanDocument,
} from '../../../shared/domain';
import { addDays } from '../../../shared/domain/dates';

/**
 * A finished 10-day 双11 campaign with last year's 10 days as the baseline, for the review screen's
 * end-to-end test and screenshots. Money in 分. The whole-shop GMV is ¥200,000 a day on days 1–9
 * and nothing yet on day 10 (the test types it); the GMV target is ¥2,400,000.
 */
export const DEMO_GMV_TARGET_MINOR = 240_000_000;
export const DEMO_DAILY_GMV_MINOR = 20_000_000;

export function reviewDemoDocument(opts: { id?: string; name?: string } = {}): PlanDocument {
  const id = opts.id ?? 'review-demo-2026';
  const start = '2026-11-01';
  const plan = planSchema.parse({
    id,
    name: opts.name ?? '2026 双11 大促',
    type: 'double11',
    platforms: ['tmall'],
    startDate: start,
    endDate: addDays(start, 9),
    peakDate: addDays(start, 9),
    keyMoments: [{ id: 'k-peak', kind: 'peak', label: '双11 零点', date: addDays(start, 9), time: '00:00' }],
    createdAt: '2026-09-01T00:00:00.000Z',
    updatedAt: '2026-09-01T00:00:00.000Z',
  });
  const doc = emptyDocument(plan);
  const p = plan.id;
  doc.phases = [
    phaseSchema.parse({
      id: `${id}-ph1`,
      planId: p,
      name: '预热期',
      kind: 'warmup',
      startDate: start,
      endDate: addDays(start, 3),
      color: '#74c0fc',
      order: 0,
    }),
    phaseSchema.parse({
      id: `${id}-ph2`,
      planId: p,
      name: '开门红',
      kind: 'openingWave',
      startDate: addDays(start, 4),
      endDate: addDays(start, 6),
      color: '#ffa94d',
      order: 1,
    }),
    phaseSchema.parse({
      id: `${id}-ph3`,
      planId: p,
      name: '爆发期',
      kind: 'burst',
      startDate: addDays(start, 7),
      endDate: addDays(start, 9),
      color: '#ff6b6b',
      order: 2,
    }),
  ];
  doc.tasks = [
    taskSchema.parse({
      id: `${id}-t1`,
      planId: p,
      title: '开门红 20:00',
      startDate: addDays(start, 4),
      endDate: addDays(start, 4),
      isMilestone: true,
      milestoneTime: '20:00',
    }),
  ];
  doc.channels = [
    channelSchema.parse({ id: `${id}-ch1`, planId: p, name: '直通车', kind: 'searchAds', order: 0 }),
    channelSchema.parse({ id: `${id}-ch2`, planId: p, name: '直播间', kind: 'liveStreaming', order: 1 }),
    channelSchema.parse({ id: `${id}-ch3`, planId: p, name: '私域社群', kind: 'privateDomain', order: 2 }),
  ];
  doc.budgetCategories = [
    budgetCategorySchema.parse({ id: `${id}-c1`, planId: p, key: 'advertising', order: 0 }),
    budgetCategorySchema.parse({ id: `${id}-c2`, planId: p, key: 'kol', order: 1 }),
    budgetCategorySchema.parse({ id: `${id}-c3`, planId: p, key: 'discount', order: 2 }),
    budgetCategorySchema.parse({ id: `${id}-c4`, planId: p, key: 'material', order: 3 }),
  ];
  doc.budgetLines = [
    budgetLineSchema.parse({
      id: `${id}-b1`,
      planId: p,
      categoryId: `${id}-c1`,
      channelId: `${id}-ch1`,
      item: '直通车关键词',
      plannedMinor: 15_000_000,
      actualMinor: 16_200_000,
    }),
    budgetLineSchema.parse({
      id: `${id}-b2`,
      planId: p,
      categoryId: `${id}-c2`,
      channelId: `${id}-ch2`,
      item: '达人直播坑位费',
      plannedMinor: 12_000_000,
      actualMinor: 11_000_000,
    }),
    budgetLineSchema.parse({
      id: `${id}-b3`,
      planId: p,
      categoryId: `${id}-c3`,
      item: '满300减50',
      plannedMinor: 10_000_000,
      actualMinor: 9_300_000,
    }),
    budgetLineSchema.parse({
      id: `${id}-b4`,
      planId: p,
      categoryId: `${id}-c4`,
      item: '主视觉 KV',
      plannedMinor: 3_000_000,
      actualMinor: 2_800_000,
    }),
  ];
  doc.goals = [
    goalSchema.parse({
      id: `${id}-g1`,
      planId: p,
      title: 'GMV',
      metric: 'gmv',
      unit: 'money',
      target: DEMO_GMV_TARGET_MINOR,
      baseline: 180_000_000,
      weight: 0.5,
      order: 0,
    }),
    goalSchema.parse({
      id: `${id}-g2`,
      planId: p,
      title: '支付转化率',
      metric: 'conversion',
      unit: 'rate',
      target: 0.035,
      weight: 0.2,
      order: 1,
    }),
    goalSchema.parse({
      id: `${id}-g3`,
      planId: p,
      title: '投产比',
      metric: 'roas',
      unit: 'ratio',
      target: 8,
      weight: 0.2,
      order: 2,
    }),
    goalSchema.parse({
      id: `${id}-g4`,
      planId: p,
      title: '复购率',
      metric: 'repurchase',
      unit: 'rate',
      target: 0.25,
      baseline: 0.2,
      weight: 0.1,
      order: 3,
    }),
  ];
  const actual = (fields: Partial<Record<keyof ActualDay, unknown>>) =>
    actualDaySchema.parse({ id: `${id}-a${doc.actuals.length}`, planId: p, ...fields });
  for (let d = 0; d < 10; d++) {
    const date = addDays(start, d);
    const uv = 50_000 + d * 5_000;
    doc.actuals.push(
      actual({
        date,
        uv,
        pv: uv * 3,
        buyers: Math.round(uv * 0.032),
        orders: Math.round(uv * 0.035),
        gmvMinor: d < 9 ? DEMO_DAILY_GMV_MINOR : null,
        couponsClaimed: 4_000,
        couponsRedeemed: 1_500 + d * 100,
        refundsMinor: 600_000,
      }),
    );
    if (d < 9) {
      // Channel breakdown of days 1–9 (day 10 has none, so the shop's day-10 GMV is what is typed).
      doc.actuals.push(
        actual({ date, channelId: `${id}-ch1`, uv: Math.round(uv * 0.4), gmvMinor: 7_000_000 }),
      );
      doc.actuals.push(
        actual({ date, channelId: `${id}-ch2`, uv: Math.round(uv * 0.3), gmvMinor: 8_000_000 }),
      );
    }
    doc.actuals.push(
      actual({
        period: 'baseline',
        date: addDays('2025-11-01', d),
        uv: 45_000,
        buyers: 1_300,
        orders: 1_450,
        gmvMinor: 17_000_000,
      }),
    );
  }
  doc.review = reviewSchema.parse({
    planId: p,
    method: 'ahp',
    indicators: doc.goals.map((g) =>
      indicatorSchema.parse({ id: `${id}-i-${g.id}`, goalId: g.id, name: g.title, weight: g.weight }),
    ),
    // GMV ≫ conversion ≈ 投产比 > 复购: judged consistently (CR ≈ 0.02)
    ahpMatrix: [
      [1, 3, 3, 5],
      [1 / 3, 1, 1, 2],
      [1 / 3, 1, 1, 2],
      [1 / 5, 1 / 2, 1 / 2, 1],
    ],
    baselineLabel: '2025 双11 同期 10 天',
    summary: 'GMV 接近目标，直播间投产比最高；直通车花费超预算 8%，零点流量峰值时详情页加载变慢。',
    goalActuals: [{ goalId: `${id}-g4`, value: 0.22 }],
  });
  doc.lessons = [
    lessonSchema.parse({
      id: `${id}-l1`,
      planId: p,
      kind: 'worked',
      text: '达人直播间的定金膨胀转化最好',
      order: 0,
    }),
    lessonSchema.parse({
      id: `${id}-l2`,
      planId: p,
      kind: 'didNotWork',
      text: '零点详情页加载慢，流失明显',
      order: 1,
    }),
    lessonSchema.parse({
      id: `${id}-l3`,
      planId: p,
      kind: 'action',
      text: '提前两周做压测并加 CDN',
      owner: '技术部 王工',
      dueDate: '2027-05-15',
      order: 2,
    }),
  ];
  return doc;
}
