import { memo } from 'react';
import type { SpendPacing } from '../../../../shared/charts/pacing';
import type { TimeScale } from '../../../../shared/planning/timeScale';
import { pacingGeometry, pathOf } from './pacingGeometry';

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
  const g = pacingGeometry(pacing, scale, height);
  const first = g.planned[0];
  const last = g.planned.at(-1);
  const width = Math.max(1, last?.[0] ?? 0);
  const planned = pathOf(g.planned);
  return (
    <svg width={width} height={height} style={{ position: 'absolute', left: 0, top: 0 }} data-pacing>
      <line x1={0} x2={width} y1={g.top} y2={g.top} stroke="#e9ecef" />
      {first && (
        <path d={`${planned} V${g.bottom} H${first[0]} Z`} fill="rgba(116,143,252,0.15)" stroke="none" />
      )}
      <path d={planned} fill="none" stroke="#4c6ef5" strokeWidth={2} data-series="planned" />
      {g.actual.length > 0 && (
        <path d={pathOf(g.actual)} fill="none" stroke="#f76707" strokeWidth={2} data-series="actual" />
      )}
    </svg>
  );
});
