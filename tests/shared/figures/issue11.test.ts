import { describe, expect, it } from 'vitest';
import { recomputeAll } from '../../../shared/budget/recompute';
import { buildSpendPacing } from '../../../shared/charts/pacing';
import { syncPromotionLines } from '../../../shared/budget/linkedLines';
import type { BudgetCategoryId, ChannelId, PhaseId } from '../../../shared/domain';
import { computeFigures, dayShares, phaseShares } from '../../../shared/figures';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import { goalAttainments, periodFigures } from '../../../shared/review/attainment';
import { scoreReview } from '../../../shared/review/score';
import { category, channel, line, makeDoc, product, promotion } from '../budget/fixture';
import { workedPlanEarly } from './workedPlan';

/** Issue 11's points 1, 2, 3 and 6, each against a value worked out by hand. */

const ads = 'ads' as BudgetCategoryId;
const C = 'ch' as ChannelId;

describe('point 1: forecast profit counts the 让利 once', () => {
  it('40 % margin at regular price, 8折, ¥150k media on ¥1.05M paid GMV → gross profit ¥112,500', () => {
    // 100,000 UV × 3.5 % × ¥300 = ¥1,050,000 paid. 8折 over the whole forecast: regular value
    // 1,050,000 ÷ 0.8 = 1,312,500, 让利 262,500. COGS = 1,312,500 × 0.6 = 787,500.
    // Gross profit = 1,050,000 − 787,500 − (412,500 − 262,500) = 112,500 (the old engine: 7,500).
    const doc = syncPromotionLines(
      makeDoc(
        {
          channels: [channel('ch', { expectedUv: 100_000, cvr: 0.035, aovMinor: 30_000 })],
          budgetCategories: [category('ads', 'advertising')],
          budgetLines: [line('media', { categoryId: ads, channelId: C, plannedMinor: 15_000_000 })],
          promotions: [promotion('zhe', { kind: 'discount', payRate: 0.8, coveredGmvMinor: 0 })],
        },
        { expectedMarginRate: 0.4 },
      ),
    );
    const t = recomputeAll(doc).forecast.totals;
    expect(t.gmvMinor).toBe(105_000_000);
    expect(t.discountMinor).toBe(26_250_000);
    expect(t.cogsMinor).toBe(78_750_000);
    expect(t.profitMinor).toBe(11_250_000);
    expect(t.profitRoi).toBeCloseTo(112_500 / 412_500, 12);
  });

  it('takes the default margin from 活动价, not 日常价', () => {
    // One SKU: 日常价 ¥100, 活动价 ¥80, cost ¥50, 1,000 units; the funnel sells 1,000 × ¥80.
    // Margin at 活动价 = (80 − 50) ÷ 80 = 37.5 % (from 日常价 it would read 50 %); COGS ¥50,000.
    const doc = makeDoc({
      channels: [channel('ch', { expectedUv: 10_000, cvr: 0.1, aovMinor: 8_000 })],
      products: [
        product('sku', {
          regularPriceMinor: 10_000,
          promoPriceMinor: 8_000,
          costPriceMinor: 5_000,
          expectedSales: 1_000,
        }),
      ],
    });
    const t = recomputeAll(doc).forecast.totals;
    expect(t.marginSource).toBe('products');
    expect(t.marginRate).toBe(0.375);
    expect(t.cogsMinor).toBe(5_000_000);
  });
});

describe('point 2: the review’s profit ROI has cost of goods, like the forecast', () => {
  // Forecast: 10,000 UV × 10 % × ¥100 = ¥100,000; ad line ¥10,000 planned; margin 20 % at regular
  // price, no 让利. Actual: the same ¥100,000 and ¥10,000 spent.
  // COGS = 100,000 × 0.8 = 80,000; gross profit = 100,000 − 80,000 − 10,000 = 10,000; ROI = 1.0.
  // (The old review: (100,000 − 10,000) ÷ 10,000 = 9.0, with no goods cost at all.)
  const doc = makeDoc(
    {
      channels: [channel('ch', { expectedUv: 10_000, cvr: 0.1, aovMinor: 10_000 })],
      budgetCategories: [category('ads', 'advertising')],
      budgetLines: [
        line('media', { categoryId: ads, channelId: C, plannedMinor: 1_000_000, actualMinor: 1_000_000 }),
      ],
      actuals: [
        {
          id: 'a1' as never,
          planId: 'plan-test' as never,
          period: 'campaign',
          date: '2026-11-11',
          channelId: null,
          uv: 10_000,
          pv: null,
          buyers: 1_000,
          orders: 1_000,
          gmvMinor: 10_000_000,
          spendMinor: null,
          couponsClaimed: null,
          couponsRedeemed: null,
          refundsMinor: null,
          newCustomers: null,
        },
      ],
    },
    { expectedMarginRate: 0.2 },
  );

  it('gives the same profit ROI for forecast and actual when the actuals match the plan', () => {
    expect(periodFigures(doc, 'campaign').derived.roi).toBeCloseTo(1, 12);
    expect(recomputeAll(doc).forecast.totals.profitRoi).toBeCloseTo(1, 12);
  });
});

describe('point 3: ROI from partial actuals is provisional and does not score fully', () => {
  it('marks 投产比 and profit ROI provisional and scores them × coverage (docs/figures.md)', () => {
    const doc = workedPlanEarly();
    const goals = goalAttainments(doc);
    const roas = goals.find((g) => g.goal.metric === 'roas');
    expect(roas?.actual).toBeCloseTo(21.5625, 12); // 690,000 ÷ 32,000
    expect(roas?.isProvisional).toBe(true);
    expect(roas?.coverage).toBe(0.25); // ¥30,000 of ¥120,000 media planned has an actual
    const score = scoreReview(doc.review!, goals);
    const row = score.rows.find((r) => r.indicator.goalId === 'g-roas');
    expect(row?.points).toBe(25); // 100 × min(4.3, 1) × 25 %, not 100
    expect(row?.provisionalCoverage).toBe(0.25);
    expect(computeFigures(doc).actual.provisional).toBe(true);
  });
});

describe('point 6: the sales curve', () => {
  const d11 = createPlanFromTemplate({
    templateId: 'double11',
    peakDate: '2026-11-11',
    locale: 'zh-CN',
    now: new Date('2026-09-01T00:00:00.000Z'),
  });

  it('gives the 2026 双11 template 0 % in 筹备期 and 复盘 and 45/110 of GMV in 爆发期', () => {
    // Kinds: prep 0, accumulate 5, warmup 10, openingWave 30, warmup 10, burst 45, encore 10,
    // review 0 → Σ 110.
    const shares = phaseShares(d11);
    expect(shares.map((s) => s.gmvWeight)).toEqual([0, 5, 10, 30, 10, 45, 10, 0]);
    expect(shares[0]?.gmvShare).toBe(0);
    expect(shares[5]?.gmvShare).toBeCloseTo(45 / 110, 12);
    expect(shares[3]?.gmvShare).toBeCloseTo(30 / 110, 12);
    expect(shares[7]?.gmvShare).toBe(0);
  });

  it('splits the forecast by it: ¥1,100,000 → ¥0 prep, ¥450,000 爆发期, ¥300,000 开门红', () => {
    const doc = {
      ...d11,
      channels: [channel('ch', { expectedUv: 110_000, cvr: 0.1, aovMinor: 10_000 })],
    };
    const byPhase = recomputeAll(doc).forecast.totals.byPhase.map((p) => p.gmvMinor);
    expect(byPhase).toEqual([0, 5_000_000, 10_000_000, 30_000_000, 10_000_000, 45_000_000, 10_000_000, 0]);
  });

  it('weighs a key moment’s day 3 inside its phase, and follows the planner’s own weights', () => {
    // 爆发期 11-10 … 11-11, peak 11-11: weights 1 and 3 → 25 % and 75 %.
    const burst = d11.phases.find((p) => p.kind === 'burst')!;
    expect(dayShares(d11, burst.id).map((d) => [d.date, d.share])).toEqual([
      ['2026-11-10', 0.25],
      ['2026-11-11', 0.75],
    ]);
    const edited = {
      ...d11,
      phases: d11.phases.map((p) => (p.id === burst.id ? { ...p, dayWeights: [1, 1] } : p)),
    };
    expect(dayShares(edited, burst.id).map((d) => d.share)).toEqual([0.5, 0.5]);
    expect(dayShares(d11, 'nope' as PhaseId)).toEqual([]);
  });

  it('paces a line’s planned spend inside its phase by the curve', () => {
    // ¥4.00 on 爆发期 (11-10, 11-11 peak): 1 : 3 → 100 and 300 fen.
    const burst = d11.phases.find((p) => p.kind === 'burst')!;
    const pacing = buildSpendPacing(
      { lines: [line('kol', { phaseId: burst.id, plannedMinor: 400 })], phases: d11.phases, plan: d11.plan },
      { from: '2026-11-09', to: '2026-11-11' },
    );
    expect(pacing.plannedCumulativeMinor).toEqual([0, 100, 400]);
  });
});
