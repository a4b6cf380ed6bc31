import type { IsoDate } from './primitives';

/**
 * Date-only arithmetic on `YYYY-MM-DD` strings, done on whole day numbers (days since
 * 1970-01-01, in UTC, so that a day is always 24 hours long and no local time zone or DST change
 * can shift a date). Scheduling, the axis and every importer touch dates tens of thousands of
 * times on a large plan: a date is a map lookup and integer arithmetic, never a parsed object.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days in `month` (1–12) of `year`, by the Gregorian rule. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A `YYYY-MM-DD` that is a day on the calendar (2026-02-30 is not). Years before 0100 are refused:
 * JavaScript's Date reads them as 1900–1999, so no date arithmetic here could keep them.
 */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// A plan uses a few hundred distinct dates; remembering conversions makes them a map lookup.
// Bounded so a long session cannot grow them without limit.
const CACHE_LIMIT = 50_000;
const toCache = new Map<string, number>();
const fromCache = new Map<number, string>();

/** Days since 1970-01-01 of a `YYYY-MM-DD` (NaN when it is not one). */
export function toDayNumber(date: string): number {
  const cached = toCache.get(date);
  if (cached !== undefined) return cached;
  const m = ISO_DATE.exec(date);
  const value = m ? Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY) : NaN;
  if (toCache.size >= CACHE_LIMIT) toCache.clear();
  toCache.set(date, value);
  return value;
}

/** The `YYYY-MM-DD` of a day number ("Invalid Date" for NaN, as a date that was never one). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const cached = fromCache.get(dayNumber);
  if (cached !== undefined) return cached as IsoDate;
  if (!Number.isFinite(dayNumber)) return 'Invalid Date' as IsoDate;
  const value = new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
  if (fromCache.size >= CACHE_LIMIT) fromCache.clear();
  fromCache.set(dayNumber, value);
  return value as IsoDate;
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

/** `date` moved by `days` whole days (a fraction rounds to the nearest day). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + Math.round(days));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Inclusive number of calendar days a span covers (a one-day task lasts 1). */
export function spanDays(start: string, end: string): number {
  return diffDays(start, end) + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
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
