/**
 * ISO 8601 weeks on `YYYY-MM-DD` strings. Plain day numbers (days since 1970-01-01, UTC) rather
 * than the date library: the workload walks every week of thousands of tasks.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  return Math.round(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS);
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of the Monday of the week `day` falls in (1970-01-01 was a Thursday). */
export function mondayNumber(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/**
 * ISO 8601 week of a date as "2026-W45": weeks start on Monday and belong to the year of their
 * Thursday, so 2027-01-01 (a Friday) is in 2026-W53.
 */
export function isoWeekOf(date: string): string {
  const thursday = mondayNumber(dayNumber(date)) + 3;
  const year = dateOfDayNumber(thursday).slice(0, 4);
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Day numbers of the Mondays of every ISO week that start..end (inclusive) touches, in order. */
export function mondayNumbersTouched(start: string, end: string): number[] {
  const out: number[] = [];
  const last = dayNumber(end);
  for (let monday = mondayNumber(dayNumber(start)); monday <= last; monday += 7) out.push(monday);
  return out;
}

/** The Mondays of every ISO week that start..end (inclusive) touches, in order. */
export function mondaysTouched(start: string, end: string): string[] {
  return mondayNumbersTouched(start, end).map(dateOfDayNumber);
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
