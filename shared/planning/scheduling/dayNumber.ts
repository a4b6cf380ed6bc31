import type { IsoDate } from '../../domain';

/**
 * Scheduling runs on whole day numbers (days since 1970-01-01) instead of dayjs objects: CPM on
 * 2,000 tasks touches dates tens of thousands of times and must stay within a few milliseconds.
 * Both conversions are exact in UTC, so no time zone can shift a day.
 */
const MS_PER_DAY = 86_400_000;

// A plan uses a few hundred distinct dates; remembering conversions makes them a map lookup.
// Bounded so a long session cannot grow them without limit.
const CACHE_LIMIT = 50_000;
const toCache = new Map<string, number>();
const fromCache = new Map<number, string>();

export function toDayNumber(date: IsoDate): number {
  const cached = toCache.get(date);
  if (cached !== undefined) return cached;
  if (toCache.size >= CACHE_LIMIT) toCache.clear();
  const value = parseDayNumber(date);
  toCache.set(date, value);
  return value;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const cached = fromCache.get(dayNumber);
  if (cached !== undefined) return cached;
  if (fromCache.size >= CACHE_LIMIT) fromCache.clear();
  const value = new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
  fromCache.set(dayNumber, value);
  return value;
}

function parseDayNumber(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Calendar days a task lasts, inclusive; a task whose end precedes its start counts as one day. */
export function durationOf(start: number, end: number): number {
  return Math.max(1, end - start + 1);
}
