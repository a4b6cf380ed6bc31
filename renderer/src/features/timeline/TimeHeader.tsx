import { memo } from 'react';
import type { Phase } from '../../../../shared/domain';
import type { TimelineMarker } from '../../../../shared/calendar/keyMoments';
import {
  axisTicks,
  dateEndToX,
  dateToX,
  momentToX,
  type TimeScale,
  type Tick,
} from '../../../../shared/planning/timeScale';
import type { CalendarDay } from './chartModel';

export const HEADER_ROW = 20;

export function tickLabel(tick: Tick, locale: 'zh-CN' | 'en-US', zoom: TimeScale['zoom']): string {
  const [y, m, d] = tick.date.split('-').map(Number) as [number, number, number];
  const zh = locale === 'zh-CN';
  if (tick.unit === 'year') return zh ? `${y}年` : String(y);
  if (tick.unit === 'month') {
    if (zoom === 'month')
      return zh
        ? `${m}月`
        : new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    return zh
      ? `${y}年${m}月`
      : new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', {
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        });
  }
  if (tick.unit === 'week') return `${m}/${d}`;
  return String(d);
}

interface Props {
  scale: TimeScale;
  d0: number;
  d1: number;
  phases: readonly Phase[];
  markers: readonly TimelineMarker[];
  calendar: readonly CalendarDay[];
  locale: 'zh-CN' | 'en-US';
  fontSize: number;
  adjustedShort: string;
}

/** Three header rows for the days in the window: months (or years), phases with key moments, days/weeks/months. */
export const TimeHeader = memo(function TimeHeader({
  scale,
  d0,
  d1,
  phases,
  markers,
  calendar,
  locale,
  fontSize,
  adjustedShort,
}: Props) {
  const px = scale.pxPerDay;
  const left = d0 * px;
  const width = (d1 - d0 + 1) * px;
  const { major, minor } = axisTicks(scale, d0, d1);
  const rowH = Math.round(fontSize * 1.6);
  const text = fontSize * 0.85;
  return (
    <svg
      width={width}
      height={rowH * 3}
      viewBox={`${left} 0 ${width} ${rowH * 3}`}
      style={{ position: 'absolute', left, top: 0 }}
    >
      {major.map((t) => (
        <g key={`M${t.date}`}>
          <line x1={t.x} x2={t.x} y1={0} y2={rowH} stroke="#ced4da" />
          <text x={Math.max(t.x, left) + 4} y={rowH * 0.72} fontSize={text} fontWeight={600} fill="#343a40">
            {tickLabel(t, locale, scale.zoom)}
          </text>
        </g>
      ))}
      {phases.map((p) => {
        const x1 = Math.max(left, dateToX(scale, p.startDate));
        const x2 = Math.min(left + width, dateEndToX(scale, p.endDate));
        if (x2 <= x1) return null;
        return (
          <g key={p.id}>
            <rect x={x1} y={rowH} width={x2 - x1} height={rowH} fill={p.color} opacity={0.35} />
            <text x={x1 + 4} y={rowH * 1.72} fontSize={text} fill="#212529" clipPath={undefined}>
              {x2 - x1 > fontSize * 2 ? p.name : ''}
            </text>
          </g>
        );
      })}
      {markers.map((m) => {
        const x = momentToX(scale, m.date, m.time);
        if (x < left || x > left + width) return null;
        return (
          <g key={m.id}>
            <title>{`${m.label} ${m.date}${m.time ? ` ${m.time}` : ''}`}</title>
            <path d={`M${x},${rowH * 2} l-5,-7 h10 z`} fill={m.kind === 'peak' ? '#e8590c' : '#f08c00'} />
            <text x={x + 6} y={rowH * 2 - 3} fontSize={text * 0.85} fill="#d9480f">
              {m.label}
            </text>
          </g>
        );
      })}
      {minor.map((t) => {
        const day = scale.zoom === 'day' ? calendar.find((c) => c.date === t.date) : undefined;
        return (
          <g key={`m${t.date}`}>
            {day && (
              <rect
                x={t.x}
                y={rowH * 2}
                width={t.width}
                height={rowH}
                fill={
                  day.kind === 'adjustedWorkday'
                    ? 'rgba(64,192,87,0.25)'
                    : day.kind === 'holiday'
                      ? 'rgba(250,82,82,0.2)'
                      : 'rgba(134,142,150,0.12)'
                }
              />
            )}
            <line x1={t.x} x2={t.x} y1={rowH * 2} y2={rowH * 3} stroke="#dee2e6" />
            {t.width >= fontSize * 1.3 && (
              <text x={t.x + t.width / 2} y={rowH * 2.72} fontSize={text} textAnchor="middle" fill="#495057">
                {day?.kind === 'adjustedWorkday' ? adjustedShort : tickLabel(t, locale, scale.zoom)}
              </text>
            )}
          </g>
        );
      })}
      <line x1={left} x2={left + width} y1={rowH * 3 - 0.5} y2={rowH * 3 - 0.5} stroke="#adb5bd" />
    </svg>
  );
});
