import { fromDayNumber, toDayNumber } from '../domain/dates';

/**
 * ISO 8601 weeks on `YYYY-MM-DD` strings, on the domain's day numbers (days since 1970-01-01, UTC)
 * rather than date objects: the workload walks every week of thousands of tasks.
 */

/** Day number of the Monday of the week `day` falls in (1970-01-01 was a Thursday). */
export function mondayNumber(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/**
 * ISO 8601 week of a date as "2026-W45": weeks start on Monday and belong to the year of their
 * Thursday, so 2027-01-01 (a Friday) is in 2026-W53.
 */
export function isoWeekOf(date: string): string {
  const thursday = mondayNumber(toDayNumber(date)) + 3;
  const year = fromDayNumber(thursday).slice(0, 4);
  const week = Math.floor((thursday - toDayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Day numbers of the Mondays of every ISO week that start..end (inclusive) touches, in order. */
export function mondayNumbersTouched(start: string, end: string): number[] {
  const out: number[] = [];
  const last = toDayNumber(end);
  for (let monday = mondayNumber(toDayNumber(start)); monday <= last; monday += 7) out.push(monday);
  return out;
}

/** The Mondays of every ISO week that start..end (inclusive) touches, in order. */
export function mondaysTouched(start: string, end: string): string[] {
  return mondayNumbersTouched(start, end).map(fromDayNumber);
}

/**
 * Which week headers carry a year (docs/people.md "Workload"): the calendar year of the week's
 * Monday, over the first week and over each week whose Monday is in another year than the week
 * before's. The Monday's year, not the ISO week's: 2026-W01 begins on 2025-12-29, and "2026"
 * over "12-29" read as 29 December 2026. Null where the header shows no year.
 */
export function weekHeaderYears(mondays: readonly string[]): (string | null)[] {
  return mondays.map((monday, i) => {
    const year = monday.slice(0, 4);
    return i === 0 || mondays[i - 1]?.slice(0, 4) !== year ? year : null;
  });
}
