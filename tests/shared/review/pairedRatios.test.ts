import { describe, expect, it } from 'vitest';
import { sumActuals } from '../../../shared/review/actualsTotals';
import { deriveFigures } from '../../../shared/review/attainment';
import { day } from './reviewFixture';

/**
 * docs/figures.md "Ratios over the days both figures have", worked by hand there: day 3 has
 * buyers and refunds but no GMV yet, day 2 no UV and no refunds.
 */
const actuals = [
  day({
    date: '2026-11-01',
    period: 'campaign',
    gmvMinor: 1_000_000,
    buyers: 100,
    uv: 1_000,
    refundsMinor: 50_000,
  }),
  day({ date: '2026-11-02', period: 'campaign', gmvMinor: 2_000_000, buyers: 100 }),
  day({ date: '2026-11-03', period: 'campaign', buyers: 50, uv: 1_000, refundsMinor: 30_000 }),
];
const totals = sumActuals(actuals, 'campaign');
const derived = deriveFigures(totals, { adMinor: null, totalMinor: null, discountMinor: null });

describe('ratios of two daily figures', () => {
  it('AOV over the days with both GMV and buyers: ¥30,000 ÷ 200 = ¥150.00, not ¥120.00', () => {
    expect(derived.aovMinor).toBe(15_000);
  });

  it('conversion over the days with both buyers and UV: 150 ÷ 2,000 = 7.5 %, not 12.5 %', () => {
    expect(derived.conversion).toBe(0.075);
  });

  it('refund rate is not paired: ¥800 ÷ ¥30,000 (the refunds may be the campaign’s, on one day)', () => {
    expect(derived.refundRate).toBeCloseTo(80_000 / 3_000_000, 12);
  });

  it('leaves the totals the sums of what was recorded', () => {
    expect([totals.gmvMinor, totals.buyers, totals.uv, totals.refundsMinor]).toEqual([
      3_000_000, 250, 2_000, 80_000,
    ]);
  });
});
