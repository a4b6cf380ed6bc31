import { describe, it, expect } from 'vitest';
import { sumActuals, shopDays } from '../../../shared/review/actualsTotals';
import {
  attainmentStatus,
  campaignSpend,
  deriveFigures,
  goalAttainments,
  periodFigures,
} from '../../../shared/review/attainment';
import type { ChannelId, GoalId } from '../../../shared/domain';
import { day, reviewFixture } from './reviewFixture';

describe('sumActuals', () => {
  it('takes the shop row where there is one and sums channel rows only where the shop row is silent', () => {
    const t = sumActuals(reviewFixture().actuals, 'campaign');
    // GMV: 60 000 + (40 000 + 50 000 from channels, no shop row on 11-02) + 150 000 (shop row wins over 90 000)
    expect(t.gmvMinor).toBe(6_000_000 + 9_000_000 + 15_000_000);
    expect(t.uv).toBe(100_000 + 100_000 + 200_000);
    expect(t.buyers).toBe(3_000 + 3_000 + 7_000);
    expect(t.orders).toBe(3_300 + 3_100 + 7_600);
    expect(t.pv).toBe(300_000); // only reported on 11-01
    expect(t.newCustomers).toBeNull(); // never reported: unknown, not zero
    expect(t.days).toBe(3);
    expect(t.firstDate).toBe('2026-11-01');
    expect(t.lastDate).toBe('2026-11-03');
  });

  it('sums one channel on its own', () => {
    const t = sumActuals(reviewFixture().actuals, 'campaign', 'ch-search' as ChannelId);
    expect(t.gmvMinor).toBe(13_000_000);
    expect(t.uv).toBe(180_000);
    expect(t.days).toBe(2);
  });

  it('keeps the baseline apart', () => {
    const t = sumActuals(reviewFixture().actuals, 'baseline');
    expect(t.gmvMinor).toBe(18_000_000);
    expect(shopDays(reviewFixture().actuals, 'baseline').map((d) => d.date)).toEqual(['2026-10-01']);
  });
});

describe('campaignSpend', () => {
  it('takes ad spend (advertising + KOL) and discount cost from the budget lines’ actuals', () => {
    const s = campaignSpend(reviewFixture());
    expect(s.adMinor).toBe(2_500_000 + 1_500_000);
    expect(s.discountMinor).toBe(1_200_000);
    expect(s.totalMinor).toBe(2_500_000 + 1_500_000 + 1_200_000); // the material line has no actual yet
    expect(s.adSource).toBe('budgetLines');
  });

  it('falls back to the daily spend only when no ad line has an actual, never adding both', () => {
    const doc = reviewFixture();
    doc.actuals.push(day({ date: '2026-11-01', channelId: 'ch-search', spendMinor: 700_000 }));
    expect(campaignSpend(doc).adMinor).toBe(4_000_000);
    doc.budgetLines = doc.budgetLines.map((l) => ({ ...l, actualMinor: null }));
    const s = campaignSpend(doc);
    expect(s.adMinor).toBe(700_000);
    expect(s.adSource).toBe('dailyActuals');
    expect(s.totalMinor).toBeNull();
  });

  it('per channel counts only that channel’s lines', () => {
    expect(campaignSpend(reviewFixture(), 'ch-live' as ChannelId).adMinor).toBe(1_500_000);
  });
});

describe('derived figures', () => {
  it('computes conversion, AOV, 投产比, ROI, 让利率 and redemption by the stated definitions', () => {
    const fixture = reviewFixture();
    const doc = { ...fixture, plan: { ...fixture.plan, expectedMarginRate: 0.3 } };
    const { derived } = periodFigures(doc, 'campaign');
    expect(derived.conversion).toBeCloseTo(13_000 / 400_000, 12); // 3.25 %
    // AOV = 30 000 000 分 ÷ 13 000 buyers = 2307.69… → 2308 分 (¥23.08), rounded half up
    expect(derived.aovMinor).toBe(2308);
    expect(derived.roas).toBeCloseTo(30_000_000 / 4_000_000, 12); // 7.5
    // Profit ROI (docs/figures.md): COGS at a 30 % margin on regular price = (GMV 30 000 000 +
    // 让利 1 200 000) × 0.7 = 21 840 000; gross profit = 30 000 000 − 1 000 000 refunds −
    // 21 840 000 − (5 200 000 cost − 1 200 000 让利) = 3 160 000; ÷ 5 200 000 cost
    expect(derived.roi).toBeCloseTo(3_160_000 / 5_200_000, 12);
    // Without SKU costs or a margin rate there is no COGS, so no profit ROI (not a GMV-only one)
    expect(periodFigures(fixture, 'campaign').derived.roi).toBeNull();
    expect(derived.discountRate).toBeCloseTo(1_200_000 / 30_000_000, 12); // 4 %
    expect(derived.redemption).toBeCloseTo(5_000 / 10_000, 12);
    expect(derived.refundRate).toBeCloseTo(1 / 30, 12);
  });

  it('rounds AOV half up exactly and gives null rather than dividing by zero', () => {
    const totals = {
      ...sumActuals([], 'campaign'),
      gmvMinor: 5,
      buyers: 2,
      paired: { conversion: null, aov: { numerator: 5, denominator: 2 } },
    };
    expect(deriveFigures(totals, { adMinor: null, totalMinor: null, discountMinor: null }).aovMinor).toBe(3);
    const none = deriveFigures(
      {
        ...totals,
        buyers: 0,
        uv: 0,
        paired: { conversion: { numerator: 0, denominator: 0 }, aov: { numerator: 5, denominator: 0 } },
      },
      { adMinor: 0, totalMinor: null, discountMinor: null },
    );
    expect(none.aovMinor).toBeNull();
    expect(none.conversion).toBeNull();
    expect(none.roas).toBeNull();
  });
});

describe('attainmentStatus', () => {
  it('is green at 100 %, amber from 80 %, red below, decided exactly', () => {
    expect(attainmentStatus(30_000_000, 30_000_000)).toBe('met');
    expect(attainmentStatus(24_000_000, 30_000_000)).toBe('near'); // exactly 80 %
    expect(attainmentStatus(23_999_999, 30_000_000)).toBe('missed');
    expect(attainmentStatus(0.028, 0.035)).toBe('near'); // 0.028/0.035 is 0.7999… in floating point
    expect(attainmentStatus(null, 1)).toBe('unknown');
    expect(attainmentStatus(1, 0)).toBe('unknown');
  });
});

describe('goalAttainments', () => {
  it('gives actual, target, baseline, attainment and status for every goal', () => {
    const [gmv, cvr, roas] = goalAttainments(reviewFixture());
    expect(gmv).toMatchObject({ actual: 30_000_000, target: 30_000_000, attainment: 1, status: 'met' });
    // the baseline period's actuals win over the typed baseline
    expect(gmv).toMatchObject({ baseline: 18_000_000, baselineSource: 'baselineActuals' });
    expect(gmv?.changeVsBaseline).toBeCloseTo(30 / 18 - 1, 12);
    expect(cvr?.attainment).toBeCloseTo(0.0325 / 0.035, 12); // 92.9 %
    expect(cvr?.status).toBe('near');
    expect(cvr?.baseline).toBeCloseTo(4_500 / 150_000, 12);
    expect(roas?.attainment).toBeCloseTo(7.5 / 8, 12);
    expect(roas?.status).toBe('near');
    expect(roas?.baseline).toBeNull(); // the baseline has no spend recorded
  });

  it('uses a typed actual for metrics the actuals cannot give, and says why a goal has no attainment', () => {
    const doc = reviewFixture();
    doc.goals.push({
      ...doc.goals[0]!,
      id: 'g-rep' as GoalId,
      metric: 'repurchase',
      unit: 'rate',
      target: 0.2,
      baseline: 0.15,
      order: 3,
    });
    doc.goals.push({ ...doc.goals[0]!, id: 'g-bad' as GoalId, metric: 'gmv', unit: 'count', order: 4 });
    doc.goals.push({ ...doc.goals[0]!, id: 'g-none' as GoalId, metric: 'gmv', target: null, order: 5 });
    doc.review = {
      planId: doc.plan.id,
      method: 'direct',
      indicators: [],
      ahpMatrix: null,
      useFuzzy: false,
      summary: '',
      baselineLabel: '',
      goalActuals: [{ goalId: 'g-rep' as GoalId, value: 0.1 }],
    };
    const rows = goalAttainments(doc);
    expect(rows[3]).toMatchObject({
      actual: 0.1,
      actualSource: 'typed',
      attainment: 0.5,
      status: 'missed',
      baselineSource: 'goal',
    });
    expect(rows[4]).toMatchObject({ issue: 'unitMismatch', attainment: null, status: 'unknown' });
    expect(rows[5]).toMatchObject({ issue: 'noTarget', attainment: null });
  });

  it('has no actual before any day is entered', () => {
    const doc = reviewFixture();
    doc.actuals = [];
    expect(goalAttainments(doc)[0]).toMatchObject({
      actual: null,
      issue: 'noActual',
      status: 'unknown',
      baseline: 20_000_000,
    });
  });
});
