import {
  actualDaySchema,
  indicatorSchema,
  lessonSchema,
  newId,
  reviewSchema,
  type ActualDay,
  type ActualId,
  type Channel,
  type ChannelId,
  type GoalId,
  type Indicator,
  type IndicatorId,
  type Lesson,
  type LessonId,
  type PlanDocument,
  type Review,
} from '../domain';
import { identityJudgements, setJudgement } from './ahp';
import type { ActualFigures, Period } from './actualsTotals';

/** Edits of the review as pure recipes `(doc, params) => doc`, the one shape every edit action takes. */

/** The plan's review, created on first use with one indicator per goal (weights from the goals). */
export function reviewOf(doc: PlanDocument): Review {
  if (doc.review) return doc.review;
  const goals = [...doc.goals].sort((a, b) => a.order - b.order).filter((g) => g.metric !== null);
  return reviewSchema.parse({
    planId: doc.plan.id,
    indicators: goals.map((g) =>
      indicatorSchema.parse({
        // Derived from the goal's id, so a review not stored yet has the same ids on every
        // render and an edit made to it finds its indicator.
        id: `i-${g.id}`.slice(0, 64) as IndicatorId,
        goalId: g.id,
        name: g.title || g.metric || '—',
        weight: g.weight,
      }),
    ),
  });
}

function withReview(doc: PlanDocument, change: (review: Review) => Review): PlanDocument {
  return { ...doc, review: change(reviewOf(doc)) };
}

export function setReviewFields(
  doc: PlanDocument,
  fields: Partial<Pick<Review, 'method' | 'useFuzzy' | 'summary' | 'baselineLabel'>>,
): PlanDocument {
  return withReview(doc, (r) => {
    const next = { ...r, ...fields };
    if (next.method === 'ahp' && !next.ahpMatrix) next.ahpMatrix = identityJudgements(next.indicators.length);
    return next;
  });
}

export function addIndicator(
  doc: PlanDocument,
  fields: { goalId: GoalId | null; name: string },
): PlanDocument {
  return withReview(doc, (r) => {
    const indicator = indicatorSchema.parse({ id: newId<IndicatorId>(), ...fields });
    const matrix = r.ahpMatrix
      ? [...r.ahpMatrix.map((row) => [...row, 1]), new Array<number>(r.indicators.length + 1).fill(1)]
      : null;
    return { ...r, indicators: [...r.indicators, indicator], ahpMatrix: matrix };
  });
}

export function removeIndicator(doc: PlanDocument, id: IndicatorId): PlanDocument {
  return withReview(doc, (r) => {
    const index = r.indicators.findIndex((i) => i.id === id);
    if (index < 0) return r;
    const matrix = r.ahpMatrix
      ? r.ahpMatrix.filter((_, i) => i !== index).map((row) => row.filter((_, j) => j !== index))
      : null;
    return { ...r, indicators: r.indicators.filter((i) => i.id !== id), ahpMatrix: matrix };
  });
}

export type IndicatorPatch = Partial<Pick<Indicator, 'name' | 'weight' | 'membership' | 'goalId'>>;

export function updateIndicator(
  doc: PlanDocument,
  { id, patch }: { id: IndicatorId; patch: IndicatorPatch },
): PlanDocument {
  return withReview(doc, (r) => ({
    ...r,
    indicators: r.indicators.map((i) => (i.id === id ? { ...i, ...patch } : i)),
  }));
}

/** Sets judgement a_ij (and a_ji = 1/a_ij). */
export function setAhpJudgement(
  doc: PlanDocument,
  { row, column, value }: { row: number; column: number; value: number },
): PlanDocument {
  return withReview(doc, (r) => {
    const base =
      r.ahpMatrix && r.ahpMatrix.length === r.indicators.length
        ? r.ahpMatrix
        : identityJudgements(r.indicators.length);
    return { ...r, ahpMatrix: setJudgement(base, row, column, value) };
  });
}

/** Types (or clears, with null) the actual of a goal the daily actuals cannot give. */
export function setGoalActual(
  doc: PlanDocument,
  { goalId, value }: { goalId: GoalId; value: number | null },
): PlanDocument {
  return withReview(doc, (r) => {
    const rest = r.goalActuals.filter((g) => g.goalId !== goalId);
    return { ...r, goalActuals: value === null ? rest : [...rest, { goalId, value }] };
  });
}

/** One day's row of actuals: its period, date and channel (null = the whole shop). */
export interface DaySlot {
  period: Period;
  date: string;
  channelId: ChannelId | null;
}

function sameSlot(
  a: Pick<ActualDay, 'period' | 'date' | 'channelId'>,
  b: Pick<ActualDay, 'period' | 'date' | 'channelId'>,
) {
  return a.period === b.period && a.date === b.date && a.channelId === b.channelId;
}

/** Sets figures of one day (period, date, channel), creating the row if there is none. */
export function setActualFigures(
  doc: PlanDocument,
  { slot, figures }: { slot: DaySlot; figures: Partial<ActualFigures> },
): PlanDocument {
  const existing = doc.actuals.find((a) => sameSlot(a, slot));
  if (existing)
    return { ...doc, actuals: doc.actuals.map((a) => (a === existing ? { ...a, ...figures } : a)) };
  const row = actualDaySchema.parse({ id: newId<ActualId>(), planId: doc.plan.id, ...slot, ...figures });
  return { ...doc, actuals: [...doc.actuals, row] };
}

export function removeActualDays(doc: PlanDocument, ids: readonly ActualId[]): PlanDocument {
  const set = new Set<string>(ids);
  return { ...doc, actuals: doc.actuals.filter((a) => !set.has(a.id)) };
}

/**
 * Adds imported rows in one step: a row for a (period, date, channel) already present replaces
 * it whole, so importing the same export twice changes nothing.
 */
export function mergeImportedActuals(
  doc: PlanDocument,
  rows: readonly Omit<ActualDay, 'id' | 'planId'>[],
): PlanDocument {
  const kept = doc.actuals.filter((a) => !rows.some((r) => sameSlot(a, r)));
  const added = rows.map((r) => {
    const previous = doc.actuals.find((a) => sameSlot(a, r));
    return { ...r, id: previous?.id ?? newId<ActualId>(), planId: doc.plan.id };
  });
  return { ...doc, actuals: [...kept, ...added] };
}

/** An actuals import in one step: its new channels are added, then its rows merged (above). */
export function applyActualsImport(
  doc: PlanDocument,
  imported: {
    rows: readonly Omit<ActualDay, 'id' | 'planId'>[];
    newChannels: readonly Omit<Channel, 'planId'>[];
  },
): PlanDocument {
  const channels = [...doc.channels, ...imported.newChannels.map((c) => ({ ...c, planId: doc.plan.id }))];
  return mergeImportedActuals({ ...doc, channels }, imported.rows);
}

export function addLesson(
  doc: PlanDocument,
  fields: Pick<Lesson, 'kind' | 'text'> & Partial<Pick<Lesson, 'owner' | 'dueDate'>>,
): PlanDocument {
  const order = Math.max(0, ...doc.lessons.map((l) => l.order + 1));
  const lesson = lessonSchema.parse({ id: newId<LessonId>(), planId: doc.plan.id, order, ...fields });
  return { ...doc, lessons: [...doc.lessons, lesson] };
}

export type LessonPatch = Partial<Pick<Lesson, 'kind' | 'text' | 'owner' | 'dueDate' | 'done'>>;

export function updateLesson(
  doc: PlanDocument,
  { id, patch }: { id: LessonId; patch: LessonPatch },
): PlanDocument {
  return { ...doc, lessons: doc.lessons.map((l) => (l.id === id ? { ...l, ...patch } : l)) };
}

export function removeLesson(doc: PlanDocument, id: LessonId): PlanDocument {
  return { ...doc, lessons: doc.lessons.filter((l) => l.id !== id) };
}
