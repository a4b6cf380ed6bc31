/**
 * Scheduling runs on whole day numbers (days since 1970-01-01) instead of date strings: CPM on
 * 2,000 tasks touches dates tens of thousands of times and must stay within a few milliseconds.
 * The conversions are the domain's own (shared/domain/dates.ts), exact in UTC.
 */
export { fromDayNumber, toDayNumber } from '../../domain/dates';

/** Calendar days a task lasts, inclusive; a task whose end precedes its start counts as one day. */
export function durationOf(start: number, end: number): number {
  return Math.max(1, end - start + 1);
}
