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

/** Old id → new id for one collection; a reference to a record that is not there is dropped. */
function remapper<T extends string>(records: readonly { id: T }[]) {
  const ids = new Map<string, T>(records.map((r) => [r.id, newId<T>()]));
  const to = (id: T): T => {
    const next = ids.get(id);
    if (next === undefined) throw new Error(`Duplicate: no record with id "${id}".`);
    return next;
  };
  const orNull = (id: T | null): T | null => (id === null ? null : (ids.get(id) ?? null));
  return { to, orNull, has: (id: T) => ids.has(id) };
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

  const goals = remapper(source.goals);
  const phases = remapper(source.phases);
  const tasks = remapper(source.tasks);
  const channels = remapper(source.channels);
  const categories = remapper(source.budgetCategories);
  const lines = remapper(source.budgetLines);
  const promotions = remapper(source.promotions);
  const products = remapper(source.products);
  const risks = remapper(source.risks);
  const checklist = remapper(source.checklist);
  const baselines = remapper(source.baselines);

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
    goals: source.goals.map((g) => ({ ...g, id: goals.to(g.id), planId })),
    phases: source.phases.map((p) => ({ ...p, id: phases.to(p.id), planId })),
    tasks: source.tasks.map((t) => ({
      ...t,
      id: tasks.to(t.id),
      planId,
      phaseId: phases.orNull(t.phaseId),
      channelId: channels.orNull(t.channelId),
      progress: 0,
      status: 'todo',
      predecessors: t.predecessors
        .filter((d) => tasks.has(d.taskId))
        .map((d) => ({ ...d, taskId: tasks.to(d.taskId) })),
      checklist: t.checklist.map((item) => ({ ...item, id: newId(), done: false })),
    })),
    channels: source.channels.map((c) => ({ ...c, id: channels.to(c.id), planId })),
    budgetCategories: source.budgetCategories.map((c) => ({ ...c, id: categories.to(c.id), planId })),
    budgetLines: source.budgetLines.map((l) => ({
      ...l,
      id: lines.to(l.id),
      planId,
      categoryId: categories.orNull(l.categoryId),
      channelId: channels.orNull(l.channelId),
      phaseId: phases.orNull(l.phaseId),
      promotionId: promotions.orNull(l.promotionId),
      committedMinor: 0,
      actualMinor: null,
    })),
    promotions: source.promotions.map((p) => ({
      ...p,
      id: promotions.to(p.id),
      planId,
      phaseId: phases.orNull(p.phaseId),
      productIds: p.productIds.filter((id) => products.has(id)).map((id) => products.to(id)),
    })),
    products: source.products.map((p) => ({ ...p, id: products.to(p.id), planId })),
    risks: source.risks.map((k) => ({ ...k, id: risks.to(k.id), planId, status: 'open', triggeredAt: null })),
    checklist: source.checklist.map((c) => ({ ...c, id: checklist.to(c.id), planId, done: false })),
    actuals: [],
    lessons: [],
    baselines: source.baselines.map((b) => ({
      ...b,
      id: baselines.to(b.id),
      planId,
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
