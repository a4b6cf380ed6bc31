import {
  addDays,
  diffDays,
  isValidIsoDate,
  newId,
  type IsoDate,
  type Mechanic,
  type PlanDocument,
  type PlanId,
} from '../domain';

const shift = (date: IsoDate, days: number): IsoDate => addDays(date, days);
const shiftOrNull = (date: IsoDate | null, days: number): IsoDate | null =>
  date === null ? null : addDays(date, days);

function shiftMechanic(mechanic: Mechanic, days: number): Mechanic {
  if (mechanic.kind !== 'flashSale') return mechanic;
  return { ...mechanic, slots: mechanic.slots.map((s) => ({ ...s, date: shift(s.date, days) })) };
}

/**
 * Every date of the document moved by `days` (negative = earlier), ids untouched: plan span, peak,
 * key moments, blackout days, phases, tasks, baselines, goal deadlines, checklist due dates,
 * budget payment dates, promotion dates and flash-sale slots, actuals and lesson due dates.
 * Times of day stay as they are: a 20:00 wave is still at 20:00.
 */
export function shiftDocumentDates(doc: PlanDocument, days: number): PlanDocument {
  if (!Number.isInteger(days)) throw new Error(`Shift: days must be a whole number, got ${days}.`);
  const { plan } = doc;
  return {
    ...doc,
    plan: {
      ...plan,
      startDate: shift(plan.startDate, days),
      endDate: shift(plan.endDate, days),
      peakDate: shift(plan.peakDate, days),
      keyMoments: plan.keyMoments.map((m) => ({ ...m, date: shift(m.date, days) })),
      blackoutDays: plan.blackoutDays.map((d) => shift(d, days)),
    },
    goals: doc.goals.map((g) => ({ ...g, deadline: shiftOrNull(g.deadline, days) })),
    phases: doc.phases.map((p) => ({
      ...p,
      startDate: shift(p.startDate, days),
      endDate: shift(p.endDate, days),
    })),
    tasks: doc.tasks.map((t) => ({
      ...t,
      startDate: shift(t.startDate, days),
      endDate: shift(t.endDate, days),
    })),
    budgetLines: doc.budgetLines.map((l) => ({ ...l, paymentDate: shiftOrNull(l.paymentDate, days) })),
    promotions: doc.promotions.map((p) => ({
      ...p,
      startDate: shiftOrNull(p.startDate, days),
      endDate: shiftOrNull(p.endDate, days),
      mechanic: shiftMechanic(p.mechanic, days),
    })),
    checklist: doc.checklist.map((c) => ({ ...c, dueDate: shiftOrNull(c.dueDate, days) })),
    actuals: doc.actuals.map((a) => ({ ...a, date: shift(a.date, days) })),
    hourProfiles: doc.hourProfiles.map((h) => ({ ...h, date: shift(h.date, days) })),
    lessons: doc.lessons.map((l) => ({ ...l, dueDate: shiftOrNull(l.dueDate, days) })),
    baselines: doc.baselines.map((b) => ({
      ...b,
      tasks: b.tasks.map((t) => ({
        ...t,
        startDate: shift(t.startDate, days),
        endDate: shift(t.endDate, days),
      })),
    })),
  };
}

export interface DuplicatePlanOptions {
  newPeakDate: IsoDate;
  name: string;
  now: Date;
}

/** For each reference field of a record, the remapper of the collection it points into. */
type References<R> = { [F in keyof R]?: { orNull(id: R[F]): R[F] } };

/**
 * Old id → new id for one collection; a reference to a record that is not there is dropped.
 * `copy` is a record of it in the new plan: its new id, the new plan's id, each reference field
 * given in `refs` pointing at the new id of what it named, every other field as is.
 */
function remapper<T extends string>(records: readonly { id: T }[], planId: PlanId) {
  const ids = new Map<string, T>(records.map((r) => [r.id, newId<T>()]));
  const to = (id: T): T => {
    const next = ids.get(id);
    if (next === undefined) throw new Error(`Duplicate: no record with id "${id}".`);
    return next;
  };
  const orNull = (id: T | null): T | null => (id === null ? null : (ids.get(id) ?? null));
  const copy = <R extends { id: T; planId: PlanId }>(record: R, refs: References<R> = {}): R => {
    const next: R = { ...record, id: to(record.id), planId };
    for (const field of Object.keys(refs) as (keyof R)[]) next[field] = refs[field]!.orNull(record[field]);
    return next;
  };
  return { to, orNull, copy, has: (id: T) => ids.has(id) };
}

/**
 * Last year's plan reused for a new peak: a new plan whose every date moved by the distance
 * between the two peaks and whose every record has a new id, references remapped. What happened
 * last time stays with the source: actuals and lessons are not copied (plan.sourcePlanId points
 * back to them), progress, done marks, commitments and actual spend start again, and the review
 * keeps its set-up (indicators, weights, method) but not its grades or summary.
 */
export function duplicatePlan(doc: PlanDocument, options: DuplicatePlanOptions): PlanDocument {
  if (!isValidIsoDate(options.newPeakDate)) {
    throw new Error(`New peak date: "${options.newPeakDate}" is not a real date in YYYY-MM-DD form.`);
  }
  const name = options.name.trim();
  if (name === '') throw new Error('Plan name: must not be empty.');
  const source = shiftDocumentDates(doc, diffDays(doc.plan.peakDate, options.newPeakDate));
  const stamp = options.now.toISOString();
  const planId = newId<PlanId>();

  const goals = remapper(source.goals, planId);
  const phases = remapper(source.phases, planId);
  const tasks = remapper(source.tasks, planId);
  const channels = remapper(source.channels, planId);
  const categories = remapper(source.budgetCategories, planId);
  const lines = remapper(source.budgetLines, planId);
  const promotions = remapper(source.promotions, planId);
  const products = remapper(source.products, planId);
  const risks = remapper(source.risks, planId);
  const checklist = remapper(source.checklist, planId);
  const baselines = remapper(source.baselines, planId);

  return {
    plan: {
      ...source.plan,
      id: planId,
      name,
      keyMoments: source.plan.keyMoments.map((m) => ({ ...m, id: newId() })),
      status: 'draft',
      sourcePlanId: doc.plan.id,
      createdAt: stamp,
      updatedAt: stamp,
      archivedAt: null,
      deletedAt: null,
    },
    goals: source.goals.map((r) => goals.copy(r)),
    phases: source.phases.map((r) => phases.copy(r)),
    tasks: source.tasks.map((t) => ({
      ...tasks.copy(t, { phaseId: phases, channelId: channels }),
      progress: 0,
      status: 'todo',
      predecessors: t.predecessors
        .filter((d) => tasks.has(d.taskId))
        .map((d) => ({ ...d, taskId: tasks.to(d.taskId) })),
      checklist: t.checklist.map((item) => ({ ...item, id: newId(), done: false })),
    })),
    channels: source.channels.map((r) => channels.copy(r)),
    budgetCategories: source.budgetCategories.map((r) => categories.copy(r)),
    budgetLines: source.budgetLines.map((l) => ({
      ...lines.copy(l, {
        categoryId: categories,
        channelId: channels,
        phaseId: phases,
        promotionId: promotions,
      }),
      committedMinor: 0,
      actualMinor: null,
    })),
    promotions: source.promotions.map((p) => ({
      ...promotions.copy(p, { phaseId: phases }),
      productIds: p.productIds.filter((id) => products.has(id)).map((id) => products.to(id)),
    })),
    products: source.products.map((r) => products.copy(r)),
    risks: source.risks.map((k) => ({ ...risks.copy(k), status: 'open', triggeredAt: null })),
    checklist: source.checklist.map((c) => ({ ...checklist.copy(c), done: false })),
    actuals: [],
    lessons: [],
    baselines: source.baselines.map((b) => ({
      ...baselines.copy(b),
      tasks: b.tasks.filter((t) => tasks.has(t.taskId)).map((t) => ({ ...t, taskId: tasks.to(t.taskId) })),
    })),
    // The old campaign's live numbers, incidents and acknowledgements stay with it; the planner's
    // hourly shapes (moved with the dates) and alert thresholds are carried over.
    hourly: [],
    incidents: [],
    alertAcks: [],
    hourProfiles: source.hourProfiles.map((h) => ({ ...h, id: newId(), planId })),
    alertRules: source.alertRules.map((r) => ({ ...r, id: newId(), planId })),
    review:
      source.review === null
        ? null
        : {
            ...source.review,
            planId,
            summary: '',
            indicators: source.review.indicators.map((i) => ({
              ...i,
              id: newId(),
              goalId: goals.orNull(i.goalId),
              membership: null,
            })),
          },
  };
}
