import {
  collectionKeys,
  emptyDocument,
  type CollectionKey,
  type PlanDocument,
  type PlanId,
} from '../../../shared/domain';
import type { CampaignDeskDb } from './database';
import { putDocumentSummary, summaryKey } from './planSummaryRepo';

/** Reads a whole plan: the plan record and every record that belongs to it, in one transaction. */
export async function loadDocument(db: CampaignDeskDb, planId: PlanId): Promise<PlanDocument | null> {
  return db.transaction('r', db.planTables, async () => {
    const plan = await db.plans.get(planId);
    if (!plan) return null;
    const doc = emptyDocument(plan);
    const loaded = await Promise.all(
      collectionKeys.map((key) => db.table(key).where('planId').equals(planId).toArray()),
    );
    collectionKeys.forEach((key, i) => {
      const records = (loaded[i] ?? []) as { order?: number }[];
      // Records carry an `order` where the planner arranges them; keep that order on load.
      records.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
      (doc as Record<CollectionKey, unknown>)[key] = records;
    });
    doc.review = (await db.reviews.get(planId)) ?? null;
    return doc;
  });
}

/** Writes a whole new plan, all or nothing. */
export async function insertDocument(db: CampaignDeskDb, doc: PlanDocument): Promise<void> {
  await insertDocuments(db, [doc]);
}

/**
 * A new plan's id, or the id of one of its records, is already stored: writing it would
 * overwrite another plan or move that plan's records into the new one.
 */
export class IdsTakenError extends Error {
  constructor(
    readonly planId: PlanId,
    readonly table: string,
  ) {
    super(`plan ${planId}: ids already stored in ${table}`);
    this.name = 'IdsTakenError';
  }
}

/**
 * Writes a plan that must be new (created, duplicated or imported), all or nothing. Refuses,
 * writing nothing, when its id or any of its records' ids is stored already: records are keyed
 * by id across plans, so a damaged plan workbook (the plan sheet lost, the task sheet kept)
 * would otherwise take another plan's tasks away from it.
 */
export async function insertNewDocument(db: CampaignDeskDb, doc: PlanDocument): Promise<void> {
  await db.transaction('rw', db.planWriteTables, async () => {
    if (await db.plans.get(doc.plan.id)) throw new IdsTakenError(doc.plan.id, 'plans');
    for (const key of collectionKeys) {
      const ids = (doc[key] as { id: string }[]).map((r) => r.id);
      if (ids.length === 0) continue;
      const found = await db.table(key).bulkGet(ids);
      if (found.some((r) => r !== undefined)) throw new IdsTakenError(doc.plan.id, key);
    }
    await insertDocuments(db, [doc]);
  });
}

export async function insertDocuments(db: CampaignDeskDb, docs: readonly PlanDocument[]): Promise<void> {
  await db.transaction('rw', db.planWriteTables, async () => {
    for (const doc of docs) {
      await db.plans.put(doc.plan);
      for (const key of collectionKeys) {
        const records = doc[key];
        if (records.length > 0) await db.table(key).bulkPut(records);
      }
      if (doc.review) await db.reviews.put(doc.review);
      await putDocumentSummary(db, doc);
    }
  });
}

export interface DocumentDiff {
  plan: PlanDocument['plan'] | null;
  puts: Partial<Record<CollectionKey, unknown[]>>;
  deletes: Partial<Record<CollectionKey, string[]>>;
  review: { put: PlanDocument['review'] } | null;
  isEmpty: boolean;
}

/**
 * What changed between two versions of a document. Records are compared by identity: the pure
 * functions in shared/ return new objects only for what they change, so this is cheap.
 */
export function diffDocuments(prev: PlanDocument | null, next: PlanDocument): DocumentDiff {
  const diff: DocumentDiff = { plan: null, puts: {}, deletes: {}, review: null, isEmpty: true };
  if (!prev || prev.plan !== next.plan) {
    diff.plan = next.plan;
    diff.isEmpty = false;
  }
  for (const key of collectionKeys) {
    const before = prev ? prev[key] : [];
    const after = next[key];
    if (before === after) continue;
    const beforeById = new Map<string, unknown>();
    for (const r of before) beforeById.set(r.id, r);
    const puts: unknown[] = [];
    for (const r of after) {
      if (beforeById.get(r.id) !== r) puts.push(r);
      beforeById.delete(r.id);
    }
    if (puts.length > 0) diff.puts[key] = puts;
    if (beforeById.size > 0) diff.deletes[key] = [...beforeById.keys()];
    if (puts.length > 0 || beforeById.size > 0) diff.isEmpty = false;
  }
  if ((prev?.review ?? null) !== next.review) {
    diff.review = { put: next.review };
    diff.isEmpty = false;
  }
  return diff;
}

/** Applies a diff in one read-write transaction: either all of it is stored or none. */
export async function applyDiff(db: CampaignDeskDb, planId: PlanId, diff: DocumentDiff): Promise<void> {
  if (diff.isEmpty) return;
  await db.transaction('rw', db.planTables, async () => {
    if (diff.plan) await db.plans.put(diff.plan);
    for (const key of collectionKeys) {
      const puts = diff.puts[key];
      if (puts) await db.table(key).bulkPut(puts);
      const deletes = diff.deletes[key];
      if (deletes) await db.table(key).bulkDelete(deletes);
    }
    if (diff.review) {
      if (diff.review.put) await db.reviews.put(diff.review.put);
      else await db.reviews.delete(planId);
    }
  });
}

/** Removes a plan and everything in it for good (emptying the trash). */
export async function purgeDocument(db: CampaignDeskDb, planId: PlanId): Promise<void> {
  await db.transaction('rw', db.planWriteTables, async () => {
    for (const key of collectionKeys) await db.table(key).where('planId').equals(planId).delete();
    await db.reviews.delete(planId);
    await db.plans.delete(planId);
    await db.meta.delete(summaryKey(planId));
  });
}
