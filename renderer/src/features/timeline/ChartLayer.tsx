import { memo, type RefObject } from 'react';
import type { Phase, Task, TaskId } from '../../../../shared/domain';
import type { TimelineMarker } from '../../../../shared/calendar/keyMoments';
import { dateEndToX, dateToX, momentToX, type TimeScale } from '../../../../shared/planning/timeScale';
import { barColor, dayFill, isCritical, CRITICAL, type CalendarDay, type ChartStyle } from './chartModel';
import type { TimelineRow } from './rows';

export interface ChartWindow {
  r0: number;
  r1: number;
  d0: number;
  d1: number;
}

interface Props {
  rows: readonly TimelineRow[];
  win: ChartWindow;
  scale: TimeScale;
  rowHeight: number;
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

/**
 * The chart for the rows and days in the render window only: backgrounds, phase bands, markers,
 * bars, baselines and links. Its node count depends on the window, never on the plan's size.
 */
export const ChartLayer = memo(function ChartLayer(props: Props) {
  const { rows, win, scale, rowHeight, style, selection, readOnly } = props;
  const px = scale.pxPerDay;
  const left = win.d0 * px;
  const top = win.r0 * rowHeight;
  const width = (win.d1 - win.d0 + 1) * px;
  const height = Math.max(rowHeight, (win.r1 - win.r0 + 1) * rowHeight);
  const xMin = left - px;
  const xMax = left + width + px;
  const barH = Math.round(rowHeight * 0.5);
  const barTop = (rowIndex: number) =>
    rowIndex * rowHeight + Math.round((rowHeight - barH) / 2) - (style.baselineById ? 3 : 0);

  const bars: React.ReactNode[] = [];
  const links: React.ReactNode[] = [];
  const drawnLinks = new Set<string>();

  const linkPath = (fromTask: Task, toTask: Task, type: 'FS' | 'SS') => {
    const fromRow = props.rowOfTask.get(fromTask.id);
    const toRow = props.rowOfTask.get(toTask.id);
    if (fromRow === undefined || toRow === undefined) return;
    const key = `${fromTask.id}>${toTask.id}`;
    if (drawnLinks.has(key)) return;
    drawnLinks.add(key);
    const x1 = type === 'FS' ? dateEndToX(scale, fromTask.endDate) : dateToX(scale, fromTask.startDate);
    const y1 = barTop(fromRow) + barH / 2;
    const x2 = dateToX(scale, toTask.startDate);
    const y2 = barTop(toRow) + barH / 2;
    if (Math.max(x1, x2) < xMin - 20 || Math.min(x1, x2) > xMax + 20) return;
    const elbow = type === 'FS' ? Math.max(x1 + 6, x2 - 6) : Math.min(x1, x2) - 8;
    const critical = isCritical(fromTask, style) && isCritical(toTask, style);
    links.push(
      <path
        key={key}
        d={`M${x1},${y1} H${elbow} V${y2} H${x2 - 1}`}
        fill="none"
        stroke={critical ? CRITICAL : '#868e96'}
        strokeWidth={critical ? 1.6 : 1}
        markerEnd={critical ? 'url(#tl-arrow-critical)' : 'url(#tl-arrow)'}
        data-link={key}
      />,
    );
  };

  for (let i = win.r0; i <= win.r1 && i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    if (row.kind === 'group') {
      if (row.start && row.end) {
        const x1 = dateToX(scale, row.start);
        const x2 = dateEndToX(scale, row.end);
        if (x2 >= xMin && x1 <= xMax) {
          const y = i * rowHeight + rowHeight / 2 - 3;
          bars.push(
            <rect
              key={`g${row.key}`}
              x={x1}
              y={y}
              width={x2 - x1}
              height={6}
              rx={2}
              fill={row.color ?? '#495057'}
              opacity={0.85}
            />,
          );
        }
      }
      continue;
    }
    const task = row.task;
    // Incoming and outgoing links of every row in the window, so a link into or out of view is drawn.
    for (const dep of task.predecessors) {
      const from = props.tasksById.get(dep.taskId);
      if (from) linkPath(from, task, dep.type);
    }
    for (const succId of props.successors.get(task.id) ?? []) {
      const succ = props.tasksById.get(succId);
      const dep = succ?.predecessors.find((d) => d.taskId === task.id);
      if (succ && dep) linkPath(task, succ, dep.type);
    }

    const x1 = dateToX(scale, task.startDate);
    const x2 = dateEndToX(scale, task.endDate);
    const baseline = style.baselineById?.get(task.id);
    if (baseline) {
      const bx1 = dateToX(scale, baseline.startDate);
      const bx2 = dateEndToX(scale, baseline.endDate);
      if (bx2 >= xMin && bx1 <= xMax) {
        bars.push(
          <rect
            key={`b${task.id}`}
            x={bx1}
            y={barTop(i) + barH + 3}
            width={Math.max(2, bx2 - bx1)}
            height={4}
            rx={1}
            fill="#adb5bd"
            data-baseline={task.id}
          />,
        );
      }
    }
    if (x2 < xMin || x1 > xMax) continue;
    const selected = selection.has(task.id);
    const color = barColor(task, style);
    const y = barTop(i);
    if (task.isMilestone) {
      const cx = momentToX(scale, task.startDate, task.milestoneTime);
      const r = barH / 2 + 2;
      const cy = y + barH / 2;
      bars.push(
        <g key={task.id} data-task-id={task.id} className="tl-bar">
          <polygon
            data-part="body"
            points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`}
            fill={isCritical(task, style) ? CRITICAL : '#343a40'}
            stroke={selected ? '#1971c2' : 'white'}
            strokeWidth={selected ? 2.5 : 1}
          />
          {task.milestoneTime && (
            <text
              x={cx + r + 3}
              y={cy + props.fontSize * 0.35}
              fontSize={props.fontSize * 0.85}
              fill="#343a40"
            >
              {task.milestoneTime}
            </text>
          )}
        </g>,
      );
      continue;
    }
    const w = Math.max(2, x2 - x1);
    bars.push(
      <g key={task.id} data-task-id={task.id} className="tl-bar">
        <rect
          data-part="body"
          x={x1}
          y={y}
          width={w}
          height={barH}
          rx={3}
          fill={color}
          fillOpacity={task.status === 'cancelled' ? 0.3 : 0.9}
          stroke={selected ? '#1971c2' : isCritical(task, style) ? '#a51111' : 'none'}
          strokeWidth={selected ? 2.5 : 1.2}
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
            <rect
              data-part="start"
              x={x1 - 2}
              y={y}
              width={Math.min(8, w / 3) + 2}
              height={barH}
              className="tl-handle"
            />
            <rect
              data-part="end"
              x={x2 - Math.min(8, w / 3)}
              y={y}
              width={Math.min(8, w / 3) + 2}
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
    <svg
      className="tl-chart"
      width={width}
      height={height}
      style={{ position: 'absolute', left, top, overflow: 'visible' }}
      viewBox={`${left} ${top} ${width} ${height}`}
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
      {props.phases.map((p) => {
        const x1 = Math.max(xMin, dateToX(scale, p.startDate));
        const x2 = Math.min(xMax, dateEndToX(scale, p.endDate));
        if (x2 <= x1) return null;
        return (
          <rect
            key={p.id}
            x={x1}
            y={top}
            width={x2 - x1}
            height={height}
            fill={p.color}
            opacity={0.07}
            pointerEvents="none"
          />
        );
      })}
      {props.calendar.map((d) =>
        d.index < win.d0 || d.index > win.d1 ? null : (
          <rect
            key={d.date}
            x={d.index * px}
            y={top}
            width={px}
            height={height}
            fill={dayFill[d.kind]}
            pointerEvents="none"
          >
            {d.name && <title>{d.name}</title>}
          </rect>
        ),
      )}
      {props.markers.map((m) => {
        const x = momentToX(scale, m.date, m.time);
        if (x < xMin || x > xMax) return null;
        return (
          <line
            key={m.id}
            x1={x}
            x2={x}
            y1={top}
            y2={top + height}
            stroke={m.kind === 'peak' ? '#e8590c' : '#f08c00'}
            strokeDasharray="4 3"
            strokeWidth={m.kind === 'peak' ? 1.6 : 1}
            pointerEvents="none"
          />
        );
      })}
      {(() => {
        const x = dateToX(scale, props.today) + px / 2;
        return x >= xMin && x <= xMax ? (
          <line
            x1={x}
            x2={x}
            y1={top}
            y2={top + height}
            stroke="#1c7ed6"
            strokeWidth={2}
            pointerEvents="none"
            data-today
          />
        ) : null;
      })()}
      <g>{links}</g>
      <g>{bars}</g>
      <path
        ref={props.ghostRef}
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
