import type { Baseline, Phase, Plan, Task, TaskId } from '../../../../shared/domain';
import { dayKind, holidayName, type CalendarDayKind } from '../../../../shared/calendar/holidaysCN';
import { timelineMarkers, type TimelineMarker } from '../../../../shared/calendar/keyMoments';
import { isOverdue, type TaskSchedule } from '../../../../shared/planning/scheduling';
import { dayIndexToDate, type TimeScale } from '../../../../shared/planning/timeScale';
import type { Locale } from '../../i18n';

/**
 * What the chart draws besides bars, computed once per plan change and shared by the screen,
 * presentation mode and export. Only non-working days are listed, so a 90-day plan yields ~30.
 */
export interface CalendarDay {
  index: number;
  date: string;
  kind: Exclude<CalendarDayKind, 'workday'>;
  name: string | null;
}

export function calendarDays(scale: TimeScale, plan: Plan, locale: Locale): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let i = 0; i < scale.dayCount; i++) {
    const date = dayIndexToDate(scale, i);
    const kind = dayKind(date, plan.blackoutDays);
    if (kind === 'workday') continue;
    out.push({ index: i, date, kind, name: kind === 'weekend' ? null : holidayName(date, locale) });
  }
  return out;
}

export const dayFill: Record<CalendarDay['kind'], string> = {
  weekend: 'rgba(134,142,150,0.10)',
  holiday: 'rgba(250,82,82,0.12)',
  adjustedWorkday: 'rgba(64,192,87,0.14)',
  blackout: 'rgba(33,37,41,0.22)',
};

/** Key moments and the peak, without milestones (those are drawn in their own rows). */
export function keyMarkers(plan: Plan, locale: Locale): TimelineMarker[] {
  return timelineMarkers(plan, [], locale);
}

export interface ChartStyle {
  showCritical: boolean;
  schedule: ReadonlyMap<TaskId, TaskSchedule> | null;
  baselineById: ReadonlyMap<TaskId, { startDate: string; endDate: string }> | null;
  phaseColor: ReadonlyMap<string, string>;
  /** Today, to outline overdue bars (docs/scheduling.md); null where overdue is not shown. */
  overdueOn?: string | null;
}

export function baselineMap(baseline: Baseline | null): ChartStyle['baselineById'] {
  if (!baseline) return null;
  return new Map(baseline.tasks.map((t) => [t.taskId, { startDate: t.startDate, endDate: t.endDate }]));
}

export function phaseColors(phases: readonly Phase[]): Map<string, string> {
  return new Map(phases.map((p) => [p.id, p.color]));
}

export const NEUTRAL_BAR = '#748ffc';
export const CRITICAL = '#e03131';

export function barColor(task: Task, style: ChartStyle): string {
  if (style.showCritical && style.schedule?.get(task.id)?.isCritical) return CRITICAL;
  return (task.phaseId && style.phaseColor.get(task.phaseId)) || NEUTRAL_BAR;
}

export const OVERDUE = '#e8590c';

/** Past its end on `style.overdueOn` and neither done nor cancelled. */
export function isOverdueBar(task: Task, style: ChartStyle): boolean {
  return style.overdueOn != null && isOverdue(task, style.overdueOn);
}

export function isCritical(task: Task, style: ChartStyle): boolean {
  return style.showCritical && style.schedule?.get(task.id)?.isCritical === true;
}
