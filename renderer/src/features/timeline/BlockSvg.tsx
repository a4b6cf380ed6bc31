import type { ReactNode } from 'react';
import { scaleWidth } from '../../../../shared/planning/timeScale';
import type { Geometry } from './barGeometry';
import { ROW_BLOCK } from './renderWindow';

/**
 * One row block's own <svg>, placed over the block's rows. Inside it, drawing uses the chart's
 * coordinates (the group is shifted up by the block's top), and overflow is visible, so a link
 * may run to rows outside the block. Each block being its own positioned box, mounting one
 * paints that block alone; the background and the other blocks keep their recorded paint.
 */
export function BlockSvg({
  block,
  g,
  rowCount,
  className,
  children,
}: {
  block: number;
  g: Pick<Geometry, 'scale' | 'rowHeight'>;
  rowCount: number;
  className: string;
  children: ReactNode;
}) {
  const first = block * ROW_BLOCK;
  const top = first * g.rowHeight;
  const rows = Math.max(0, Math.min(rowCount, first + ROW_BLOCK) - first);
  return (
    <svg
      className={className}
      width={scaleWidth(g.scale)}
      height={rows * g.rowHeight}
      style={{ top }}
      data-block={block}
    >
      <g transform={`translate(0,${-top})`}>{children}</g>
    </svg>
  );
}
