import type { IsoDate, TimeOfDay } from '../domain';
import { fromDayNumber, toDayNumber } from './scheduling/dayNumber';

/**
 * The timeline's horizontal axis: dates ↔ pixels for each zoom level. Pure arithmetic on day
 * numbers (days since 1970-01-01 UTC), because the renderer converts thousands of dates per frame.
 * x = 0 is the start of the scale's first day; a day occupies [x, x + pxPerDay).
 */
export type Zoom = 'day' | 'week' | 'month';

/** Pixels per calendar day at each zoom: a day wide enough for its date, a week, a month. */
export const pxPerDayByZoom: Record<Zoom, number> = { day: 32, week: 12, month: 4 };

/** "Fit the whole campaign" never goes below a pixel a day, nor above the day zoom's width × 2. */
export const MIN_PX_PER_DAY = 1;
export const MAX_PX_PER_DAY = 64;

export interface TimeScale {
  /** Day number of x = 0. */
  originDay: number;
  /** Number of days on the axis. */
  dayCount: number;
  pxPerDay: number;
  /** Which ticks to draw; a fitted scale picks the zoom whose ticks suit its width. */
  zoom: Zoom;
}

/**
 * A scale covering start…end inclusive with `padDays` of air either side, so bars at the plan's
 * edges are not glued to the border.
 */
export function makeTimeScale(
  start: IsoDate,
  end: IsoDate,
  pxPerDay: number,
  zoom: Zoom,
  padDays = 0,
): TimeScale {
  const first = Math.min(toDayNumber(start), toDayNumber(end)) - padDays;
  const last = Math.max(toDayNumber(start), toDayNumber(end)) + padDays;
  return { originDay: first, dayCount: last - first + 1, pxPerDay, zoom };
}

/** The pixels per day that show start…end inclusive in `width` pixels. */
export function fitPxPerDay(start: IsoDate, end: IsoDate, width: number): number {
  const days = Math.abs(toDayNumber(end) - toDayNumber(start)) + 1;
  const px = width / days;
  return Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, px));
}

/** The zoom whose tick spacing suits a given density (for a fitted scale). */
export function zoomForPxPerDay(pxPerDay: number): Zoom {
  if (pxPerDay >= 20) return 'day';
  if (pxPerDay >= 6) return 'week';
  return 'month';
}

export function scaleWidth(scale: TimeScale): number {
  return scale.dayCount * scale.pxPerDay;
}

/** Left edge of a date's day. */
export function dateToX(scale: TimeScale, date: IsoDate): number {
  return (toDayNumber(date) - scale.originDay) * scale.pxPerDay;
}

/** Right edge of a date's day (where an inclusive end date's bar stops). */
export function dateEndToX(scale: TimeScale, date: IsoDate): number {
  return dateToX(scale, date) + scale.pxPerDay;
}

/** A moment inside a day: 20:00 sits 5/6 of the way across; no time means the day's middle. */
export function momentToX(scale: TimeScale, date: IsoDate, time: TimeOfDay | null): number {
  const left = dateToX(scale, date);
  if (time === null) return left + scale.pxPerDay / 2;
  const hours = Number(time.slice(0, 2));
  const minutes = Number(time.slice(3, 5));
  return left + ((hours * 60 + minutes) / 1440) * scale.pxPerDay;
}

/** The day under pixel x (snapped to whole days); clamps nothing, so drags may leave the axis. */
export function xToDate(scale: TimeScale, x: number): IsoDate {
  return fromDayNumber(scale.originDay + Math.floor(x / scale.pxPerDay));
}

/** A drag of dx pixels as whole days, rounded to the nearest day (snap to days). */
export function pixelsToDays(scale: TimeScale, dx: number): number {
  const days = Math.round(dx / scale.pxPerDay);
  return days === 0 ? 0 : days; // no -0
}

/** Indexes (0-based, inclusive) of the days touching [left, left + width), widened by overscan px. */
export function visibleDayRange(
  scale: TimeScale,
  left: number,
  width: number,
  overscanPx = 0,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor((left - overscanPx) / scale.pxPerDay));
  const last = Math.min(scale.dayCount - 1, Math.ceil((left + width + overscanPx) / scale.pxPerDay) - 1);
  return { first, last: Math.max(first, last) };
}

export function dayIndexToDate(scale: TimeScale, index: number): IsoDate {
  return fromDayNumber(scale.originDay + index);
}

export interface Tick {
  /** The first day of the tick's span (clipped to the requested range). */
  date: IsoDate;
  x: number;
  width: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

/**
 * Header ticks for the days first…last (indexes into the scale): a minor row (days, ISO weeks
 * starting Monday, or months) and a major row above it (months, or years at month zoom).
 * Spans cut by the range edges are clipped, so each tick's x/width is what is actually drawn.
 */
export function axisTicks(scale: TimeScale, first: number, last: number): { major: Tick[]; minor: Tick[] } {
  const minorUnit = scale.zoom === 'day' ? 'day' : scale.zoom === 'week' ? 'week' : 'month';
  const majorUnit = scale.zoom === 'month' ? 'year' : 'month';
  return {
    minor: spans(scale, first, last, minorUnit),
    major: spans(scale, first, last, majorUnit),
  };
}

function startsUnit(day: number, unit: Tick['unit']): boolean {
  if (unit === 'day') return true;
  if (unit === 'week') return (day + 3) % 7 === 0; // day 0 (1970-01-01) was a Thursday
  const date = fromDayNumber(day);
  if (unit === 'month') return date.endsWith('-01');
  return date.endsWith('-01-01');
}

function spans(scale: TimeScale, first: number, last: number, unit: Tick['unit']): Tick[] {
  const ticks: Tick[] = [];
  let spanStart = first;
  for (let i = first + 1; i <= last + 1; i++) {
    if (i <= last && !startsUnit(scale.originDay + i, unit)) continue;
    ticks.push({
      date: fromDayNumber(scale.originDay + spanStart),
      x: spanStart * scale.pxPerDay,
      width: (i - spanStart) * scale.pxPerDay,
      unit,
    });
    spanStart = i;
  }
  return ticks;
}
