import {
  addDays,
  diffDays,
  isValidIsoDate,
  newId,
  type BudgetLine,
  type ChecklistItem,
  type ChecklistItemId,
  type GoalId,
  type IsoDate,
  type Lesson,
  type LessonId,
  type NamedBaseline,
  type Plan,
  type PlanDocument,
  type Task,
  type TaskId,
  reviewSchema,
} from '../domain';
import { roundDivHalfUp } from '../budget/exact';
import { multiplyMinor } from '../budget/money';
import { holidayEntry, isWorkingDay, provisionalHolidayYears } from '../calendar/holidaysCN';
import { computeFigures } from '../figures/engine';
import type { LocalizedText } from '../i18n/locale';
import { suggestPeakDate } from '../templates/peakDates';
import { duplicatePlan } from './duplicate';

/**
 * Roll a plan forward to next year's peak (issue 14.6). The rules, with worked values, are
 * docs/roll-forward.md; the source document is never changed.
 */

/** The same campaign's peak one year later (docs/roll-forward.md §1). */
export function nextPeakDate(plan: Pick<Plan, 'type' | 'peakDate'>): IsoDate {
  const year = Number(plan.peakDate.slice(0, 4)) + 1;
  const byTemplate =
    plan.type === 'double11' ||
    plan.type === 'mid618' ||
    plan.type === 'blackFriday' ||
    plan.type === 'newYear'
      ? suggestPeakDate(plan.type, year)
      : plan.type === 'double12'
        ? `${year}-12-12`
        : null;
  if (byTemplate !== null) return byTemplate;
  const sameDay = `${year}${plan.peakDate.slice(4)}`;
  return isValidIsoDate(sameDay) ? sameDay : `${year}-02-28`;
}

const SEARCH_DAYS = 31;

const isStatutoryHoliday = (date: IsoDate) => holidayEntry(date)?.kind === 'holiday';

/**
 * The whole-task move off a holiday (docs/roll-forward.md §2): null when neither end is a
 * statutory holiday; `days: null` when no acceptable day lies within the search window.
 */
export function holidayMove(
  startDate: IsoDate,
  endDate: IsoDate,
  blackoutDays: readonly IsoDate[] = [],
): { days: number | null; holiday: IsoDate } | null {
  const startOff = isStatutoryHoliday(startDate);
  if (!startOff && !isStatutoryHoliday(endDate)) return null;
  const anchor = startOff ? startDate : endDate;
  const fits = (d: number) =>
    isWorkingDay(addDays(anchor, d), blackoutDays) &&
    !isStatutoryHoliday(addDays(startDate, d)) &&
    !isStatutoryHoliday(addDays(endDate, d));
  for (let n = 1; n <= SEARCH_DAYS; n++) {
    if (fits(-n)) return { days: -n, holiday: anchor };
    if (fits(n)) return { days: n, holiday: anchor };
  }
  return { days: null, holiday: anchor };
}

export interface HolidayMoveRow {
  /** The task in the source plan. */
  taskId: TaskId;
  title: string;
  oldStart: IsoDate;
  oldEnd: IsoDate;
  shiftedStart: IsoDate;
  shiftedEnd: IsoDate;
  /** Null when no working day was found within 31 days: the task stays where the shift put it. */
  movedStart: IsoDate | null;
  movedEnd: IsoDate | null;
  holiday: LocalizedText;
  holidayDate: IsoDate;
  /** The holiday comes from a year whose arrangement is not published yet. */
  isProvisional: boolean;
}

export interface GoalOffer {
  goalId: GoalId;
  title: string;
  /** Last year's actual from the figures engine, in the goal's unit; null when there is none. */
  actual: number | null;
  baseline: number | null;
}

export type LessonCarry = 'task' | 'checklist' | 'skip';

export interface RollForwardPreview {
  offsetDays: number;
  holidayMoves: HolidayMoveRow[];
  goals: GoalOffer[];
  lessons: Lesson[];
  /** Years in the new plan's span whose holiday data is provisional or missing. */
  provisionalYears: number[];
}

/** What lesson kinds carry in as by default (docs/roll-forward.md §4). */
export function defaultLessonCarry(lesson: Pick<Lesson, 'kind'>): LessonCarry {
  return lesson.kind === 'worked' ? 'skip' : 'checklist';
}

/** What the dialog shows before anything is created. */
export function previewRollForward(doc: PlanDocument, newPeakDate: IsoDate): RollForwardPreview {
  if (!isValidIsoDate(newPeakDate)) {
    throw new Error(`New peak date: "${newPeakDate}" is not a real date in YYYY-MM-DD form.`);
  }
  const offsetDays = diffDays(doc.plan.peakDate, newPeakDate);
  const blackout = doc.plan.blackoutDays.map((d) => addDays(d, offsetDays));
  const holidayMoves: HolidayMoveRow[] = [];
  for (const task of [...doc.tasks].sort((a, b) => a.order - b.order)) {
    const shiftedStart = addDays(task.startDate, offsetDays);
    const shiftedEnd = addDays(task.endDate, offsetDays);
    const move = holidayMove(shiftedStart, shiftedEnd, blackout);
    if (move === null) continue;
    const entry = holidayEntry(move.holiday);
    holidayMoves.push({
      taskId: task.id,
      title: task.title,
      oldStart: task.startDate,
      oldEnd: task.endDate,
      shiftedStart,
      shiftedEnd,
      movedStart: move.days === null ? null : addDays(shiftedStart, move.days),
      movedEnd: move.days === null ? null : addDays(shiftedEnd, move.days),
      holiday: entry?.name ?? { zh: '', en: '' },
      holidayDate: move.holiday,
      isProvisional: entry?.provisional === true,
    });
  }
  const figures = computeFigures(doc);
  return {
    offsetDays,
    holidayMoves,
    goals: figures.goals.map((g) => ({
      goalId: g.goal.id,
      title: g.goal.title,
      actual: g.actual,
      baseline: g.goal.baseline,
    })),
    lessons: [...doc.lessons].sort((a, b) => a.order - b.order),
    provisionalYears: provisionalHolidayYears(
      addDays(doc.plan.startDate, offsetDays),
      addDays(doc.plan.endDate, offsetDays),
    ),
  };
}

export interface RollForwardOptions {
  newPeakDate: IsoDate;
  name: string;
  now: Date;
  /** Source tasks the planner keeps on the holiday (unticked in the list). */
  keepOnHoliday?: readonly TaskId[];
  /** Source goals whose baseline becomes last year's actual. */
  baselineFromActual?: readonly GoalId[];
  /** The baseline period written on those goals, e.g. "2026 双11 actual". */
  baselinePeriod?: string;
  /** Per source lesson; a lesson not named here is not carried. */
  lessonCarry?: Readonly<Record<LessonId, LessonCarry>>;
  /** The note on a carried lesson ("from the review of …"). */
  lessonNote?: string;
  /** Budget scale in percent (+7.5 = 7.5 % more); 0 or absent keeps every amount. */
  budgetScalePercent?: number;
}

/** p % as hundredths of a percent, checked (docs/roll-forward.md §5). */
function scaleHundredths(percent: number): number {
  const hundredths = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(hundredths - percent * 100) > 1e-6) {
    throw new Error(`Budget scale: ${percent} % has more than two decimals.`);
  }
  if (percent < -100 || percent > 1000) {
    throw new Error(`Budget scale: ${percent} % is outside −100 % … +1000 %.`);
  }
  return hundredths;
}

/** round(amount × (10000 + h) / 10000), half away from zero, exact. */
export function scaleMinor(amountMinor: number, percent: number): number {
  const h = scaleHundredths(percent);
  return Number(roundDivHalfUp(BigInt(amountMinor) * BigInt(10000 + h), 10000n));
}

function scaleLine(line: BudgetLine, percent: number): BudgetLine {
  if (line.promotionId !== null && !line.isOverridden) return line;
  if (line.unitPriceMinor !== null && line.quantity !== null) {
    const unitPriceMinor = scaleMinor(line.unitPriceMinor, percent);
    return { ...line, unitPriceMinor, plannedMinor: multiplyMinor(unitPriceMinor, line.quantity) };
  }
  return { ...line, plannedMinor: scaleMinor(line.plannedMinor, percent) };
}

/** The new plan. Records keep the source's order, so source record i becomes new record i. */
export function rollForward(doc: PlanDocument, options: RollForwardOptions): PlanDocument {
  const preview = previewRollForward(doc, options.newPeakDate);
  const percent = options.budgetScalePercent ?? 0;
  scaleHundredths(percent);
  const copy = duplicatePlan(doc, { newPeakDate: options.newPeakDate, name: options.name, now: options.now });
  const planId = copy.plan.id;

  const keep = new Set<string>(options.keepOnHoliday ?? []);
  const moves = new Map(preview.holidayMoves.map((row) => [row.taskId as string, row]));
  const tasks: Task[] = copy.tasks.map((task, i) => {
    const row = moves.get(doc.tasks[i]!.id);
    if (!row || keep.has(row.taskId) || row.movedStart === null || row.movedEnd === null) return task;
    return { ...task, startDate: row.movedStart, endDate: row.movedEnd };
  });

  const fromActual = new Set<string>(options.baselineFromActual ?? []);
  const actualOf = new Map(preview.goals.map((g) => [g.goalId as string, g.actual]));
  const goals = copy.goals.map((goal, i) => {
    const sourceId = doc.goals[i]!.id;
    const actual = actualOf.get(sourceId) ?? null;
    if (!fromActual.has(sourceId) || actual === null) return goal;
    return { ...goal, baseline: actual, baselinePeriod: options.baselinePeriod ?? doc.plan.name };
  });

  const firstPhase = [...copy.phases].sort((a, b) => a.order - b.order)[0] ?? null;
  const carry = options.lessonCarry ?? {};
  const note = options.lessonNote ?? '';
  const newTasks: Task[] = [];
  const newItems: ChecklistItem[] = [];
  let taskOrder = Math.max(0, ...tasks.map((t) => t.order)) + 1;
  let itemOrder = Math.max(0, ...copy.checklist.map((c) => c.order)) + 1;
  for (const lesson of preview.lessons) {
    const how = carry[lesson.id] ?? 'skip';
    if (how === 'task') {
      const day = firstPhase?.startDate ?? copy.plan.startDate;
      newTasks.push({
        id: newId<TaskId>(),
        planId,
        title: lesson.text.slice(0, 500),
        phaseId: firstPhase?.id ?? null,
        workstream: 'operations',
        owner: lesson.owner,
        channelId: null,
        startDate: day,
        endDate: day,
        progress: 0,
        status: 'todo',
        predecessors: [],
        isMilestone: false,
        milestoneTime: null,
        notes: note,
        checklist: [],
        order: taskOrder++,
      });
    } else if (how === 'checklist') {
      newItems.push({
        id: newId<ChecklistItemId>(),
        planId,
        title: lesson.text,
        category: 'other',
        owner: lesson.owner,
        dueDate: lesson.dueDate === null ? null : addDays(lesson.dueDate, preview.offsetDays),
        done: false,
        notes: note,
        order: itemOrder++,
      });
    }
  }

  return {
    ...copy,
    goals,
    review: rolledReview(doc, copy, preview.offsetDays),
    tasks: [...tasks, ...newTasks],
    checklist: [...copy.checklist, ...newItems],
    budgetLines: percent === 0 ? copy.budgetLines : copy.budgetLines.map((l) => scaleLine(l, percent)),
  };
}

/**
 * The new plan's named baselines (docs/roll-forward.md §6): the plan it was rolled from is its
 * "last year" baseline, named after it; a before-the-campaign range moves with the dates; the long
 * tail is kept; the source's own last-year baseline (two years back from the new plan) is dropped.
 */
function rolledReview(source: PlanDocument, copy: PlanDocument, offsetDays: number) {
  const review = copy.review ?? reviewSchema.parse({ planId: copy.plan.id });
  const shift = (d: IsoDate | null) => (d === null ? null : addDays(d, offsetDays));
  const kept: NamedBaseline[] = (review.baselines ?? []).flatMap((b): NamedBaseline[] => {
    if (b.kind === 'before') return [{ ...b, from: shift(b.from), to: shift(b.to) }];
    return b.kind === 'longTail' ? [b] : [];
  });
  const lastYear: NamedBaseline = {
    id: newId(),
    kind: 'lastYear',
    name: source.plan.name,
    sourcePlanId: source.plan.id,
  };
  return { ...review, baselines: [lastYear, ...kept] };
}

/** The new plan's name: the source's year replaced by the new one ("2026 双11" → "2027 双11"). */
export function rolledName(name: string, fromYear: number, toYear: number): string {
  const year = String(fromYear);
  return name.includes(year) ? name.split(year).join(String(toYear)) : `${name} ${toYear}`;
}
