import { memo } from 'react';
import type { SpendPacing } from '../../../../shared/charts/pacing';
import { dateToX, type TimeScale } from '../../../../shared/planning/timeScale';

export const PACING_HEIGHT = 84;

/** The cumulative planned (and actual) spend on the chart's own date axis: x is shared with the bars. */
export const PacingStrip = memo(function PacingStrip({
  pacing,
  scale,
  height = PACING_HEIGHT,
}: {
  pacing: SpendPacing;
  scale: TimeScale;
  height?: number;
}) {
  const max = Math.max(
    1,
    ...pacing.plannedCumulativeMinor,
    ...pacing.actualCumulativeMinor.map((v) => v ?? 0),
  );
  const pad = 8;
  const y = (v: number) => height - pad - (v / max) * (height - 2 * pad);
  const x = (i: number) => {
    const date = pacing.dates[i];
    return date ? dateToX(scale, date) + scale.pxPerDay : 0;
  };
  let planned = '';
  pacing.plannedCumulativeMinor.forEach((v, i) => {
    planned += `${i === 0 ? 'M' : 'L'}${x(i)},${y(v)} `;
  });
  let actual = '';
  pacing.actualCumulativeMinor.forEach((v, i) => {
    if (v === null) return;
    actual += `${actual ? 'L' : 'M'}${x(i)},${y(v)} `;
  });
  const width = Math.max(1, x(pacing.dates.length - 1));
  return (
    <svg width={width} height={height} style={{ position: 'absolute', left: 0, top: 0 }} data-pacing>
      <line x1={0} x2={width} y1={y(max)} y2={y(max)} stroke="#e9ecef" />
      <path d={`${planned} V${height - pad} H${x(0)} Z`} fill="rgba(116,143,252,0.15)" stroke="none" />
      <path d={planned} fill="none" stroke="#4c6ef5" strokeWidth={2} data-series="planned" />
      {actual && <path d={actual} fill="none" stroke="#f76707" strokeWidth={2} data-series="actual" />}
    </svg>
  );
});
