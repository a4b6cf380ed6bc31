import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeForecast } from '../../../shared/forecast/funnel';
import type { BudgetCategoryId, ChannelId, GoalId, PhaseId } from '../../../shared/domain';
import { category, channel, line, makeDoc, phase, product } from '../budget/fixture';

const C1 = 'ch-tmall' as ChannelId;
const C2 = 'ch-douyin' as ChannelId;

/**
 * Two channels:
 * - 天猫: 100,000 UV × 2.5 % × ¥299 = 2,500 orders, GMV ¥747,500; spend from two lines ¥50,000 (phase 1)
 *   + ¥30,000 (phase 2) = ¥80,000.
 * - 抖音: 40,000 UV × 3 % × ¥159 = 1,200 orders, GMV ¥190,800; no lines, planned spend ¥20,000.
 * Plus a ¥10,000 material line with no channel.
 */
function sample(plan: Parameters<typeof makeDoc>[1] = { expectedMarginRate: 0.4 }) {
  return makeDoc(
    {
      phases: [phase('p1', '2026-11-01', '2026-11-10', 0), phase('p2', '2026-11-11', '2026-11-15', 1)],
      channels: [
        channel('ch-tmall', { name: '天猫', expectedUv: 100_000, cvr: 0.025, aovMinor: 29_900, order: 0 }),
        channel('ch-douyin', {
          name: '抖音',
          expectedUv: 40_000,
          cvr: 0.03,
          aovMinor: 15_900,
          plannedSpendMinor: 2_000_000,
          order: 1,
        }),
      ],
      budgetCategories: [category('ads', 'advertising'), category('mat', 'material', 1)],
      budgetLines: [
        line('l1', {
          categoryId: 'ads' as BudgetCategoryId,
          channelId: C1,
          phaseId: 'p1' as PhaseId,
          plannedMinor: 5_000_000,
        }),
        line('l2', {
          categoryId: 'ads' as BudgetCategoryId,
          channelId: C1,
          phaseId: 'p2' as PhaseId,
          plannedMinor: 3_000_000,
        }),
        line('l3', { categoryId: 'mat' as BudgetCategoryId, plannedMinor: 1_000_000 }),
      ],
      goals: [
        {
          id: 'g-gmv' as GoalId,
          planId: 'plan-test' as never,
          title: 'GMV ¥1,000,000',
          metric: 'gmv',
          unit: 'money',
          customUnit: '',
          target: 100_000_000,
          direction: 'higher',
          targetMax: null,
          baseline: null,
          baselinePeriod: '',
          deadline: null,
          owner: '',
          rationale: '',
          weight: 1,
          order: 0,
        },
      ],
    },
    plan,
  );
}

describe('the funnel per channel', () => {
  it('UV × CVR × AOV → orders and GMV, spend from lines or the channel, 投产比 = GMV ÷ spend', () => {
    const f = computeForecast(sample());
    const [tmall, douyin] = f.channels;
    expect(tmall).toMatchObject({
      uv: 100_000,
      orders: 2_500,
      gmvMinor: 74_750_000,
      spendMinor: 8_000_000,
      spendSource: 'lines',
    });
    expect(tmall?.roas).toBeCloseTo(9.34375, 12); // 747,500 ÷ 80,000
    expect(douyin).toMatchObject({
      uv: 40_000,
      orders: 1_200,
      gmvMinor: 19_080_000,
      spendMinor: 2_000_000,
      spendSource: 'channel',
    });
    expect(douyin?.roas).toBeCloseTo(9.54, 12); // 190,800 ÷ 20,000
  });

  it('splits sales over phases by the sales curve, spend by the channel’s phase-tagged lines', () => {
    const [tmall, douyin] = computeForecast(sample()).channels;
    // Two phases of kind 'custom' weigh 10 each on the curve → 1/2 each, whatever their length.
    // 天猫's spend follows its lines 5:3; 抖音 has none, so its spend follows its visitors.
    expect(tmall?.phaseWeighting).toBe('salesCurve');
    expect(tmall?.phases.map((p) => [p.uv, p.gmvMinor, p.spendMinor])).toEqual([
      [50_000, 37_375_000, 5_000_000],
      [50_000, 37_375_000, 3_000_000],
    ]);
    expect(douyin?.phases.map((p) => [p.uv, p.orders, p.gmvMinor, p.spendMinor])).toEqual([
      [20_000, 600, 9_540_000, 1_000_000],
      [20_000, 600, 9_540_000, 1_000_000],
    ]);
  });

  it('falls back to the phases’ lengths when no phase weighs anything on the curve', () => {
    const doc = sample();
    const flat = { ...doc, phases: doc.phases.map((p) => ({ ...p, gmvWeight: 0, uvWeight: 0 })) };
    const [, douyin] = computeForecast(flat).channels;
    // phases of 10 and 5 days → 2/3 and 1/3
    expect(douyin?.phaseWeighting).toBe('phaseDays');
    expect(douyin?.phases.map((p) => [p.uv, p.orders, p.gmvMinor])).toEqual([
      [26_667, 800, 12_720_000],
      [13_333, 400, 6_360_000],
    ]);
  });

  it('totals against the goals, with both ROIs', () => {
    const t = computeForecast(sample()).totals;
    expect(t.uv).toBe(140_000);
    expect(t.orders).toBe(3_700);
    expect(t.gmvMinor).toBe(93_830_000); // ¥938,300
    expect(t.channelSpendMinor).toBe(10_000_000); // ¥80,000 + ¥20,000
    expect(t.totalCostMinor).toBe(11_000_000); // + the ¥10,000 material line
    expect(t.roas).toBeCloseTo(9.383, 12); // 投产比 938,300 ÷ 100,000
    // ROI = (938,300 × 0.4 − 110,000) ÷ 110,000 = (375,320 − 110,000) ÷ 110,000 = 265,320 ÷ 110,000
    expect(t.profitMinor).toBe(26_532_000);
    expect(t.profitRoi).toBeCloseTo(2.412, 12);
    expect(t.aovMinor).toBe(25_359); // 93,830,000 ÷ 3,700 = 25,359.46 → 25,359
    const [goal] = computeForecast(sample()).goals;
    expect(goal).toMatchObject({ metric: 'gmv', target: 100_000_000, forecast: 93_830_000 });
    expect(goal?.attainment).toBeCloseTo(0.9383, 12);
  });

  it('takes the margin from the SKUs, weighted by expected sales, when the plan gives none', () => {
    const doc = {
      ...sample({}),
      products: [
        product('a', { regularPriceMinor: 29_900, costPriceMinor: 17_900, expectedSales: 1_000 }),
        product('b', { regularPriceMinor: 15_900, costPriceMinor: 11_900, expectedSales: 500 }),
        product('c', { regularPriceMinor: 9_900, costPriceMinor: null, expectedSales: 5_000 }), // no cost: left out
      ],
    };
    const t = computeForecast(doc).totals;
    // No 活动价 given, so the SKUs sell at 日常价: cost share = (179 × 1,000 + 119 × 500) ÷
    // (299 × 1,000 + 159 × 500) = 238,500 ÷ 378,500; COGS = 93,830,000 × 238,500 ÷ 378,500 =
    // 59,124,055.48 → 59,124,055; gross profit = 93,830,000 − 59,124,055 − 11,000,000
    expect(t.marginSource).toBe('products');
    expect(t.cogsMinor).toBe(59_124_055);
    expect(t.marginRate).toBeCloseTo(34_705_945 / 93_830_000, 12);
    expect(t.profitMinor).toBe(23_705_945);
    expect(t.profitRoi).toBeCloseTo(23_705_945 / 11_000_000, 12);
  });

  it('has no profit ROI without any margin', () => {
    const t = computeForecast(sample({})).totals;
    expect(t.marginRate).toBeNull();
    expect(t.profitRoi).toBeNull();
    expect(t.roas).not.toBeNull();
  });
});

describe('what-if', () => {
  it('moves GMV, cost and ROI without touching the plan', () => {
    const doc = sample();
    const before = JSON.stringify(doc);
    // 抖音 spend ¥20,000 → ¥40,000: UV follows, 80,000 × 3 % × ¥159 = ¥381,600. 天猫 CVR 2.5 % → 3 %:
    // 100,000 × 3 % × ¥299 = ¥897,000.
    const f = computeForecast(doc, [
      { channelId: C2, spendMinor: 4_000_000 },
      { channelId: C1, cvr: 0.03 },
    ]);
    expect(JSON.stringify(doc)).toBe(before);
    expect(f.channels[1]).toMatchObject({
      uv: 80_000,
      orders: 2_400,
      gmvMinor: 38_160_000,
      spendSource: 'whatIf',
      isWhatIf: true,
    });
    expect(f.channels[0]).toMatchObject({ orders: 3_000, gmvMinor: 89_700_000 });
    expect(f.totals.gmvMinor).toBe(127_860_000);
    expect(f.totals.totalCostMinor).toBe(13_000_000); // ¥80,000 + ¥40,000 + ¥10,000
    // (1,278,600 × 0.4 − 130,000) ÷ 130,000 = 381,440 ÷ 130,000
    expect(f.totals.profitRoi).toBeCloseTo(381_440 / 130_000, 12);
    // A spend change on a channel with lines replaces the lines' sum
    const g = computeForecast(doc, [{ channelId: C1, spendMinor: 4_000_000, uv: 60_000 }]);
    expect(g.channels[0]).toMatchObject({ uv: 60_000, spendMinor: 4_000_000, gmvMinor: 44_850_000 });
    expect(g.totals.totalCostMinor).toBe(7_000_000);
  });
});

describe('parts sum to totals (property)', () => {
  it('channels and phases add up to the totals exactly', () => {
    const arbChannel = fc.record({
      uv: fc.integer({ min: 0, max: 5_000_000 }),
      cvrBp: fc.integer({ min: 0, max: 2_000 }),
      aov: fc.integer({ min: 0, max: 500_000 }),
      spend: fc.integer({ min: 0, max: 1e9 }),
    });
    fc.assert(
      fc.property(fc.array(arbChannel, { minLength: 1, maxLength: 8 }), (specs) => {
        const doc = makeDoc({
          phases: [phase('p1', '2026-11-01', '2026-11-03'), phase('p2', '2026-11-04', '2026-11-11', 1)],
          channels: specs.map((s, i) =>
            channel(`c${i}`, {
              expectedUv: s.uv,
              cvr: s.cvrBp / 10_000,
              aovMinor: s.aov,
              plannedSpendMinor: s.spend,
              order: i,
            }),
          ),
        });
        const f = computeForecast(doc);
        const sum = (k: 'uv' | 'orders' | 'gmvMinor' | 'spendMinor') =>
          f.channels.reduce((a, c) => a + c[k], 0);
        expect(sum('uv')).toBe(f.totals.uv);
        expect(sum('orders')).toBe(f.totals.orders);
        expect(sum('gmvMinor')).toBe(f.totals.gmvMinor);
        expect(sum('spendMinor')).toBe(f.totals.channelSpendMinor);
        for (const c of f.channels) {
          for (const k of ['uv', 'orders', 'gmvMinor', 'spendMinor'] as const) {
            expect(c.phases.reduce((a, p) => a + p[k], 0)).toBe(c[k]);
          }
        }
      }),
    );
  });
});
