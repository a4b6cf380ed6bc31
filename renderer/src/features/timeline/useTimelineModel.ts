import { useMemo } from 'react';
import type { PlanDocument, Task, TaskId } from '../../../../shared/domain';
import { buildSpendPacing } from '../../../../shared/charts/pacing';
import {
  computeCriticalPath,
  findScheduleProblems,
  successorsOf,
} from '../../../../shared/planning/scheduling';
import { makeTimeScale, type TimeScale, type Zoom } from '../../../../shared/planning/timeScale';
import { baselineMap, calendarDays, keyMarkers, phaseColors, type ChartStyle } from './chartModel';
import { buildRows, indexTaskRows, type GroupBy, type GroupLabels } from './rows';
import type { Locale } from '../../i18n';

/** The span the axis must show: the campaign, widened to every task. */
export function planSpan(doc: PlanDocument): { start: string; end: string } {
  let start = doc.plan.startDate;
  let end = doc.plan.endDate;
  for (const t of doc.tasks) {
    if (t.startDate < start) start = t.startDate;
    if (t.endDate > end) end = t.endDate;
  }
  return { start, end };
}

export const AXIS_PAD_DAYS = 5;

export function useTimelineModel(args: {
  doc: PlanDocument;
  groupBy: GroupBy;
  collapsed: ReadonlySet<string>;
  labels: GroupLabels;
  pxPerDay: number;
  zoom: Zoom;
  showCritical: boolean;
  baselineId: string | null;
  locale: Locale;
  /** Today, for overdue bars. */
  today: string;
}) {
  const { doc, groupBy, collapsed, labels, pxPerDay, zoom, showCritical, baselineId, locale, today } = args;
  const span = useMemo(() => planSpan(doc), [doc]);
  const scale: TimeScale = useMemo(
    () => makeTimeScale(span.start, span.end, pxPerDay, zoom, AXIS_PAD_DAYS),
    [span.start, span.end, pxPerDay, zoom],
  );
  const rows = useMemo(() => buildRows(doc, groupBy, collapsed, labels), [doc, groupBy, collapsed, labels]);
  const rowOfTask = useMemo(() => indexTaskRows(rows), [rows]);
  const tasksById = useMemo(() => new Map<TaskId, Task>(doc.tasks.map((t) => [t.id, t])), [doc.tasks]);
  const successors = useMemo(() => successorsOf(doc.tasks), [doc.tasks]);
  // Critical path and slack are live: recomputed (O(tasks + links)) on every edit of the tasks.
  const schedule = useMemo(
    () => computeCriticalPath(doc.tasks, { projectEnd: doc.plan.endDate }),
    [doc.tasks, doc.plan.endDate],
  );
  const problems = useMemo(
    () => findScheduleProblems({ plan: doc.plan, phases: doc.phases, tasks: doc.tasks }),
    [doc.plan, doc.phases, doc.tasks],
  );
  const calendar = useMemo(() => calendarDays(scale, doc.plan, locale), [scale, doc.plan, locale]);
  const markers = useMemo(() => keyMarkers(doc.plan, locale), [doc.plan, locale]);
  const baseline = doc.baselines.find((b) => b.id === baselineId) ?? null;
  const style: ChartStyle = useMemo(
    () => ({
      showCritical,
      schedule,
      baselineById: baselineMap(baseline),
      phaseColor: phaseColors(doc.phases),
      overdueOn: today,
    }),
    [showCritical, schedule, baseline, doc.phases, today],
  );
  const pacing = useMemo(() => {
    if (doc.budgetLines.length === 0) return null;
    return buildSpendPacing(
      { lines: doc.budgetLines, phases: doc.phases, plan: doc.plan },
      { from: span.start, to: span.end },
    );
  }, [doc.budgetLines, doc.phases, doc.plan, span.start, span.end]);
  return {
    span,
    scale,
    rows,
    rowOfTask,
    tasksById,
    successors,
    schedule,
    problems,
    calendar,
    markers,
    style,
    pacing,
    baseline,
  };
}
