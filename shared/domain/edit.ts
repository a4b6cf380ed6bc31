import type { CollectionKey, CollectionRecord, PlanDocument } from './document';
import type { Plan } from './plan';

/**
 * Generic pure edits of a plan document. Each returns a new document that shares every
 * untouched record with the old one (the store diffs by identity to know what to store).
 */

export function updatePlan(doc: PlanDocument, patch: Partial<Plan>): PlanDocument {
  return { ...doc, plan: { ...doc.plan, ...patch } };
}

export function addRecord<K extends CollectionKey>(
  doc: PlanDocument,
  key: K,
  record: CollectionRecord<K>,
): PlanDocument {
  const list = doc[key] as CollectionRecord<K>[];
  const maxOrder = list.reduce((m, r) => Math.max(m, (r as { order?: number }).order ?? 0), 0);
  const withOrder = 'order' in (record as object) ? { ...record, order: maxOrder + 1 } : record;
  return { ...doc, [key]: [...list, withOrder] };
}

export function updateRecord<K extends CollectionKey>(
  doc: PlanDocument,
  key: K,
  id: string,
  patch: Partial<CollectionRecord<K>>,
): PlanDocument {
  const list = doc[key] as CollectionRecord<K>[];
  const index = list.findIndex((r) => r.id === id);
  if (index < 0) return doc;
  const next = list.slice();
  next[index] = { ...list[index], ...patch } as CollectionRecord<K>;
  return { ...doc, [key]: next };
}

/** Moves a record one place up (-1) or down (+1) in its collection's order. */
export function moveRecord<K extends CollectionKey>(
  doc: PlanDocument,
  key: K,
  id: string,
  step: -1 | 1,
): PlanDocument {
  const list = (doc[key] as CollectionRecord<K>[]).slice();
  const i = list.findIndex((r) => r.id === id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= list.length) return doc;
  const a = list[i]!;
  const b = list[j]!;
  list[i] = { ...b, order: i } as CollectionRecord<K>;
  list[j] = { ...a, order: j } as CollectionRecord<K>;
  return { ...doc, [key]: list };
}

/**
 * Removes a record and every reference to it, so no record points at something gone:
 * a task leaves its successors' predecessor lists, a phase/channel/category leaves the
 * records filed under it (they become unfiled), a product leaves its promotions, a
 * promotion takes its linked (not hand-overridden) budget line with it.
 */
export function removeRecord(doc: PlanDocument, key: CollectionKey, id: string): PlanDocument {
  const without = <T extends { id: string }>(list: T[]) => list.filter((r) => r.id !== id);
  let next: PlanDocument = { ...doc, [key]: without(doc[key] as { id: string }[]) };
  switch (key) {
    case 'tasks':
      next = {
        ...next,
        tasks: next.tasks.map((t) =>
          t.predecessors.some((p) => p.taskId === id)
            ? { ...t, predecessors: t.predecessors.filter((p) => p.taskId !== id) }
            : t,
        ),
        baselines: next.baselines.map((b) =>
          b.tasks.some((t) => t.taskId === id) ? { ...b, tasks: b.tasks.filter((t) => t.taskId !== id) } : b,
        ),
      };
      break;
    case 'phases':
      next = {
        ...next,
        tasks: next.tasks.map((t) => (t.phaseId === id ? { ...t, phaseId: null } : t)),
        budgetLines: next.budgetLines.map((l) => (l.phaseId === id ? { ...l, phaseId: null } : l)),
        promotions: next.promotions.map((p) => (p.phaseId === id ? { ...p, phaseId: null } : p)),
      };
      break;
    case 'channels':
      next = {
        ...next,
        tasks: next.tasks.map((t) => (t.channelId === id ? { ...t, channelId: null } : t)),
        budgetLines: next.budgetLines.map((l) => (l.channelId === id ? { ...l, channelId: null } : l)),
        actuals: next.actuals.map((a) => (a.channelId === id ? { ...a, channelId: null } : a)),
      };
      break;
    case 'budgetCategories':
      next = {
        ...next,
        budgetLines: next.budgetLines.map((l) => (l.categoryId === id ? { ...l, categoryId: null } : l)),
      };
      break;
    case 'products':
      next = {
        ...next,
        promotions: next.promotions.map((p) =>
          p.productIds.includes(id as never) ? { ...p, productIds: p.productIds.filter((x) => x !== id) } : p,
        ),
      };
      break;
    case 'promotions':
      next = {
        ...next,
        budgetLines: next.budgetLines
          .filter((l) => !(l.promotionId === id && !l.isOverridden))
          .map((l) => (l.promotionId === id ? { ...l, promotionId: null } : l)),
      };
      break;
    case 'goals':
      if (next.review) {
        const review = next.review;
        next = {
          ...next,
          review: {
            ...review,
            indicators: review.indicators.map((ind) => (ind.goalId === id ? { ...ind, goalId: null } : ind)),
          },
        };
      }
      break;
    default:
      break;
  }
  return next;
}
