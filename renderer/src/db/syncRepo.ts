import { collectionKeys, type PlanDocument, type PlanId } from '../../../shared/domain';
import { mergeRecord } from '../../../shared/sync/mergeRecords';
import { changedIdsBetween, type ChangedIds, type StoredRecords } from '../../../shared/sync/mergeDocuments';
import type { CampaignDeskDb } from './database';
import { adjustSummary, putDocumentSummary, type RecordChange } from './planSummaryRepo';

/**
 * Saving when another window may have written the same plan. The write reads, inside its own
 * transaction, what is stored now for every record it changes, and merges field by field
 * against the version this window last stored (`base`): a field the other window changed and
 * this one did not is kept. So two windows never overwrite each other's edits to other fields.
 */

export interface MergedSave {
  /** The records as they are stored now, for every record this save touched. */
  stored: StoredRecords;
  changed: ChangedIds;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of records) map.set(r.id, r);
  return map;
}

/** The plan a save was meant for is no longer stored (deleted for good in another window). */
export class PlanGoneError extends Error {
  constructor(readonly planId: PlanId) {
    super(`plan ${planId} is no longer stored`);
    this.name = 'PlanGoneError';
  }
}

export function isEmptyChange(changed: ChangedIds): boolean {
  return Object.values(changed).every((ids) => !ids || ids.length === 0);
}

/** Reads the stored versions of the given records (inside the caller's transaction, if any). */
export async function readStoredRecords(
  db: CampaignDeskDb,
  planId: PlanId,
  changed: ChangedIds,
): Promise<StoredRecords> {
  const stored: StoredRecords = { plan: undefined, review: undefined, records: {} };
  await db.transaction('r', db.planTables, async () => {
    if (changed.plan) stored.plan = await db.plans.get(planId);
    if (changed.review) stored.review = (await db.reviews.get(planId)) ?? null;
    for (const key of collectionKeys) {
      const ids = changed[key];
      if (!ids || ids.length === 0) continue;
      const rows = (await db.table(key).bulkGet(ids)) as unknown[];
      stored.records[key] = new Map(ids.map((id, i) => [id, rows[i]]));
    }
  });
  return stored;
}

/**
 * Stores `mine`'s changes against `base`, merged with whatever another window stored meanwhile,
 * in one read-write transaction. Returns what is stored now for every touched record.
 */
export async function saveMerging(
  db: CampaignDeskDb,
  base: PlanDocument | null,
  mine: PlanDocument,
): Promise<MergedSave> {
  const planId = mine.plan.id;
  const changed = changedIdsBetween(base, mine);
  const result: StoredRecords = { plan: undefined, review: undefined, records: {} };
  if (isEmptyChange(changed)) return { stored: result, changed };
  await db.transaction('rw', db.planWriteTables, async () => {
    const storedPlan = await db.plans.get(planId);
    // Deleted for good in another window meanwhile: writing now would leave orphan records.
    if (base && !storedPlan) throw new PlanGoneError(planId);
    const now = await readStoredRecords(db, planId, changed);
    const summaryChanges: RecordChange[] = [];
    if (changed.plan) {
      const merged = mergeRecord(base?.plan, mine.plan, now.plan) ?? mine.plan;
      await db.plans.put(merged);
      result.plan = merged;
    }
    if (changed.review) {
      const merged = mergeRecord(
        base?.review ?? undefined,
        mine.review ?? undefined,
        now.review ?? undefined,
      );
      if (merged) await db.reviews.put(merged);
      else await db.reviews.delete(planId);
      result.review = merged ?? null;
    }
    for (const key of collectionKeys) {
      const ids = changed[key];
      if (!ids) continue;
      const baseById = byId<{ id: string }>(base ? base[key] : []);
      const mineById = byId<{ id: string }>(mine[key]);
      const storedNow = now.records[key];
      const puts: unknown[] = [];
      const deletes: string[] = [];
      const out = new Map<string, unknown>();
      for (const id of ids) {
        const merged = mergeRecord(baseById.get(id), mineById.get(id), storedNow?.get(id) as { id: string });
        out.set(id, merged);
        summaryChanges.push({
          collection: key,
          before: storedNow?.get(id) as RecordChange['before'],
          after: merged as RecordChange['after'],
        });
        if (merged) puts.push(merged);
        else deletes.push(id);
      }
      if (puts.length > 0) await db.table(key).bulkPut(puts);
      if (deletes.length > 0) await db.table(key).bulkDelete(deletes);
      result.records[key] = out;
    }
    // The library's summary of the plan follows the records as stored now (db/planSummaryRepo).
    if (storedPlan) {
      const stampAfter = result.plan?.updatedAt ?? storedPlan.updatedAt;
      await adjustSummary(db, planId, storedPlan.updatedAt, stampAfter, summaryChanges);
    } else await putDocumentSummary(db, mine); // a plan stored for the first time: all of it written
  });
  return { stored: result, changed };
}

export type { ChangedIds, StoredRecords };
