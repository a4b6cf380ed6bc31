import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels } from '../../../renderer/src/features/timeline/axisLabels';

describe('header labels that share a row', () => {
  it('measures CJK characters as squares and Latin ones as about half', () => {
    expect(labelWidth('预热期', 10)).toBe(30);
    expect(labelWidth('Peak', 10)).toBeCloseTo(22.4, 6);
  });

  it('keeps phase names and drops a key moment label that would run into one', () => {
    // 预热期 at 100…130 and 预售开启 at 104 overlap: the phase name wins. 双11零点 spans 250…291.2,
    // 8.8 px before 爆发期 at 300, so both stay.
    const shown = placeLabels(
      [
        { x: 100, text: '预热期', priority: 0 },
        { x: 300, text: '爆发期', priority: 0 },
        { x: 104, text: '预售开启', priority: 1 },
        { x: 250, text: '双11零点', priority: 1 },
      ],
      10,
    );
    expect([...shown].sort()).toEqual([0, 1, 3]);
  });

  it('needs a 4 px gap between neighbours', () => {
    // 甲 spans 0…10; 乙 at 13 is 3 px away (dropped), at 14 exactly 4 px (kept).
    expect(
      placeLabels(
        [
          { x: 0, text: '甲', priority: 0 },
          { x: 13, text: '乙', priority: 1 },
        ],
        10,
      ).size,
    ).toBe(1);
    expect(
      placeLabels(
        [
          { x: 0, text: '甲', priority: 0 },
          { x: 14, text: '乙', priority: 1 },
        ],
        10,
      ).size,
    ).toBe(2);
  });
});
