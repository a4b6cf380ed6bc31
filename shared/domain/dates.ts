import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import type { IsoDate } from './primitives';

dayjs.extend(utc);

/**
 * Date-only arithmetic on `YYYY-MM-DD` strings. Everything is done in UTC so that a day is
 * always 24 hours long and no local time zone or DST change can shift a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = dayjs.utc(value, 'YYYY-MM-DD');
  return d.isValid() && d.format('YYYY-MM-DD') === value;
}

const TYPED_DATE = /^(\d{4})[-/.](\d{2})[-/.](\d{2})$/;

/**
 * A date as a planner types it, read strictly: 2026-11-11 (or 2026/11/11) when it is a day on the
 * calendar, else null — never rolled over (2026-02-30 is not 2026-03-02). Month and day take two
 * digits, so a date half typed ("2026-02-3") is not read as another day while the planner types.
 */
export function readTypedDate(text: string): IsoDate | null {
  const m = TYPED_DATE.exec(text.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isValidIsoDate(iso) ? (iso as IsoDate) : null;
}

export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: string, to: string): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}

/** Inclusive number of calendar days a span covers (a one-day task lasts 1). */
export function spanDays(start: string, end: string): number {
  return diffDays(start, end) + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return dayjs.utc(date).day();
}

export function isWeekend(date: string): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** Every date from start to end inclusive. */
export function eachDay(start: string, end: string): string[] {
  const out: string[] = [];
  const n = diffDays(start, end);
  for (let i = 0; i <= n; i++) out.push(addDays(start, i));
  return out;
}
