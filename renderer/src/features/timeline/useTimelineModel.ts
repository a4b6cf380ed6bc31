import { useMemo } from 'react';
import type { Baseline, PlanDocument, Task, TaskId } from '../../../../shared/domain';
import { buildSpendPacing } from '../../../../shared/charts/pacing';
import {
  computeCriticalPath,
  findScheduleProblems,
  successorsOf,
} from '../../../../shared/planning/scheduling';
import { makeTimeScale, type TimeScale, type Zoom } from '../../../../shared/planning/timeScale';
import { baselineMap, calendarDays, keyMarkers, phaseColors, type ChartStyle } from './chartModel';
import type { GanttModel } from './ganttModel';
import { buildRows, indexTaskRows, type GroupBy, type GroupLabels } from './rows';
import { useAppMessages, useMessages, type Locale } from '../../i18n';
import type { AppMessages } from '../../i18n/messages';
import { timelineMessages } from './messages';

type TimelineMessages = (typeof timelineMessages)['zh-CN'];

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

/** No group folded: one shared empty set, so a timeline opened again finds its rows remembered. */
export const NONE_FOLDED: ReadonlySet<string> = new Set();

/**
 * `fn`, remembering its last arguments and result: the timeline's models are kept for the plan
 * version (and view) last shown, so coming back to the timeline from another tab recomputes
 * nothing and hands the memoised layers the very objects they drew last time.
 */
function rememberLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result;
    last = { args, result: fn(...args) };
    return last.result;
  };
}

const scaleFor = rememberLast((start: string, end: string, pxPerDay: number, zoom: Zoom) =>
  makeTimeScale(start, end, pxPerDay, zoom, AXIS_PAD_DAYS),
);
type Doc = PlanDocument;
const labelsFor = rememberLast((m: TimelineMessages, app: AppMessages): GroupLabels => ({
  noGroup: m.noGroup,
  unassigned: m.unassigned,
  workstream: app.enums.workstream,
}));
const rowsFor = rememberLast(
  (
    tasks: Doc['tasks'],
    phases: Doc['phases'],
    channels: Doc['channels'],
    by: GroupBy,
    folded: ReadonlySet<string>,
    labels: GroupLabels,
  ) => buildRows({ tasks, phases, channels }, by, folded, labels),
);
const rowIndexFor = rememberLast(indexTaskRows);
const tasksByIdFor = rememberLast(
  (tasks: readonly Task[]) => new Map<TaskId, Task>(tasks.map((t) => [t.id, t])),
);
const successorsFor = rememberLast(successorsOf);
const scheduleFor = rememberLast((tasks: readonly Task[], projectEnd: string) =>
  computeCriticalPath(tasks, { projectEnd }),
);
const problemsFor = rememberLast(
  (plan: PlanDocument['plan'], phases: PlanDocument['phases'], tasks: readonly Task[]) =>
    findScheduleProblems({ plan, phases, tasks }),
);
const calendarFor = rememberLast(calendarDays);
const markersFor = rememberLast(keyMarkers);
const styleFor = rememberLast(
  (
    showCritical: boolean,
    schedule: ChartStyle['schedule'],
    baseline: Baseline | null,
    phases: PlanDocument['phases'],
    today: string,
  ): ChartStyle => ({
    showCritical,
    schedule,
    baselineById: baselineMap(baseline),
    phaseColor: phaseColors(phases),
    overdueOn: today,
  }),
);
const pacingFor = rememberLast(
  (lines: Doc['budgetLines'], phases: Doc['phases'], plan: Doc['plan'], from: string, to: string) =>
    lines.length === 0 ? null : buildSpendPacing({ lines, phases, plan }, { from, to }),
);
/** planSpan, remembered for the plan version last shown. */
export const spanOf = rememberLast(planSpan);

export function useTimelineModel(args: {
  doc: PlanDocument;
  groupBy: GroupBy;
  collapsed: ReadonlySet<string>;
  pxPerDay: number;
  zoom: Zoom;
  showCritical: boolean;
  baselineId: string | null;
  locale: Locale;
  /** Today, for overdue bars. */
  today: string;
  /** planSpan(doc), worked out once by the screen. */
  span: { start: string; end: string };
}) {
  const { doc, groupBy, collapsed, pxPerDay, zoom, showCritical, baselineId, locale, today, span } = args;
  const scale: TimeScale = useMemo(
    () => scaleFor(span.start, span.end, pxPerDay, zoom),
    [span.start, span.end, pxPerDay, zoom],
  );
  const labels = labelsFor(useMessages(timelineMessages), useAppMessages());
  const rows = useMemo(
    () => rowsFor(doc.tasks, doc.phases, doc.channels, groupBy, collapsed, labels),
    [doc.tasks, doc.phases, doc.channels, groupBy, collapsed, labels],
  );
  const rowOfTask = useMemo(() => rowIndexFor(rows), [rows]);
  const tasksById = useMemo(() => tasksByIdFor(doc.tasks), [doc.tasks]);
  const successors = useMemo(() => successorsFor(doc.tasks), [doc.tasks]);
  // Critical path and slack are live: recomputed (O(tasks + links)) on every edit of the tasks.
  const schedule = useMemo(() => scheduleFor(doc.tasks, doc.plan.endDate), [doc.tasks, doc.plan.endDate]);
  const problems = useMemo(
    () => problemsFor(doc.plan, doc.phases, doc.tasks),
    [doc.plan, doc.phases, doc.tasks],
  );
  const calendar = useMemo(() => calendarFor(scale, doc.plan, locale), [scale, doc.plan, locale]);
  const markers = useMemo(() => markersFor(doc.plan, locale), [doc.plan, locale]);
  const baseline = doc.baselines.find((b) => b.id === baselineId) ?? null;
  const style: ChartStyle = useMemo(
    () => styleFor(showCritical, schedule, baseline, doc.phases, today),
    [showCritical, schedule, baseline, doc.phases, today],
  );
  const pacing = useMemo(
    () => pacingFor(doc.budgetLines, doc.phases, doc.plan, span.start, span.end),
    [doc.budgetLines, doc.phases, doc.plan, span.start, span.end],
  );
  const gantt: GanttModel = useMemo(
    () => ({
      rows,
      scale,
      calendar,
      phases: doc.phases,
      markers,
      today,
      style,
      schedule,
      rowOfTask,
      successors,
      tasksById,
      pacing,
    }),
    [
      rows,
      scale,
      calendar,
      doc.phases,
      markers,
      today,
      style,
      schedule,
      rowOfTask,
      successors,
      tasksById,
      pacing,
    ],
  );
  return { problems, gantt };
}
