import { addDays, dayOfWeek, diffDays } from '../domain/dates';

/** The Monday of the ISO week a date falls in. */
export function mondayOf(date: string): string {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/**
 * ISO 8601 week of a date as "2026-W45": weeks start on Monday and belong to the year of their
 * Thursday, so 2027-01-01 (a Friday) is in 2026-W53.
 */
export function isoWeekOf(date: string): string {
  const thursday = addDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(diffDays(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Mondays of every ISO week that start..end (inclusive) touches, in order. */
export function mondaysTouched(start: string, end: string): string[] {
  const out: string[] = [];
  for (let monday = mondayOf(start); monday <= end; monday = addDays(monday, 7)) out.push(monday);
  return out;
}
