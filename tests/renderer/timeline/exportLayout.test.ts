import { describe, expect, it } from 'vitest';
import type { SpendPacing } from '../../../shared/charts/pacing';
import {
  exportLayout,
  pdfPages,
  pngSize,
  PACING_STRIP,
} from '../../../renderer/src/features/timeline/export/exportLayout';
import type { TimelineRow } from '../../../renderer/src/features/timeline/rows';
import { makeTask } from '../../shared/planning/scheduling/makeTask';

function taskRows(n: number): TimelineRow[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'task',
    task: makeTask(`t${i}`, '2026-10-20', '2026-10-21'),
    groupKey: 'g',
  }));
}

const pacing: SpendPacing = {
  dates: ['2026-10-20'],
  plannedCumulativeMinor: [1],
  actualCumulativeMinor: [null],
};

describe('export layout', () => {
  // 2026-10-20 … 2026-11-14 is 26 days; the export pads 2 days each side: 30 days.
  it('fits the width of A4 and runs 50 rows down four pages of 15', () => {
    const l = exportLayout(taskRows(50), 12, '2026-10-20', '2026-11-14');
    expect(l.scale.dayCount).toBe(30);
    const { s, regions } = pdfPages(l, 'A4', 'fit');
    // (841.89 − 48) / (240 label + 360 chart)
    expect(s).toBeCloseTo(1.32315, 4);
    // (595.28 − 48) / s − 40 title − 54 header = 319.6 px → 15 rows of 20
    expect(regions.map((r) => [r.r0, r.r1])).toEqual([
      [0, 14],
      [15, 29],
      [30, 44],
      [45, 49],
    ]);
    expect(regions.every((r) => r.x0 === 0 && r.x1 === 360)).toBe(true);
  });

  it('leaves room for the pacing strip on every page', () => {
    const l = exportLayout(taskRows(50), 12, '2026-10-20', '2026-11-14', pacing);
    expect(l.pacingHeight).toBe(PACING_STRIP);
    // 319.6 − 56 = 263.6 px → 13 rows a page
    expect(pdfPages(l, 'A4', 'fit').regions.map((r) => [r.r0, r.r1])).toEqual([
      [0, 12],
      [13, 25],
      [26, 38],
      [39, 49],
    ]);
  });

  it('tiles a long plan over columns of days first, then strips of rows', () => {
    // 2026-09-01 … 2026-12-31 is 122 days + 4 padding = 126 days × 18 px = 2,268 px.
    const l = exportLayout(taskRows(50), 18, '2026-09-01', '2026-12-31');
    const { s, regions } = pdfPages(l, 'A4', 'tile');
    expect(s).toBe(0.75);
    // (841.89 − 48) / 0.75 − 240 = 818.52 px of chart per page; (595.28 − 48) / 0.75 − 94 = 635.7 → 31 rows
    expect(regions).toHaveLength(6);
    expect(regions[0]).toMatchObject({ x0: 0, r0: 0, r1: 30 });
    expect(regions[0]!.x1).toBeCloseTo(818.52, 2);
    expect(regions[1]).toMatchObject({ x0: 0, r0: 31, r1: 49 });
    expect(regions[5]!.x0).toBeCloseTo(1637.04, 2);
    expect(regions[5]!.x1).toBe(2268);
  });

  it('sizes a PNG at 2× and shrinks a huge plan to the canvas limits instead of cutting it', () => {
    const small = pngSize(exportLayout(taskRows(50), 12, '2026-10-20', '2026-11-14'));
    // 240 + 360 + 16 by 40 + 54 + 50 × 20 + 16
    expect(small).toEqual({ width: 616, height: 1110, ratio: 2 });
    const huge = pngSize(exportLayout(taskRows(10_000), 12, '2026-10-20', '2026-11-14'));
    expect(huge.height).toBe(200_110);
    // The 32,000 px side limit binds: 32,000 / 200,110
    expect(huge.ratio).toBeCloseTo(0.15991, 5);
    expect(Math.floor(huge.height * huge.ratio)).toBeLessThanOrEqual(32_000);
  });
});
