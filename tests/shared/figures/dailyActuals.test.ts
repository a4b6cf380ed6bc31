import { describe, expect, it } from 'vitest';
import type { ActualDay, ActualId, PlanDocument } from '../../../shared/domain';
import { dailyActuals, daysFromHours } from '../../../shared/figures/dailyActuals';
import { sumActuals } from '../../../shared/review/actualsTotals';
import { workedPlanWithData } from '../warroom/worked';

/**
 * docs/warroom.md "One source of truth", on the war room's worked example: hours 00–03 of 11 Nov
 * (shop GMV 150,000 + 40,000 + 35,000 + 45,000 = ¥270,000; UV 40,000 + 10,000 + 10,000 + 12,000 =
 * 72,000; buyers 2,400 + 520 + 450 + 540 = 3,910; refunds 6,000 + 3,000 + 3,200 + 4,000 =
 * ¥16,200), 直通车 ¥60,000 GMV on ¥20,000 spend, 达人直播 ¥150,000 on ¥25,000.
 */
describe('the review’s daily actuals from the war room’s hours', () => {
  const doc = workedPlanWithData();

  it('sums a day known only by its hours into the shop row and one row per channel', () => {
    const rows = dailyActuals(doc);
    const shop = rows.find((r) => r.channelId === null);
    expect(shop).toMatchObject({
      date: '2026-11-11',
      period: 'campaign',
      gmvMinor: 27_000_000,
      uv: 72_000,
      buyers: 3_910,
      refundsMinor: 1_620_000,
    });
    const totals = sumActuals(rows, 'campaign', 'ch-ztc' as never);
    expect([totals.gmvMinor, totals.spendMinor]).toEqual([6_000_000, 2_000_000]);
    expect(sumActuals(rows, 'campaign').gmvMinor).toBe(27_000_000);
    expect(daysFromHours(doc)).toEqual(['2026-11-11']);
  });

  it('a figure typed for the same day and channel wins over the hours’ sum; a blank one still comes from the hours', () => {
    const typed: ActualDay = {
      id: 'typed-1111' as ActualId,
      planId: doc.plan.id,
      period: 'campaign',
      date: '2026-11-11',
      channelId: null,
      uv: 65_000,
      pv: null,
      buyers: null,
      orders: null,
      gmvMinor: 28_000_000,
      spendMinor: null,
      couponsClaimed: null,
      couponsRedeemed: null,
      refundsMinor: null,
      newCustomers: null,
    };
    const withTyped: PlanDocument = { ...doc, actuals: [typed] };
    const totals = sumActuals(dailyActuals(withTyped), 'campaign');
    expect(totals.gmvMinor).toBe(28_000_000);
    expect(totals.uv).toBe(65_000);
    expect(totals.days).toBe(1);
    expect(totals.buyers).toBe(3_910);
    expect(totals.refundsMinor).toBe(1_620_000);
    // The channels' hours still count: no channel row was typed for that day.
    expect(sumActuals(dailyActuals(withTyped), 'campaign', 'ch-live' as never).spendMinor).toBe(2_500_000);
  });

  it('a plan without hourly data reads its daily rows as before', () => {
    const plain: PlanDocument = { ...doc, hourly: [] };
    expect(dailyActuals(plain)).toBe(plain.actuals);
  });
});
