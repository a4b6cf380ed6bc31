import { isValidIsoDate, planTypes, type PlanType } from '../../../../shared/domain';
import {
  normaliseRange,
  yearRange,
  yearStatuses,
  type YearFilters,
  type YearRange,
  type YearStatus,
} from '../../../../shared/calendar/yearRows';

/**
 * The calendar's range and filters live in the address (#/year?year=2026&platform=jd), so going
 * back from a plan's timeline finds the calendar as it was, and a view can be reopened as it was.
 */
export interface YearView {
  range: YearRange;
  /** The year shown, or null for a custom from–to range. */
  year: number | null;
  filters: YearFilters;
}

function list(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').filter((v) => v !== '');
}

export function readYearView(params: URLSearchParams, today: string): YearView {
  const from = params.get('from');
  const to = params.get('to');
  const filters: YearFilters = {
    platforms: list(params, 'platform'),
    statuses: list(params, 'status').filter((s): s is YearStatus => (yearStatuses as string[]).includes(s)),
    types: list(params, 'type').filter((t): t is PlanType => (planTypes as readonly string[]).includes(t)),
    tags: params.getAll('tag').filter((t) => t !== ''),
  };
  if (from && to && isValidIsoDate(from) && isValidIsoDate(to))
    return { range: normaliseRange(from, to), year: null, filters };
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(today.slice(0, 4));
  return { range: yearRange(year), year, filters };
}

export function writeYearView(view: YearView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.year !== null) params.set('year', String(view.year));
  else {
    params.set('from', view.range.from);
    params.set('to', view.range.to);
  }
  if (view.filters.platforms.length) params.set('platform', view.filters.platforms.join(','));
  if (view.filters.statuses.length) params.set('status', view.filters.statuses.join(','));
  if (view.filters.types.length) params.set('type', view.filters.types.join(','));
  // One parameter per tag: a tag may hold a comma.
  for (const tag of view.filters.tags) params.append('tag', tag);
  return params;
}
