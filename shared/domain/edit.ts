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

/** The collections whose records are filed under a record of each kind, by the field that points at it. */
type FiledAt = { [C in CollectionKey]: readonly [C, keyof CollectionRecord<C> & string] }[CollectionKey];
const filedUnder: Partial<Record<CollectionKey, readonly FiledAt[]>> = {
  phases: [
    ['tasks', 'phaseId'],
    ['budgetLines', 'phaseId'],
    ['promotions', 'phaseId'],
  ],
  channels: [
    ['tasks', 'channelId'],
    ['budgetLines', 'channelId'],
    ['actuals', 'channelId'],
  ],
  budgetCategories: [['budgetLines', 'categoryId']],
};

/**
 * Removes a record and every reference to it, so no record points at something gone:
 * a task leaves its successors' predecessor lists, a phase/channel/category leaves the
 * records filed under it (they become unfiled), a product leaves its promotions, a
 * promotion takes its linked (not hand-overridden) budget line with it.
 */
export function removeRecord(doc: PlanDocument, key: CollectionKey, id: string): PlanDocument {
  const without = <T extends { id: string }>(list: T[]) => list.filter((r) => r.id !== id);
  // The records filed under it become unfiled (the field that pointed at it set to null).
  const unfile = <T, F extends keyof T>(list: T[], field: F): T[] =>
    list.map((r) => (r[field] === id ? { ...r, [field]: null } : r));
  let next: PlanDocument = { ...doc, [key]: without(doc[key] as { id: string }[]) };
  for (const [collection, field] of filedUnder[key] ?? []) {
    next = { ...next, [collection]: unfile(next[collection] as Record<string, unknown>[], field) };
  }
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
        budgetLines: unfile(
          next.budgetLines.filter((l) => !(l.promotionId === id && !l.isOverridden)),
          'promotionId',
        ),
      };
      break;
    case 'goals':
      if (next.review) {
        const review = next.review;
        next = { ...next, review: { ...review, indicators: unfile(review.indicators, 'goalId') } };
      }
      break;
    default:
      break;
  }
  return next;
}
