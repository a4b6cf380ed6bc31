import { describe, expect, it } from 'vitest';
import { shownShares } from '../../../shared/review/shownWeights';

/** The shown percentages, to one decimal, as a planner reads them. */
const percents = (shares: readonly number[]) => shownShares(shares).map((s) => Number((s * 100).toFixed(1)));
const sumOfShown = (shares: readonly number[]) =>
  Math.round(shownShares(shares).reduce((s, w) => s + w * 1000, 0));

// Hand-worked from docs/figures-goals.md "Weights as shown" (steps of 0.1 %: 1,000 steps in 100 %).
describe('shownShares: weights shown to 0.1 % add up to 100.0 %', () => {
  it('three equal AHP weights (1/3 each): 333.3 steps each, 999 whole, the first takes the missing step', () => {
    // Rounded alone: 33.3 + 33.3 + 33.3 = 99.9 %.
    expect(percents([1 / 3, 1 / 3, 1 / 3])).toEqual([33.4, 33.3, 33.3]);
    expect(sumOfShown([1 / 3, 1 / 3, 1 / 3])).toBe(1000);
  });

  it('six equal weights (1/6 each): 166.67 steps, 996 whole, the first four take one each', () => {
    // Rounded alone: 16.7 × 6 = 100.2 %.
    expect(percents(Array(6).fill(1 / 6))).toEqual([16.7, 16.7, 16.7, 16.7, 16.6, 16.6]);
  });

  it('the largest remainders take the missing steps, not the first shares', () => {
    // 0.4444 / 0.1112 / 0.4444: 444.4, 111.2, 444.4 → 999 whole; the remainders .4, .2, .4: the
    // first .4 (index 0) takes it. Rounded alone: 44.4 + 11.1 + 44.4 = 99.9 %.
    expect(percents([0.4444, 0.1112, 0.4444])).toEqual([44.5, 11.1, 44.4]);
    // 0.2222 / 0.1256 / 0.6522: 222.2, 125.6, 652.2 → 999 whole; the .6 of the second takes it
    // (here rounding each alone happens to agree).
    expect(percents([0.2222, 0.1256, 0.6522])).toEqual([22.2, 12.6, 65.2]);
  });

  it('weights that are whole steps already are shown as they are (0.35 is 350 steps, not 350 and a bit)', () => {
    expect(shownShares([0.35, 0.4, 0.25])).toEqual([0.35, 0.4, 0.25]);
    expect(shownShares([0.2, 0.3, 0.5])).toEqual([0.2, 0.3, 0.5]);
  });

  it('shares that do not sum to 1 are shown as parts of their sum', () => {
    expect(percents([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
  });

  it('other decimals: whole percents', () => {
    expect(shownShares([1 / 3, 1 / 3, 1 / 3], 0).map((s) => Math.round(s * 100))).toEqual([34, 33, 33]);
  });

  it('nothing to share (no weights, all 0, a negative or NaN one) comes back unchanged', () => {
    expect(shownShares([])).toEqual([]);
    expect(shownShares([0, 0])).toEqual([0, 0]);
    expect(shownShares([0.5, -0.1])).toEqual([0.5, -0.1]);
    expect(shownShares([0.5, Number.NaN])).toEqual([0.5, Number.NaN]);
  });
});
