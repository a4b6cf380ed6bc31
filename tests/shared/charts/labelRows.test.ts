import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  labelsOverlap,
  layoutLabels,
  wrapLegend,
  type LabelRequest,
} from '../../../shared/charts/labelRows';

const label = (id: string, x: number, width: number, shortWidth = 8): LabelRequest => ({
  id,
  x,
  width,
  shortWidth,
});

describe('layoutLabels', () => {
  it('keeps labels that do not collide in the first row', () => {
    const out = layoutLabels([label('a', 0, 40), label('b', 60, 40)], { maxRows: 2, gap: 4 });
    expect(out.placed.map((p) => [p.id, p.row, p.isShort])).toEqual([
      ['a', 0, false],
      ['b', 0, false],
    ]);
    expect(out.rows).toBe(1);
    expect(out.legend).toEqual([]);
  });

  it('moves a colliding label to the next row, and shortens it when every row is taken', () => {
    // 预售开启 at 100, 第一波开卖 at 110, 付尾款 at 120: 40 px labels, two rows.
    const out = layoutLabels([label('a', 100, 40), label('b', 110, 40), label('c', 120, 40)], {
      maxRows: 2,
      gap: 4,
    });
    expect(out.placed.map((p) => [p.id, p.row, p.isShort, p.x])).toEqual([
      ['a', 0, false, 100],
      ['b', 1, false, 110],
    ]);
    // c cannot go anywhere, not even as its 8 px key: the legend alone carries it.
    expect(out.legend).toEqual(['c']);
    const roomy = layoutLabels([label('a', 100, 40), label('b', 110, 40), label('c', 160, 80)], {
      maxRows: 1,
      gap: 4,
    });
    expect(roomy.placed.map((p) => [p.id, p.isShort, p.width])).toEqual([
      ['a', false, 40],
      ['c', false, 80],
    ]);
    expect(roomy.legend).toEqual(['b']);
  });

  it('shortens to the key where the key fits', () => {
    const out = layoutLabels([label('a', 0, 50), label('b', 60, 100, 10)], { maxRows: 1, gap: 4, maxX: 100 });
    // b's full label would run past the axis end at 100 and, moved left, into a.
    expect(out.placed.map((p) => [p.id, p.isShort, p.x])).toEqual([
      ['a', false, 0],
      ['b', true, 60],
    ]);
    expect(out.legend).toEqual(['b']);
  });

  it('never lets two placed labels overlap, never loses one, and keeps every box on the axis', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 1200 }),
            width: fc.integer({ min: 1, max: 200 }),
            shortWidth: fc.integer({ min: 1, max: 20 }),
          }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 8 }),
        (raw, maxRows, gap) => {
          const items = raw.map((r, i) => ({ id: `m${i}`, ...r }));
          const out = layoutLabels(items, { maxRows, gap, maxX: 1280 });
          for (let i = 0; i < out.placed.length; i++) {
            const a = out.placed[i]!;
            expect(a.row).toBeLessThan(maxRows);
            expect(a.x).toBeGreaterThanOrEqual(0);
            expect(a.x + a.width).toBeLessThanOrEqual(1280);
            for (let j = i + 1; j < out.placed.length; j++) {
              const b = out.placed[j]!;
              expect(labelsOverlap(a, b), `${a.id} ${b.id}`).toBe(false);
              if (a.row === b.row) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(gap);
            }
          }
          // Each label is either shown in full or listed in the legend (shortened or not shown).
          for (const item of items) {
            const shown = out.placed.find((p) => p.id === item.id);
            expect(shown?.isShort === false || out.legend.includes(item.id)).toBe(true);
            if (shown && !shown.isShort) expect(shown.width).toBe(item.width);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('text widths and the legend', () => {
  it('counts CJK characters as a full em and others as 0.62 em', () => {
    expect(estimateTextWidth('双11', 10)).toBeCloseTo(10 + 6.2 + 6.2, 6);
    expect(estimateTextWidth('付尾款', 12)).toBe(36);
  });

  it('wraps legend entries into lines no wider than asked', () => {
    const lines = wrapLegend(['1 预售开启', '2 第一波开卖', '3 付尾款'], 10, 120, 10);
    // "1 " is 1.24 em: 1 预售开启 = 52.4 px, 2 第一波开卖 = 62.4 px, 3 付尾款 = 42.4 px;
    // 52.4 + 10 + 62.4 = 124.8 > 120, 62.4 + 10 + 42.4 = 114.8 ≤ 120.
    expect(lines).toEqual([['1 预售开启'], ['2 第一波开卖', '3 付尾款']]);
  });
});
