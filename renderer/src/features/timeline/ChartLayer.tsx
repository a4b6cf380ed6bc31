import { memo, useMemo, type RefObject } from 'react';
import type { Phase, Task, TaskId } from '../../../../shared/domain';
import type { TimelineMarker } from '../../../../shared/calendar/keyMoments';
import { dateEndToX, dateToX, momentToX, type TimeScale } from '../../../../shared/planning/timeScale';
import {
  barColor,
  dayFill,
  isCritical,
  isOverdueBar,
  CRITICAL,
  OVERDUE,
  type CalendarDay,
  type ChartStyle,
} from './chartModel';
import { range, ROW_BLOCK } from './renderWindow';
import type { TimelineRow } from './rows';

interface Props {
  rows: readonly TimelineRow[];
  /** Rendered row blocks, inclusive (see renderWindow.ts). */
  b0: number;
  b1: number;
  scale: TimeScale;
  rowHeight: number;
  height: number;
  calendar: readonly CalendarDay[];
  phases: readonly Phase[];
  markers: readonly TimelineMarker[];
  today: string;
  style: ChartStyle;
  selection: ReadonlySet<TaskId>;
  rowOfTask: ReadonlyMap<TaskId, number>;
  successors: ReadonlyMap<TaskId, TaskId[]>;
  tasksById: ReadonlyMap<TaskId, Task>;
  readOnly: boolean;
  fontSize: number;
  ghostRef?: RefObject<SVGPathElement | null>;
}

interface Geometry {
  scale: TimeScale;
  rowHeight: number;
  style: ChartStyle;
  rowOfTask: ReadonlyMap<TaskId, number>;
}

function barHeight(rowHeight: number): number {
  return Math.round(rowHeight * 0.5);
}

function barTop(g: Geometry, rowIndex: number): number {
  const barH = barHeight(g.rowHeight);
  return rowIndex * g.rowHeight + Math.round((g.rowHeight - barH) / 2) - (g.style.baselineById ? 3 : 0);
}

function LinkPath({ g, from, to, type }: { g: Geometry; from: Task; to: Task; type: 'FS' | 'SS' }) {
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

/**
 * Weekends, holidays, phase bands, key moments and today over the whole body height. It depends
 * only on the axis and the plan's calendar, so scrolling never re-renders (or re-lays out) it.
 */
const ChartBackground = memo(function ChartBackground({
  scale,
  height,
  calendar,
  phases,
  markers,
  today,
}: {
  scale: TimeScale;
  height: number;
  calendar: readonly CalendarDay[];
  phases: readonly Phase[];
  markers: readonly TimelineMarker[];
  today: string;
}) {
  const px = scale.pxPerDay;
  const todayX = dateToX(scale, today) + px / 2;
  const width = scale.dayCount * px;
  return (
    <g pointerEvents="none">
      {phases.map((p) => {
        const x1 = Math.max(0, dateToX(scale, p.startDate));
        const x2 = Math.min(width, dateEndToX(scale, p.endDate));
        if (x2 <= x1) return null;
        return <rect key={p.id} x={x1} y={0} width={x2 - x1} height={height} fill={p.color} opacity={0.07} />;
      })}
      {calendar.map((d) => (
        <rect key={d.date} x={d.index * px} y={0} width={px} height={height} fill={dayFill[d.kind]}>
          {d.name && <title>{d.name}</title>}
        </rect>
      ))}
      {markers.map((m) => {
        const x = momentToX(scale, m.date, m.time);
        if (x < 0 || x > width) return null;
        return (
          <line
            key={m.id}
            x1={x}
            x2={x}
            y1={0}
            y2={height}
            stroke={m.kind === 'peak' ? '#e8590c' : '#f08c00'}
            strokeDasharray="4 3"
            strokeWidth={m.kind === 'peak' ? 1.6 : 1}
          />
        );
      })}
      {todayX >= 0 && todayX <= width && (
        <line x1={todayX} x2={todayX} y1={0} y2={height} stroke="#1c7ed6" strokeWidth={2} data-today />
      )}
    </g>
  );
});

interface BlockProps {
  rows: readonly TimelineRow[];
  block: number;
  g: Geometry;
  /** Only the selected ids inside this block, joined, so selecting elsewhere leaves it alone. */
  selectedKey: string;
  tasksById: ReadonlyMap<TaskId, Task>;
  readOnly: boolean;
  fontSize: number;
}

/** The bars of ROW_BLOCK rows and the links that end in them. */
const BarBlock = memo(function BarBlock({
  rows,
  block,
  g,
  selectedKey,
  tasksById,
  readOnly,
  fontSize,
}: BlockProps) {
  const { scale, rowHeight, style } = g;
  const barH = barHeight(rowHeight);
  const selected = new Set(selectedKey ? selectedKey.split(' ') : []);
  const bars: React.ReactNode[] = [];
  const links: React.ReactNode[] = [];
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
    for (const dep of task.predecessors) {
      const from = tasksById.get(dep.taskId);
      if (from)
        links.push(<LinkPath key={`${from.id}>${task.id}`} g={g} from={from} to={task} type={dep.type} />);
    }
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
        {!readOnly && (
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
    <g data-block={block}>
      <g>{links}</g>
      <g>{bars}</g>
    </g>
  );
});

/**
 * Links that leave the rendered rows towards a successor outside them (the ones into the rendered
 * rows are drawn by their blocks), so a link into or out of view is always drawn exactly once.
 */
function OuterLinks({
  rows,
  r0,
  r1,
  g,
  successors,
  tasksById,
}: {
  rows: readonly TimelineRow[];
  r0: number;
  r1: number;
  g: Geometry;
  successors: ReadonlyMap<TaskId, TaskId[]>;
  tasksById: ReadonlyMap<TaskId, Task>;
}) {
  const out: React.ReactNode[] = [];
  for (let i = r0; i <= r1; i++) {
    const row = rows[i];
    if (row?.kind !== 'task') continue;
    for (const succId of successors.get(row.task.id) ?? []) {
      const at = g.rowOfTask.get(succId);
      if (at === undefined || (at >= r0 && at <= r1)) continue;
      const succ = tasksById.get(succId);
      const dep = succ?.predecessors.find((d) => d.taskId === row.task.id);
      if (succ && dep)
        out.push(
          <LinkPath key={`${row.task.id}>${succId}`} g={g} from={row.task} to={succ} type={dep.type} />,
        );
    }
  }
  return <g>{out}</g>;
}

function selectedKeyOf(rows: readonly TimelineRow[], block: number, selection: ReadonlySet<TaskId>): string {
  if (selection.size === 0) return '';
  const ids: string[] = [];
  const end = Math.min(rows.length, (block + 1) * ROW_BLOCK);
  for (let i = block * ROW_BLOCK; i < end; i++) {
    const row = rows[i];
    if (row?.kind === 'task' && selection.has(row.task.id)) ids.push(row.task.id);
  }
  return ids.join(' ');
}

/**
 * One SVG the size of the whole chart (no viewBox, so user units are pixels and never change on
 * scroll). Its background is drawn once per axis; bars come in memoised blocks of rows, so moving
 * the window mounts one block and drops another. Node count depends on the window, not the plan.
 */
export const ChartLayer = memo(function ChartLayer({
  rows,
  b0,
  b1,
  scale,
  rowHeight,
  height,
  calendar,
  phases,
  markers,
  today,
  style,
  selection,
  rowOfTask,
  successors,
  tasksById,
  readOnly,
  fontSize,
  ghostRef,
}: Props) {
  const width = scale.dayCount * scale.pxPerDay;
  // One geometry object per axis/style/rows, so blocks see a stable prop while scrolling.
  const g = useMemo(() => ({ scale, rowHeight, style, rowOfTask }), [scale, rowHeight, style, rowOfTask]);
  const r0 = b0 * ROW_BLOCK;
  const r1 = Math.min(rows.length - 1, (b1 + 1) * ROW_BLOCK - 1);
  return (
    <svg
      className="tl-chart"
      width={width}
      height={height}
      style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible' }}
    >
      <defs>
        <marker
          id="tl-arrow"
          viewBox="0 0 6 6"
          refX="5"
          refY="3"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L6,3 L0,6 z" fill="#868e96" />
        </marker>
        <marker
          id="tl-arrow-critical"
          viewBox="0 0 6 6"
          refX="5"
          refY="3"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L6,3 L0,6 z" fill={CRITICAL} />
        </marker>
      </defs>
      <ChartBackground
        scale={scale}
        height={height}
        calendar={calendar}
        phases={phases}
        markers={markers}
        today={today}
      />
      <OuterLinks rows={rows} r0={r0} r1={r1} g={g} successors={successors} tasksById={tasksById} />
      {range(b0, b1).map((block) => (
        <BarBlock
          key={block}
          rows={rows}
          block={block}
          g={g}
          selectedKey={selectedKeyOf(rows, block, selection)}
          tasksById={tasksById}
          readOnly={readOnly}
          fontSize={fontSize}
        />
      ))}
      <path
        ref={ghostRef}
        d=""
        fill="none"
        stroke="#1971c2"
        strokeWidth={2}
        strokeDasharray="5 3"
        pointerEvents="none"
      />
    </svg>
  );
});
