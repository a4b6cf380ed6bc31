import type { Locale, LocalizedText } from '../i18n/locale';
import {
  addDays,
  knownPlatforms,
  maxDate,
  minDate,
  type IsoDate,
  type KeyMoment,
  type Phase,
  type Plan,
  type PlanId,
  type PlanStatus,
  type PlanType,
  type TimeOfDay,
} from '../domain';
import { holidaysBetween, provisionalHolidayYears } from './holidaysCN';
import { timelineMarkers } from './keyMoments';
import { platformDaysBetween, uncoveredPlatformYears, type PlatformDay } from './platformDates';
import { hasTag, tagsInUse } from '../planning/librarySearch';

/**
 * The year calendar's rows (issue 14): every plan of a year — or of a chosen range — as one row
 * with its phases and key moments, plus the calendar's own tracks (statutory holidays and 调休,
 * the platforms' fixed days). Pure, so the screen and its PNG/PDF export draw the same thing.
 *
 * Task milestones stay on the plan's own timeline: the year view reads only plan records and
 * phases, so it stays quick with hundreds of plans and hundreds of thousands of tasks.
 */

/** A plan's status on the calendar: its own status, or `archived` once archived. */
export type YearStatus = PlanStatus | 'archived';
export const yearStatuses: readonly YearStatus[] = ['draft', 'approved', 'running', 'done', 'archived'];

export interface YearRange {
  from: IsoDate;
  to: IsoDate;
}

export interface YearFilters {
  /** Plans on at least one of these platforms; empty = every plan. */
  platforms: readonly string[];
  /** Plans in one of these states; empty = every state but archived. */
  statuses: readonly YearStatus[];
  /** Plans of one of these types; empty = every type. */
  types: readonly PlanType[];
  /** Plans carrying at least one of these tags (case-insensitively, as in the library); empty = every plan. */
  tags: readonly string[];
}

export const noYearFilters: YearFilters = { platforms: [], statuses: [], types: [], tags: [] };

/** What the calendar reads of a plan: its record and its phases. */
export interface YearPlanSource {
  plan: Plan;
  phases: readonly Phase[];
}

export interface YearPhaseBand {
  id: string;
  name: string;
  start: IsoDate;
  end: IsoDate;
  /** `#rrggbb`. */
  color: string;
}

export interface YearMoment {
  id: string;
  date: IsoDate;
  time: TimeOfDay | null;
  kind: KeyMoment['kind'];
  label: string;
}

export interface YearRow {
  planId: PlanId;
  name: string;
  type: PlanType;
  status: YearStatus;
  platforms: readonly string[];
  /** The plan's whole extent: its dates, phases and key moments. */
  start: IsoDate;
  end: IsoDate;
  peakDate: IsoDate;
  phases: YearPhaseBand[];
  moments: YearMoment[];
}

/** A run of consecutive statutory holiday days of one name (春节 02-15…02-23). */
export interface HolidayBand {
  name: LocalizedText;
  start: IsoDate;
  end: IsoDate;
  provisional: boolean;
}

export interface AdjustedWorkday {
  date: IsoDate;
  name: LocalizedText;
  provisional: boolean;
}

export interface YearCalendar {
  range: YearRange;
  rows: YearRow[];
  holidays: HolidayBand[];
  adjustedWorkdays: AdjustedWorkday[];
  platformDays: PlatformDay[];
  /** Years in range whose holiday arrangement is not published (statutory days only). */
  provisionalHolidayYears: number[];
  /** Years in range the platform-day data does not cover. */
  uncoveredPlatformYears: number[];
}

/** 1 January to 31 December of `year`. */
export function yearRange(year: number): YearRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function yearStatusOf(plan: Plan): YearStatus {
  return plan.archivedAt !== null ? 'archived' : plan.status;
}

/** The first and last day a plan occupies: its dates, every phase and every key moment. */
export function planExtent(source: YearPlanSource): { start: IsoDate; end: IsoDate } {
  let start = minDate(source.plan.startDate, source.plan.peakDate);
  let end = maxDate(source.plan.endDate, source.plan.peakDate);
  for (const phase of source.phases) {
    start = minDate(start, phase.startDate);
    end = maxDate(end, phase.endDate);
  }
  for (const moment of source.plan.keyMoments) {
    start = minDate(start, moment.date);
    end = maxDate(end, moment.date);
  }
  return { start, end };
}

export function matchesYearFilters(plan: Plan, filters: YearFilters): boolean {
  const status = yearStatusOf(plan);
  const statusOk = filters.statuses.length === 0 ? status !== 'archived' : filters.statuses.includes(status);
  const platformOk =
    filters.platforms.length === 0 || plan.platforms.some((p) => filters.platforms.includes(p));
  const typeOk = filters.types.length === 0 || filters.types.includes(plan.type);
  const tagOk = filters.tags.length === 0 || filters.tags.some((t) => hasTag(plan, t));
  return statusOk && platformOk && typeOk && tagOk;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The rows of the calendar: plans not in the trash that touch the range and pass the filters,
 * in order of their first day (then peak, then name). Phases and moments outside the range are
 * kept (they are clipped where drawn), so a row says the same whatever the range cuts off.
 */
export function buildYearRows(
  sources: readonly YearPlanSource[],
  range: YearRange,
  filters: YearFilters,
  locale: Locale,
): YearRow[] {
  const rows: YearRow[] = [];
  for (const source of sources) {
    const { plan } = source;
    if (plan.deletedAt !== null || !matchesYearFilters(plan, filters)) continue;
    const { start, end } = planExtent(source);
    if (start > range.to || end < range.from) continue;
    rows.push({
      planId: plan.id,
      name: plan.name,
      type: plan.type,
      status: yearStatusOf(plan),
      platforms: plan.platforms,
      start,
      end,
      peakDate: plan.peakDate,
      phases: [...source.phases]
        .sort((a, b) => compare(a.startDate, b.startDate) || compare(a.endDate, b.endDate))
        .map((p) => ({ id: p.id, name: p.name, start: p.startDate, end: p.endDate, color: p.color })),
      moments: timelineMarkers(plan, [], locale).map((m) => ({
        id: m.id,
        date: m.date,
        time: m.time,
        kind: m.kind === 'milestone' ? 'custom' : m.kind,
        label: m.label,
      })),
    });
  }
  const collator = new Intl.Collator(['zh-CN', 'en-US']);
  return rows.sort(
    (a, b) =>
      compare(a.start, b.start) || compare(a.peakDate, b.peakDate) || collator.compare(a.name, b.name),
  );
}

/** Statutory holidays in the range, consecutive days of one name merged into a band; 调休 days apart. */
export function holidayBands(range: YearRange): {
  holidays: HolidayBand[];
  adjustedWorkdays: AdjustedWorkday[];
} {
  const holidays: HolidayBand[] = [];
  const adjustedWorkdays: AdjustedWorkday[] = [];
  for (const entry of holidaysBetween(range.from, range.to)) {
    const provisional = entry.provisional === true;
    if (entry.kind === 'adjustedWorkday') {
      adjustedWorkdays.push({ date: entry.date, name: entry.name, provisional });
      continue;
    }
    const last = holidays.at(-1);
    if (last && last.name.zh === entry.name.zh && addDays(last.end, 1) === entry.date) last.end = entry.date;
    else holidays.push({ name: entry.name, start: entry.date, end: entry.date, provisional });
  }
  return { holidays, adjustedWorkdays };
}

/** Everything the calendar shows for a range and filters; platform days follow the platform filter. */
export function buildYearCalendar(
  sources: readonly YearPlanSource[],
  range: YearRange,
  filters: YearFilters,
  locale: Locale,
): YearCalendar {
  return {
    range,
    rows: buildYearRows(sources, range, filters, locale),
    ...holidayBands(range),
    platformDays: platformDaysBetween(range.from, range.to, filters.platforms),
    provisionalHolidayYears: provisionalHolidayYears(range.from, range.to),
    uncoveredPlatformYears: uncoveredPlatformYears(range.from, range.to),
  };
}

/**
 * The platforms to filter by: the known ones in their usual order, then any other platform a
 * plan names (an own site's name), each once.
 */
export function platformOptions(sources: readonly YearPlanSource[]): string[] {
  const used = new Set(sources.filter((s) => s.plan.deletedAt === null).flatMap((s) => s.plan.platforms));
  const known: string[] = [...knownPlatforms];
  const others = [...used].filter((p) => !known.includes(p)).sort();
  return [...known, ...others];
}

/** The tags to filter by: those of the plans not in the trash, as the library offers them. */
export function tagOptions(sources: readonly YearPlanSource[]): string[] {
  return tagsInUse(sources.filter((s) => s.plan.deletedAt === null).map((s) => s.plan));
}

/**
 * A range the planner typed, made usable: from ≤ to (swapped otherwise) and at most ten years
 * (a longer range would draw a day in a fraction of a pixel).
 */
export function normaliseRange(from: IsoDate, to: IsoDate): YearRange {
  const [a, b] = from <= to ? [from, to] : [to, from];
  // Ten whole years: 2020-01-01 → 2029-12-31 (29 February shifts to the 28th).
  const monthDay = a.slice(4) === '-02-29' ? '-02-28' : a.slice(4);
  const limit = addDays(`${Number(a.slice(0, 4)) + 10}${monthDay}`, -1);
  return { from: a, to: b > limit ? limit : b };
}

/**
 * For an empty year: the nearest year in which some plan runs (its start to end dates), so the
 * empty calendar can offer it; on a tie the later year (planners plan ahead). null with no plans.
 */
export function nearestYearWithPlans(sources: readonly YearPlanSource[], year: number): number | null {
  let best: number | null = null;
  for (const { plan } of sources) {
    const from = Number(plan.startDate.slice(0, 4));
    const to = Number(plan.endDate.slice(0, 4));
    const candidate = year < from ? from : year > to ? to : year;
    if (
      best === null ||
      Math.abs(candidate - year) < Math.abs(best - year) ||
      (Math.abs(candidate - year) === Math.abs(best - year) && candidate > best)
    )
      best = candidate;
  }
  return best;
}
