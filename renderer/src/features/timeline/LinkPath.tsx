import type { Task } from '../../../../shared/domain';
import { dateEndToX, dateToX } from '../../../../shared/planning/timeScale';
import { barHeight, barTop, type Geometry } from './barGeometry';
import { CRITICAL, isCritical } from './chartModel';

/** One link, from the end (FS) or start (SS) of its predecessor's bar to the start of its task's. */
export function LinkPath({ g, from, to, type }: { g: Geometry; from: Task; to: Task; type: 'FS' | 'SS' }) {
  const fromRow = g.rowOfTask.get(from.id);
  const toRow = g.rowOfTask.get(to.id);
  if (fromRow === undefined || toRow === undefined) return null;
  const half = barHeight(g.rowHeight) / 2;
  const x1 = type === 'FS' ? dateEndToX(g.scale, from.endDate) : dateToX(g.scale, from.startDate);
  const y1 = barTop(g, fromRow) + half;
  const x2 = dateToX(g.scale, to.startDate);
  const y2 = barTop(g, toRow) + half;
  const elbow = type === 'FS' ? Math.max(x1 + 6, x2 - 6) : Math.min(x1, x2) - 8;
  const critical = isCritical(from, g.style) && isCritical(to, g.style);
  return (
    <path
      d={`M${x1},${y1} H${elbow} V${y2} H${x2 - 1}`}
      fill="none"
      stroke={critical ? CRITICAL : '#868e96'}
      strokeWidth={critical ? 1.6 : 1}
      markerEnd={critical ? 'url(#tl-arrow-critical)' : 'url(#tl-arrow)'}
      data-link={`${from.id}>${to.id}`}
    />
  );
}
