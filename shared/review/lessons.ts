import type { Lesson, Plan, PlanDocument } from '../domain';

/**
 * Lessons of earlier campaigns shown to the planner of a new one (复盘 feeds the next plan).
 * First the plan it was made from (plan.sourcePlanId), then earlier plans of the same type, most
 * recent first — when a plan is made from a template of that type, those are its predecessors.
 * Plans in the trash are left out; archived plans are not, their lessons still hold.
 */

export interface EarlierLessons {
  plan: Plan;
  reason: 'source' | 'sameType';
  lessons: Lesson[];
}

const kindOrder: Record<Lesson['kind'], number> = { didNotWork: 0, action: 1, worked: 2 };

/** Within a plan: what did not work and the actions first (the useful warnings), then what worked. */
export function sortLessons(lessons: readonly Lesson[]): Lesson[] {
  return [...lessons].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.order - b.order);
}

export function lessonsForNewPlan(docs: readonly PlanDocument[], newPlan: Plan, limit = 5): EarlierLessons[] {
  const out: EarlierLessons[] = [];
  const source = newPlan.sourcePlanId ? docs.find((d) => d.plan.id === newPlan.sourcePlanId) : undefined;
  if (source && source.plan.deletedAt === null && source.lessons.length > 0) {
    out.push({ plan: source.plan, reason: 'source', lessons: sortLessons(source.lessons) });
  }
  const earlier = docs
    .filter(
      (d) =>
        d.plan.id !== newPlan.id &&
        d.plan.id !== source?.plan.id &&
        d.plan.deletedAt === null &&
        d.plan.type === newPlan.type &&
        d.plan.startDate < newPlan.startDate &&
        d.lessons.length > 0,
    )
    .sort((a, b) => (a.plan.startDate < b.plan.startDate ? 1 : a.plan.startDate > b.plan.startDate ? -1 : 0));
  for (const d of earlier) out.push({ plan: d.plan, reason: 'sameType', lessons: sortLessons(d.lessons) });
  return out.slice(0, limit);
}
