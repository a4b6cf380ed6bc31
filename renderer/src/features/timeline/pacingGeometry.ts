import type { SpendPacing } from '../../../../shared/charts/pacing';
import { dateToX, type TimeScale } from '../../../../shared/planning/timeScale';

export interface PacingGeometry {
  /** Cumulative planned spend at the end of each day, as [x, y] in the strip (y downwards). */
  planned: [number, number][];
  /** The same for actual spend, up to the last day with a recorded actual. */
  actual: [number, number][];
  /** The largest cumulative value: the top of the strip (at least 1). */
  max: number;
  /** y of zero, and of max. */
  bottom: number;
  top: number;
}

/**
 * The pacing curve on the chart's own date axis, shared by the screen strip and the exports: each
 * day's cumulative spend sits at the end of that day, scaled so the largest total touches the top.
 */
export function pacingGeometry(
  pacing: SpendPacing,
  scale: TimeScale,
  height: number,
  pad = 8,
): PacingGeometry {
  let max = 1;
  for (const v of pacing.plannedCumulativeMinor) max = Math.max(max, v);
  for (const v of pacing.actualCumulativeMinor) if (v !== null) max = Math.max(max, v);
  const bottom = height - pad;
  const top = pad;
  const y = (v: number) => bottom - (v / max) * (bottom - top);
  const x = (i: number) => dateToX(scale, pacing.dates[i] ?? '1970-01-01') + scale.pxPerDay;
  const planned: [number, number][] = pacing.plannedCumulativeMinor.map((v, i) => [x(i), y(v)]);
  const actual: [number, number][] = [];
  pacing.actualCumulativeMinor.forEach((v, i) => {
    if (v !== null) actual.push([x(i), y(v)]);
  });
  return { planned, actual, max, bottom, top };
}

export function pathOf(points: readonly [number, number][]): string {
  return points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px},${py}`).join(' ');
}
