import { memo } from 'react';
import type { TaskId } from '../../../../shared/domain';
import { dateEndToX, dateToX, momentToX } from '../../../../shared/planning/timeScale';
import { barHeight, barTop, type Geometry } from './barGeometry';
import { BlockSvg } from './BlockSvg';
import { barColor, isCritical, isOverdueBar, CRITICAL, OVERDUE } from './chartModel';
import { ROW_BLOCK } from './renderWindow';
import type { TimelineRow } from './rows';

interface BlockProps {
  rows: readonly TimelineRow[];
  block: number;
  g: Geometry;
  /** Only the selected ids inside this block, joined, so selecting elsewhere leaves it alone. */
  selectedKey: string;
  /** The bar last pointed at, if it is in this block: only it has resize handles and link dots. */
  hoveredId: string;
}

/** The bars of ROW_BLOCK rows (their links are drawn by LinkBlock, in the layer below all bars). */
export const BarBlock = memo(function BarBlock({ rows, block, g, selectedKey, hoveredId }: BlockProps) {
  const { scale, rowHeight, style, readOnly, fontSize } = g;
  const barH = barHeight(rowHeight);
  const selected = new Set(selectedKey ? selectedKey.split(' ') : []);
  const bars: React.ReactNode[] = [];
  const end = Math.min(rows.length, (block + 1) * ROW_BLOCK);
  for (let i = block * ROW_BLOCK; i < end; i++) {
    const row = rows[i];
    if (!row) continue;
    if (row.kind === 'group') {
      if (row.start && row.end) {
        const x1 = dateToX(scale, row.start);
        const x2 = dateEndToX(scale, row.end);
        bars.push(
          <rect
            key={`g${row.key}`}
            x={x1}
            y={i * rowHeight + rowHeight / 2 - 3}
            width={x2 - x1}
            height={6}
            rx={2}
            fill={row.color ?? '#495057'}
            opacity={0.85}
          />,
        );
      }
      continue;
    }
    const task = row.task;
    const x1 = dateToX(scale, task.startDate);
    const x2 = dateEndToX(scale, task.endDate);
    const baseline = style.baselineById?.get(task.id);
    if (baseline) {
      const bx1 = dateToX(scale, baseline.startDate);
      const bx2 = dateEndToX(scale, baseline.endDate);
      bars.push(
        <rect
          key={`b${task.id}`}
          x={bx1}
          y={barTop(g, i) + barH + 3}
          width={Math.max(2, bx2 - bx1)}
          height={4}
          rx={1}
          fill="#adb5bd"
          data-baseline={task.id}
        />,
      );
    }
    const isSelected = selected.has(task.id);
    const overdue = isOverdueBar(task, style);
    const y = barTop(g, i);
    if (task.isMilestone) {
      const cx = momentToX(scale, task.startDate, task.milestoneTime);
      const r = barH / 2 + 2;
      const cy = y + barH / 2;
      bars.push(
        <g key={task.id} data-task-id={task.id} className="tl-bar" data-overdue={overdue || undefined}>
          <polygon
            data-part="body"
            points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`}
            fill={isCritical(task, style) ? CRITICAL : '#343a40'}
            stroke={isSelected ? '#1971c2' : overdue ? OVERDUE : 'white'}
            strokeWidth={isSelected ? 2.5 : overdue ? 2 : 1}
          />
          {task.milestoneTime && (
            <text x={cx + r + 3} y={cy + fontSize * 0.35} fontSize={fontSize * 0.85} fill="#343a40">
              {task.milestoneTime}
            </text>
          )}
        </g>,
      );
      continue;
    }
    const w = Math.max(2, x2 - x1);
    const handle = Math.min(8, w / 3);
    bars.push(
      <g key={task.id} data-task-id={task.id} className="tl-bar" data-overdue={overdue || undefined}>
        <rect
          data-part="body"
          x={x1}
          y={y}
          width={w}
          height={barH}
          rx={3}
          fill={barColor(task, style)}
          fillOpacity={task.status === 'cancelled' ? 0.3 : 0.9}
          stroke={isSelected ? '#1971c2' : overdue ? OVERDUE : isCritical(task, style) ? '#a51111' : 'none'}
          strokeWidth={isSelected ? 2.5 : overdue ? 2.5 : 1.2}
          // Overdue: a dashed orange outline, readable beside the critical path's red.
          strokeDasharray={!isSelected && overdue ? '5 3' : undefined}
        />
        {task.progress > 0 && (
          <rect
            x={x1}
            y={y + barH - 3}
            width={w * task.progress}
            height={3}
            fill="rgba(0,0,0,0.35)"
            pointerEvents="none"
          />
        )}
        {!readOnly && task.id === hoveredId && (
          <>
            <rect data-part="start" x={x1 - 2} y={y} width={handle + 2} height={barH} className="tl-handle" />
            <rect
              data-part="end"
              x={x2 - handle}
              y={y}
              width={handle + 2}
              height={barH}
              className="tl-handle"
            />
            <circle data-part="link-start" cx={x1 - 7} cy={y + barH / 2} r={4} className="tl-link-dot" />
            <circle data-part="link-end" cx={x2 + 7} cy={y + barH / 2} r={4} className="tl-link-dot" />
          </>
        )}
      </g>,
    );
  }
  return (
    <BlockSvg block={block} g={g} rowCount={rows.length} className="tl-bar-block">
      {bars}
    </BlockSvg>
  );
});

/** The selected task ids inside one block, joined: the block's memo key for the selection. */
export function selectedKeyOf(
  rows: readonly TimelineRow[],
  block: number,
  selection: ReadonlySet<TaskId>,
): string {
  if (selection.size === 0) return '';
  const ids: string[] = [];
  const end = Math.min(rows.length, (block + 1) * ROW_BLOCK);
  for (let i = block * ROW_BLOCK; i < end; i++) {
    const row = rows[i];
    if (row?.kind === 'task' && selection.has(row.task.id)) ids.push(row.task.id);
  }
  return ids.join(' ');
}
