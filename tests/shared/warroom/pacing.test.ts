import { describe, expect, it } from 'vitest';
import { planDocumentSchema } from '../../../shared/domain';
import { evaluateAlerts } from '../../../shared/warroom/alerts';
import {
  defaultDayShares,
  hourShares,
  ORDINARY_DAY_PROFILE,
  PEAK_DAY_PROFILE,
  profileWeights,
} from '../../../shared/warroom/curve';
import { computePacing } from '../../../shared/warroom/pacing';
import { workedPlan, workedPlanWithData } from './worked';

/** A phase of the worked plan (its id, name, kind and days). */
const phase = (id: string, name: string, kind: string, startDate: string, endDate: string) => ({
  id,
  planId: workedPlan().plan.id,
  name,
  kind,
  startDate,
  endDate,
});

/** Every expected value here is docs/warroom.md's "Worked example", worked by hand. */
describe('pacing of the worked example at 2026-11-11T04:00', () => {
  const doc = workedPlanWithData();
  const p = computePacing(doc, { at: '2026-11-11T04:00' });

  it('actual, target to date and pace', () => {
    expect(p.gmv.elapsedShare).toBeCloseTo(0.35, 12);
    expect(p.gmv.actualMinor).toBe(27_000_000);
    expect(p.gmv.targetToDateMinor).toBe(35_000_000);
    expect(p.gmv.pace).toBeCloseTo(0.771429, 6);
    expect(p.gmv.goalMinor).toBe(100_000_000);
  });

  it('the two projections, their gaps, and what is needed per remaining hour', () => {
    expect(p.gmv.projectedByCurveMinor).toBe(77_142_857);
    expect(p.gmv.gapByCurveMinor).toBe(-22_857_143);
    expect(p.gmv.projectedByRunRateMinor).toBe(79_000_000);
    expect(p.gmv.gapByRunRateMinor).toBe(-21_000_000);
    expect(p.gmv.neededPerHourMinor).toBe(3_650_000);
  });

  it('hours of the day: actual and target', () => {
    expect(p.hours).toHaveLength(24);
    expect(p.hours.slice(0, 5).map((h) => [h.gmvMinor, h.targetMinor])).toEqual([
      [15_000_000, 20_000_000],
      [4_000_000, 5_000_000],
      [3_500_000, 5_000_000],
      [4_500_000, 5_000_000],
      [null, 5_000_000],
    ]);
    expect(p.hours[23]!.targetMinor).toBe(2_500_000);
    expect(p.hours[2]!.conversion).toBeCloseTo(0.045, 12);
  });

  it('channels: 投产比 against plan and spend pace', () => {
    const ztc = p.channels.find((c) => c.name === '直通车')!;
    expect([ztc.gmvMinor, ztc.spendMinor, ztc.roas, ztc.planRoas]).toEqual([6_000_000, 2_000_000, 3, 5]);
    expect(ztc.spendPace).toBeCloseTo(0.571429, 6);
    const live = p.channels.find((c) => c.name === '达人直播')!;
    expect([live.roas, live.planRoas]).toEqual([6, 6]);
    expect(live.spendPace).toBeCloseTo(1.428571, 6);
    expect(p.spend.pace).toBeCloseTo(0.857143, 6);
  });

  it('SKUs: units sold, stock and hours of cover at the last 3 hours’ sell-through', () => {
    expect(p.skus.map((s) => [s.sku, s.unitsSold, s.stock, s.hoursOfCover])).toEqual([
      ['SKU-001', 220, 200, 5],
      ['SKU-002', 40, 990, 99],
    ]);
  });

  it('refund and complaint rates', () => {
    expect(p.refundRate).toBeCloseTo(0.06, 12);
    expect(p.complaintRate).toBeCloseTo(10 / 3910, 12);
  });

  it('fires exactly the alerts of the example, each naming its risk and contingency', () => {
    const alerts = evaluateAlerts(doc, p);
    expect(alerts.map((a) => [a.code, a.subject, a.severity])).toEqual([
      ['gmvPace', 'shop', 'warning'],
      ['conversionLow', 'shop', 'warning'],
      ['channelRoas', '直通车', 'warning'],
      ['spendAhead', '达人直播', 'critical'],
      ['stockCover', 'SKU-001', 'warning'],
      ['refundRate', 'shop', 'warning'],
    ]);
    const stock = alerts.find((a) => a.code === 'stockCover')!;
    expect(stock.riskId).toBe('r-stock');
    expect(stock.contingency).toBe('调拨备用仓库存，上架替代款');
    expect(stock.message.zh).toContain('只够 5 小时');
    expect(stock.message.en).toContain('covers 5 hours');
    expect(alerts.find((a) => a.code === 'refundRate')?.riskId).toBe('r-cs');
  });

  it('writes the amounts in an alert in the plan’s currency, to the cent like the figures beside it', () => {
    const gmv = (d: typeof doc) => evaluateAlerts(d, p).find((a) => a.code === 'gmvPace')!.message;
    // docs/warroom.md: actual ¥270,000 against a target to date of ¥350,000; 达人直播 spent ¥25,000.
    expect(gmv(doc).zh).toContain('实际 ¥270,000.00，应达 ¥350,000.00');
    const usd = { ...doc, plan: { ...doc.plan, currency: 'USD' } };
    expect(gmv(usd).en).toContain('$270,000.00 against $350,000.00 by now');
    const spend = evaluateAlerts(usd, p).find((a) => a.code === 'spendAhead')!.message;
    expect(spend.en).toContain('达人直播 spent $25,000.00');
  });

  it('writes its other figures as the tables beside it do (docs/warroom.md, Alert rules)', () => {
    const said = (code: string) => evaluateAlerts(doc, p).find((a) => a.code === code)!.message;
    // 投产比 60,000 ÷ 20,000 = 3 against 5, 1 − 3 ÷ 5 = 40 % under; a multiple always has two
    // decimals (docs/figures.md "5.80"), in the alert as in the table.
    expect(said('channelRoas').zh).toContain('直通车 投产比 3.00，比计划 5.00 低 40%。');
    // Spend pace 25,000 ÷ 17,500 = 1.428 571… → 142.9 %, as the channel table's 花费进度.
    expect(said('spendAhead').zh).toContain('是按节奏应花的 142.9%。');
    expect(said('spendAhead').en).toContain(', 142.9% of what the pace allows');
    // Refund rate 0.06 against 0.05: 6 %, not 6.0 %.
    expect(said('refundRate').en).toBe('Refund rate 6%, above its 5% goal.');
    // 200 units at 40 an hour: 5 hours.
    expect(said('stockCover').en).toContain("200 in stock covers 5 hours at the last 3 hours' 40 an hour");
  });

  it('an edited threshold changes what fires; an acknowledged alert is marked', () => {
    const edited = {
      ...doc,
      alertRules: [
        { id: 'ar1', planId: doc.plan.id, code: 'stockCover' as const, enabled: true, threshold: 4 },
      ],
      alertAcks: [
        {
          id: 'ack1',
          planId: doc.plan.id,
          code: 'gmvPace',
          subject: 'shop',
          hour: '2026-11-11T03:00',
          acknowledgedAt: '2026-11-11T04:02:00.000Z',
          incidentId: null,
        },
      ],
    } as typeof doc;
    const alerts = evaluateAlerts(edited, computePacing(edited, { at: '2026-11-11T04:00' }));
    expect(alerts.some((a) => a.code === 'stockCover')).toBe(false);
    expect(alerts.find((a) => a.code === 'gmvPace')?.acknowledged).toBe(true);
  });
});

describe('before any live figure', () => {
  it('is at 00:00 of the first day with a share of the goal, not the plan’s first (preparation) day', () => {
    const base = workedPlan();
    const doc = planDocumentSchema.parse({
      ...base,
      plan: { ...base.plan, startDate: '2026-10-01', endDate: '2026-11-12' },
      // The template's preparation phase first: no share of the goal until 爆发 on the 10th.
      phases: [
        phase('a', '筹备', 'prep', '2026-10-01', '2026-11-09'),
        phase('b', '爆发', 'burst', '2026-11-10', '2026-11-11'),
      ],
    });
    const p = computePacing(doc);
    expect(p.at).toBe('2026-11-10T00:00');
    expect(p.hasData).toBe(false);
    expect(p.gmv.actualMinor).toBe(0);
  });

  it('has data once a shop hour has elapsed, and not when the only hours are at or after `at`', () => {
    const doc = workedPlanWithData();
    expect(computePacing(doc, { at: '2026-11-11T04:00' }).hasData).toBe(true);
    expect(computePacing(doc, { at: '2026-11-11T00:00' }).hasData).toBe(false);
  });
});

describe('the target curve', () => {
  it('ships profiles that sum to 100: the peak day heavy at 00:00 and 20:00, an ordinary day in the evening', () => {
    expect(PEAK_DAY_PROFILE.reduce((s, x) => s + x, 0)).toBe(100);
    expect(ORDINARY_DAY_PROFILE.reduce((s, x) => s + x, 0)).toBe(100);
    const top2 = [...PEAK_DAY_PROFILE.keys()]
      .sort((a, b) => PEAK_DAY_PROFILE[b]! - PEAK_DAY_PROFILE[a]!)
      .slice(0, 2);
    expect(top2).toEqual([0, 20]);
    expect(ORDINARY_DAY_PROFILE.indexOf(Math.max(...ORDINARY_DAY_PROFILE))).toBe(21);
  });

  it('default day shares by phase kind: 筹备 0, 爆发 6 over 2 days, 返场 1', () => {
    const base = workedPlan();
    const doc = planDocumentSchema.parse({
      ...base,
      hourProfiles: [],
      phases: [
        phase('a', '筹备', 'prep', '2026-11-01', '2026-11-03'),
        phase('b', '爆发', 'burst', '2026-11-10', '2026-11-11'),
        phase('c', '返场', 'encore', '2026-11-12', '2026-11-12'),
      ],
    });
    const shares = defaultDayShares(doc);
    expect(shares.get('2026-11-01')).toBeUndefined();
    expect(shares.get('2026-11-10')).toBeCloseTo(3 / 7, 12);
    expect(shares.get('2026-11-11')).toBeCloseTo(3 / 7, 12);
    expect(shares.get('2026-11-12')).toBeCloseTo(1 / 7, 12);
    // 11 Nov is the 双11 peak day: its 00:00 hour gets 20 % of the day; 10 Nov the ordinary 2 %.
    const hours = hourShares(doc, shares);
    expect(hours.get('2026-11-11T00:00')).toBeCloseTo((3 / 7) * 0.2, 12);
    expect(hours.get('2026-11-10T00:00')).toBeCloseTo((3 / 7) * 0.02, 12);
    expect(profileWeights(doc, '2026-11-11')).toEqual([...PEAK_DAY_PROFILE]);
  });
});

describe('acknowledging an alert', () => {
  /** The worked example's stock alert, acknowledged at 04:05 by a planner working in `language`. */
  async function acknowledged(language: 'zh' | 'en') {
    const { acknowledgeAlert } = await import('../../../shared/warroom/recipes');
    const doc = workedPlanWithData();
    const alert = evaluateAlerts(doc, computePacing(doc, { at: '2026-11-11T04:00' })).find(
      (a) => a.code === 'stockCover',
    )!;
    const next = acknowledgeAlert(doc, {
      alert,
      at: '2026-11-11T04:05',
      nowIso: '2026-11-10T20:05:00.000Z',
      language,
    });
    return { alert, next };
  }

  it('opens an incident linked to the risk, marks the risk triggered with the time, and the alert acknowledged', async () => {
    const { alert, next } = await acknowledged('zh');
    expect(next.incidents).toHaveLength(1);
    expect(next.incidents[0]?.what).toBe(alert.message.zh);
    expect(next.incidents[0]).toMatchObject({
      riskId: 'r-stock',
      at: '2026-11-11T04:05',
      action: '调拨备用仓库存，上架替代款',
    });
    expect(next.risks.find((r) => r.id === 'r-stock')).toMatchObject({
      status: 'triggered',
      triggeredAt: '2026-11-11T04:05',
    });
    const again = evaluateAlerts(next, computePacing(next, { at: '2026-11-11T04:00' }));
    expect(again.find((a) => a.code === 'stockCover')?.acknowledged).toBe(true);
  });

  it('writes the incident in the language the planner works in', async () => {
    const { next } = await acknowledged('en');
    expect(next.incidents[0]?.what).toContain('covers 5 hours');
  });
});
