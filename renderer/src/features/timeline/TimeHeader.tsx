import { Fragment, memo, useMemo } from 'react';
import {
  axisTicks,
  dateEndToX,
  dateToX,
  momentToX,
  type TimeScale,
  type Tick,
} from '../../../../shared/planning/timeScale';
import { labelWidth, placeLabels, tickLabel } from './axisLabels';
import type { CalendarDay } from './chartModel';
import { range } from './renderWindow';
import type { GanttLook, GanttModel } from './ganttModel';

type HeaderLook = Pick<GanttLook, 'locale' | 'fontSize' | 'adjustedShort'>;

interface Props {
  model: Pick<GanttModel, 'scale' | 'phases' | 'markers' | 'calendar'>;
  look: HeaderLook;
  /** Rendered day chunks, inclusive, of `chunk` days each (see renderWindow.ts). */
  c0: number;
  c1: number;
  chunk: number;
}

interface AxisTicks {
  major: Tick[];
  minor: Tick[];
  /** The minor ticks starting in each chunk, and the major tick each chunk starts inside. */
  minorByChunk: Tick[][];
  majorAtChunk: { tick: Tick | undefined; nextX: number }[];
  dayByIndex: ReadonlyMap<number, CalendarDay>;
}

function useAxisTicks(scale: TimeScale, chunk: number, calendar: readonly CalendarDay[]): AxisTicks {
  return useMemo(() => {
    const { major, minor } = axisTicks(scale, 0, scale.dayCount - 1);
    const chunks = Math.max(1, Math.ceil(scale.dayCount / chunk));
    const chunkPx = chunk * scale.pxPerDay;
    const minorByChunk: Tick[][] = Array.from({ length: chunks }, () => []);
    for (const t of minor) minorByChunk[Math.min(chunks - 1, Math.floor(t.x / chunkPx))]?.push(t);
    const majorAtChunk: AxisTicks['majorAtChunk'] = [];
    let m = 0;
    for (let c = 0; c < chunks; c++) {
      while (m + 1 < major.length && (major[m + 1]?.x ?? Infinity) <= c * chunkPx) m++;
      majorAtChunk.push({ tick: major[m], nextX: major[m + 1]?.x ?? Infinity });
    }
    return {
      major,
      minor,
      minorByChunk,
      majorAtChunk,
      dayByIndex: new Map(calendar.map((d) => [d.index, d])),
    };
  }, [scale, chunk, calendar]);
}

const dayShade: Record<CalendarDay['kind'], string> = {
  adjustedWorkday: 'rgba(64,192,87,0.25)',
  holiday: 'rgba(250,82,82,0.2)',
  weekend: 'rgba(134,142,150,0.12)',
  blackout: 'rgba(134,142,150,0.12)',
};

/** What every header chunk draws with: one object per axis and look, so chunks skip re-rendering. */
interface HeaderAxis {
  scale: TimeScale;
  chunk: number;
  ticks: AxisTicks;
  rowH: number;
  look: HeaderLook;
}

/** One chunk of the bottom (days/weeks/months) row, plus the top row's label at its left edge. */
const HeaderChunk = memo(function HeaderChunk({ index, axis }: { index: number; axis: HeaderAxis }) {
  const { scale, chunk, ticks, rowH } = axis;
  const { locale, fontSize, adjustedShort } = axis.look;
  const text = fontSize * 0.85;
  const left = index * chunk * scale.pxPerDay;
  const at = ticks.majorAtChunk[index];
  const minor = ticks.minorByChunk[index] ?? [];
  const chartW = scale.dayCount * scale.pxPerDay;
  const major = at?.tick;
  // Repeat the month (year) at the chunk's edge unless a label of its own starts close by.
  const repeatMajor =
    major !== undefined &&
    index > 0 &&
    left - major.x > fontSize * 6 &&
    (at?.nextX ?? 0) - left > fontSize * 7;
  return (
    <g>
      {repeatMajor && major && (
        <text x={left + 4} y={rowH * 0.72} fontSize={text} fontWeight={600} fill="#868e96">
          {tickLabel(major, locale, scale.zoom)}
        </text>
      )}
      {minor.map((t) => {
        const dayIndex = Math.round(t.x / scale.pxPerDay);
        const day = scale.zoom === 'day' ? ticks.dayByIndex.get(dayIndex) : undefined;
        const label = day?.kind === 'adjustedWorkday' ? adjustedShort : tickLabel(t, locale, scale.zoom);
        const half = labelWidth(label, text) / 2 + 1;
        const mid = t.x + t.width / 2;
        // Drawn whole or not at all: inside its tick (a short last week gives way) and the chart.
        const fits = t.width >= Math.max(fontSize * 1.3, half * 2) && mid + half <= chartW;
        return (
          <Fragment key={t.date}>
            {day && <rect x={t.x} y={rowH * 2} width={t.width} height={rowH} fill={dayShade[day.kind]} />}
            {fits && (
              <text x={mid} y={rowH * 2.72} fontSize={text} textAnchor="middle" fill="#495057">
                {label}
              </text>
            )}
          </Fragment>
        );
      })}
      {/* Every tick's line in one path (drawn over the shades, as each tick's line was). */}
      <path d={minor.map((t) => `M${t.x},${rowH * 2}V${rowH * 3}`).join('')} stroke="#dee2e6" />
    </g>
  );
});

/**
 * Three header rows: months (or years), phases with key moments, days/weeks/months. The top two
 * rows are few nodes and drawn once per axis; the bottom row comes in memoised chunks of days.
 */
export const TimeHeader = memo(function TimeHeader({ model, look, c0, c1, chunk }: Props) {
  const { scale, phases, markers, calendar } = model;
  const { locale, fontSize } = look;
  const width = scale.dayCount * scale.pxPerDay;
  const rowH = Math.round(fontSize * 1.6);
  const text = fontSize * 0.85;
  const ticks = useAxisTicks(scale, chunk, calendar);
  const axis = useMemo(() => ({ scale, chunk, ticks, rowH, look }), [scale, chunk, ticks, rowH, look]);
  // Phase names and key-moment labels share one row: names first, a label that would overlap gives way.
  const phaseRow = useMemo(() => {
    const shownPhases = phases
      .map((p) => ({
        p,
        x1: Math.max(0, dateToX(scale, p.startDate)),
        x2: Math.min(width, dateEndToX(scale, p.endDate)),
      }))
      .filter((v) => v.x2 > v.x1);
    const shownMarkers = markers
      .map((m) => ({ m, x: momentToX(scale, m.date, m.time) }))
      .filter((v) => v.x >= 0 && v.x <= width);
    const fits = placeLabels(
      [
        ...shownPhases.map((v) => ({ x: v.x1 + 4, text: v.p.name, priority: 0 })),
        ...shownMarkers.map((v) => ({ x: v.x + 6, text: v.m.label, priority: 1 })),
      ],
      text,
    );
    return {
      // A phase name is drawn whole inside its own band or not at all ("Opening wave" ran into the
      // next band at whole-campaign zoom); the band's tooltip names it either way.
      phases: shownPhases.map((v, i) => ({
        ...v,
        showName: fits.has(i) && labelWidth(v.p.name, text) + 8 <= v.x2 - v.x1,
      })),
      markers: shownMarkers.map((v, i) => ({ ...v, showLabel: fits.has(shownPhases.length + i) })),
    };
  }, [phases, markers, scale, width, text]);
  const fixed = useMemo(
    () => (
      <>
        {ticks.major.map((t) => (
          <Fragment key={`M${t.date}`}>
            <line x1={t.x} x2={t.x} y1={0} y2={rowH} stroke="#ced4da" />
            <text x={t.x + 4} y={rowH * 0.72} fontSize={text} fontWeight={600} fill="#343a40">
              {tickLabel(t, locale, scale.zoom)}
            </text>
          </Fragment>
        ))}
        {phaseRow.phases.map(({ p, x1, x2, showName }) => (
          <Fragment key={p.id}>
            <rect x={x1} y={rowH} width={x2 - x1} height={rowH} fill={p.color} opacity={0.35}>
              <title>{`${p.name} ${p.startDate} – ${p.endDate}`}</title>
            </rect>
            {showName && (
              <text x={x1 + 4} y={rowH * 1.72} fontSize={text} fill="#212529">
                {p.name}
              </text>
            )}
          </Fragment>
        ))}
        {phaseRow.markers.map(({ m, x, showLabel }) => (
          <g key={m.id}>
            <title>{`${m.label} ${m.date}${m.time ? ` ${m.time}` : ''}`}</title>
            <path d={`M${x},${rowH * 2} l-5,-7 h10 z`} fill={m.kind === 'peak' ? '#e8590c' : '#f08c00'} />
            {showLabel && (
              <text x={x + 6} y={rowH * 2 - 3} fontSize={text * 0.85} fill="#d9480f">
                {m.label}
              </text>
            )}
          </g>
        ))}
        <line x1={0} x2={width} y1={rowH * 3 - 0.5} y2={rowH * 3 - 0.5} stroke="#adb5bd" />
      </>
    ),
    [ticks, phaseRow, scale, width, rowH, text, locale],
  );
  return (
    <svg width={width} height={rowH * 3} style={{ position: 'absolute', left: 0, top: 0 }}>
      {fixed}
      {range(c0, c1).map((c) => (
        <HeaderChunk key={c} index={c} axis={axis} />
      ))}
    </svg>
  );
});
