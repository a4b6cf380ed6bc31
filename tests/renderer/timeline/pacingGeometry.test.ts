import { describe, expect, it } from 'vitest';
import { makeTimeScale } from '../../../shared/planning/timeScale';
import { pacingGeometry, pathOf } from '../../../renderer/src/features/timeline/pacingGeometry';

describe('pacing geometry', () => {
  const scale = makeTimeScale('2026-10-20', '2026-10-22', 10, 'day');
  const pacing = {
    dates: ['2026-10-20', '2026-10-21', '2026-10-22'],
    plannedCumulativeMinor: [100, 100, 300],
    actualCumulativeMinor: [50, null, null],
  };

  it("puts each day's cumulative spend at the end of the day, the largest at the top", () => {
    const g = pacingGeometry(pacing, scale, 56);
    // bottom 56 − 8 = 48, top 8; 100 of 300 is a third of the 40 px between
    expect(g.max).toBe(300);
    expect(g.planned.map(([x]) => x)).toEqual([10, 20, 30]);
    const ys = g.planned.map(([, y]) => y);
    [34.6667, 34.6667, 8].forEach((y, i) => expect(ys[i]).toBeCloseTo(y, 4));
    expect(g.actual).toHaveLength(1);
    expect(g.actual[0]![0]).toBe(10);
    expect(g.actual[0]![1]).toBeCloseTo(41.3333, 4); // 50 of 300: a sixth of 40 px up
    expect(
      pathOf([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('M1,2 L3,4');
  });

  it('keeps a plan without money flat on the bottom line', () => {
    const g = pacingGeometry(
      { ...pacing, plannedCumulativeMinor: [0, 0, 0], actualCumulativeMinor: [null, null, null] },
      scale,
      56,
    );
    expect(g.max).toBe(1);
    expect(g.planned.map(([, y]) => y)).toEqual([48, 48, 48]);
  });
});
