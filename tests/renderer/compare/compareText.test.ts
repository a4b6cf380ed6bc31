import { describe, expect, it } from 'vitest';
import { compareDeltaText, formatCompareValue } from '../../../renderer/src/features/compare/compareText';
import { compareMessages } from '../../../renderer/src/features/compare/messages';
import { makeFormatters } from '../../../renderer/src/i18n';

/**
 * Compare writes attainment and profit ROI as the review does — a percentage with one decimal
 * (98.6 %, 69.1 %), differences in points with one — and conversion with two, as the review does
 * (it showed attainment 98.57 % beside the review's 98.6 %).
 */
describe('compare writes each figure as the review does', () => {
  const f = makeFormatters('zh-CN');
  const c = compareMessages['zh-CN'];

  it('attainment and profit ROI to one decimal, conversion to two', () => {
    expect(formatCompareValue(f, 'percent', 0.98571, 'CNY')).toBe('98.6%');
    expect(formatCompareValue(f, 'percent', 0.6913, 'CNY')).toBe('69.1%');
    expect(formatCompareValue(f, 'rate', 0.03254, 'CNY')).toBe('3.25%');
  });

  it('their differences in points: one decimal for attainment, two for a rate', () => {
    // 0.8 → 0.98571 is +18.571 points; 0.05 → 0.0625 is +1.25 points.
    expect(compareDeltaText(f, c, { delta: 0.18571, pct: null }, 'percent', 'CNY')).toBe('+18.6 个百分点');
    expect(compareDeltaText(f, c, { delta: 0.0125, pct: null }, 'rate', 'CNY')).toBe('+1.25 个百分点');
  });
});
