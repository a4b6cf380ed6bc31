import type { Plan, PlanDocument, PlanId } from '../../../shared/domain';
import { ownerCollections } from '../../../shared/people/ownerReview';
import { adjustTally, tallyOwners, type OwnerTally } from '../../../shared/planning/ownerTally';
import type { CampaignDeskDb } from './database';

/**
 * The library's summary of a plan's records (task count, owner names; docs/library.md), kept in
 * the `meta` table under `planSummary:<planId>` and stamped with the plan record's `updatedAt`.
 * The paths that write a plan write its summary in the same transaction: a new plan (created,
 * imported, restored) from its document, a save by adjusting the stored summary with the records
 * it changes (read as stored, so another window's writes are counted right). A summary whose stamp
 * differs from the plan's (written by an older version, or by the edit journal's replay) is
 * stale; the library lists the plan at once and takes its summary again afterwards.
 */
export interface StoredSummary {
  /** The shape of this value; another number is read as stale. */
  v: 2;
  planUpdatedAt: string;
  taskCount: number;
  owners: OwnerTally;
}

const SUMMARY_PREFIX = 'planSummary:';
export const summaryKey = (planId: string): string => SUMMARY_PREFIX + planId;

export function isCurrentSummary(value: unknown, plan: Plan): value is StoredSummary {
  const s = value as Partial<StoredSummary> | undefined;
  return (
    s?.v === 2 && s.planUpdatedAt === plan.updatedAt && typeof s.owners === 'object' && s.owners !== null
  );
}

/** The summary of a whole document in memory (a new plan); call inside a transaction over meta. */
export async function putDocumentSummary(db: CampaignDeskDb, doc: PlanDocument): Promise<void> {
  const owners = tallyOwners(ownerCollections.flatMap((key) => doc[key] as readonly { owner?: unknown }[]));
  const value: StoredSummary = {
    v: 2,
    planUpdatedAt: doc.plan.updatedAt,
    taskCount: doc.tasks.length,
    owners,
  };
  await db.meta.put({ key: summaryKey(doc.plan.id), value });
}

/** One record a save changed: as stored before it and after it (undefined: not stored). */
export interface RecordChange {
  collection: string;
  before: { owner?: unknown } | undefined;
  after: { owner?: unknown } | undefined;
}

/**
 * A save's part: the stored summary, current for the plan's stamp before the save (`stampBefore`),
 * adjusted by the changed records and stamped `stampAfter`. A summary that was not current stays
 * as it is (stale), to be taken again from the records. Call inside the save's transaction.
 */
export async function adjustSummary(
  db: CampaignDeskDb,
  planId: PlanId,
  stampBefore: string,
  stampAfter: string,
  changes: readonly RecordChange[],
): Promise<void> {
  const key = summaryKey(planId);
  const s = (await db.meta.get(key))?.value as Partial<StoredSummary> | undefined;
  if (s?.v !== 2 || s.planUpdatedAt !== stampBefore || !s.owners || typeof s.taskCount !== 'number') return;
  let { taskCount, owners } = s as StoredSummary;
  const owning = new Set<string>(ownerCollections);
  for (const c of changes) {
    if (c.collection === 'tasks') taskCount += (c.after ? 1 : 0) - (c.before ? 1 : 0);
    if (owning.has(c.collection)) owners = adjustTally(owners, c.before, c.after);
  }
  const value: StoredSummary = { v: 2, planUpdatedAt: stampAfter, taskCount, owners };
  await db.meta.put({ key, value });
}

/** The plan record alone was stamped anew (archived, trashed, restored): its records did not change. */
export async function restampSummary(
  db: CampaignDeskDb,
  planId: PlanId,
  stampBefore: string,
  stampAfter: string,
): Promise<void> {
  await adjustSummary(db, planId, stampBefore, stampAfter, []);
}

/**
 * Takes one plan's summary from its records (one indexed query per owner table) and stores it,
 * in one transaction of its own, so the plan's stamp and its records are read at one moment.
 * Returns null for a plan no longer stored.
 */
export async function takeSummary(
  db: CampaignDeskDb,
  planId: PlanId,
): Promise<{ plan: Plan; summary: StoredSummary } | null> {
  const tables = [db.plans, db.meta, ...ownerCollections.map((k) => db.table(k))];
  return db.transaction('rw', tables, async () => {
    const plan = await db.plans.get(planId);
    if (!plan) return null;
    const [taskCount, ...lists] = await Promise.all([
      db.table('tasks').where('planId').equals(planId).count(),
      ...ownerCollections.map((k) => db.table(k).where('planId').equals(planId).toArray()),
    ]);
    const owners = tallyOwners((lists as { owner?: unknown }[][]).flat());
    const summary: StoredSummary = {
      v: 2,
      planUpdatedAt: plan.updatedAt,
      taskCount: taskCount as number,
      owners,
    };
    await db.meta.put({ key: summaryKey(planId), value: summary });
    return { plan, summary };
  });
}

/** Drops every plan's summary (a restore replaces all plans); call inside a transaction over meta. */
export async function dropAllSummaries(db: CampaignDeskDb): Promise<void> {
  await db.meta.where('key').startsWith(SUMMARY_PREFIX).delete();
}
