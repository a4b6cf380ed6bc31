import { memo } from 'react';
import { dateEndToX, dateToX, momentToX } from '../../../../shared/planning/timeScale';
import { dayFill, type CalendarDay } from './chartModel';
import type { GanttModel } from './ganttModel';

type Drawn = Pick<GanttModel, 'scale' | 'calendar' | 'phases' | 'markers' | 'today'>;

interface Props {
  model: Drawn;
  height: number;
}

const drawnParts: readonly (keyof Drawn)[] = ['scale', 'calendar', 'phases', 'markers', 'today'];

/** Same drawing when the parts it draws are the same objects (the model around them may differ). */
function sameDrawing(a: Props, b: Props): boolean {
  return a.height === b.height && drawnParts.every((k) => a.model[k] === b.model[k]);
}

/**
 * Weekends, holidays, phase bands, key moments and today over the whole body height. It depends
 * only on the axis and the plan's calendar, so scrolling never re-renders (or re-lays out) it.
 */
export const ChartBackground = memo(function ChartBackground({ model, height }: Props) {
  const { scale, calendar, phases, markers, today } = model;
  const px = scale.pxPerDay;
  const todayX = dateToX(scale, today) + px / 2;
  const width = scale.dayCount * px;
  const unnamedByKind: Partial<Record<CalendarDay['kind'], CalendarDay[]>> = {};
  for (const d of calendar) if (!d.name) (unnamedByKind[d.kind] ??= []).push(d);
  return (
    <g pointerEvents="none">
      {phases.map((p) => {
        const x1 = Math.max(0, dateToX(scale, p.startDate));
        const x2 = Math.min(width, dateEndToX(scale, p.endDate));
        if (x2 <= x1) return null;
        return <rect key={p.id} x={x1} y={0} width={x2 - x1} height={height} fill={p.color} opacity={0.07} />;
      })}
      {/* The days without a name, one path for each kind of day; a holiday keeps its own rect and name. */}
      {Object.entries(unnamedByKind).map(([kind, days]) => (
        <path
          key={kind}
          d={days.map((d) => `M${d.index * px},0h${px}v${height}h${-px}z`).join('')}
          fill={dayFill[kind as CalendarDay['kind']]}
        />
      ))}
      {/* A named day (a holiday, a swapped working day) is the one part of the background that takes
          the pointer, so hovering its column shows the name; bars are drawn above it. */}
      {calendar
        .filter((d) => d.name)
        .map((d) => (
          <rect
            key={d.date}
            x={d.index * px}
            y={0}
            width={px}
            height={height}
            fill={dayFill[d.kind]}
            pointerEvents="visiblePainted"
          >
            <title>{d.name}</title>
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
}, sameDrawing);
