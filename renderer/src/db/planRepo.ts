import type { Plan, PlanId } from '../../../shared/domain';
import { ownerNamesOfTally } from '../../../shared/planning/ownerTally';
import type { LibraryEntry } from '../../../shared/planning/librarySearch';
import type { CampaignDeskDb } from './database';
import { purgeDocument } from './documentRepo';
import { isCurrentSummary, restampSummary, summaryKey, type StoredSummary } from './planSummaryRepo';

/**
 * A plan as the library lists it: its record, task count and owner names (never its records).
 * `isSummaryPending`: no current summary is stored yet (docs/library.md), so the task count and
 * owner names are not known yet (0 and none) until the library has taken it.
 */
export type PlanSummary = LibraryEntry & { isSummaryPending: boolean };

export function entryOf(plan: Plan, summary: StoredSummary | null): PlanSummary {
  return summary
    ? {
        plan,
        taskCount: summary.taskCount,
        owners: ownerNamesOfTally(summary.owners),
        isSummaryPending: false,
      }
    : { plan, taskCount: 0, owners: [], isSummaryPending: true };
}

/**
 * Every plan (trash included; the caller filters) with its stored summary where that is current:
 * 200 plan records and 200 small values in one read, whatever the plans hold. A plan without a
 * current summary is listed as pending; the library takes those afterwards (takeSummary).
 */
export async function listPlans(db: CampaignDeskDb): Promise<PlanSummary[]> {
  return db.transaction('r', [db.plans, db.meta], async () => {
    const plans = await db.plans.toArray();
    const stored = await db.meta.bulkGet(plans.map((p) => summaryKey(p.id)));
    return plans.map((plan, i) => {
      const value = stored[i]?.value;
      return entryOf(plan, isCurrentSummary(value, plan) ? value : null);
    });
  });
}

/** Every plan record (trash included), without summaries: for readers that load documents anyway. */
export async function listPlanRecords(db: CampaignDeskDb): Promise<Plan[]> {
  return db.plans.toArray();
}

export async function updatePlanRecord(
  db: CampaignDeskDb,
  planId: PlanId,
  change: (plan: Plan) => Plan,
): Promise<void> {
  await db.transaction('rw', db.plans, db.meta, async () => {
    const plan = await db.plans.get(planId);
    if (!plan) return;
    const changed = change(plan);
    await db.plans.put(changed);
    // Only the plan record changed: a current summary stays current under the new stamp.
    await restampSummary(db, planId, plan.updatedAt, changed.updatedAt);
  });
}

/** Plans deleted more than `days` ago leave the trash for good. */
export async function purgeExpiredTrash(db: CampaignDeskDb, now: Date, days = 30): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  // By the deletedAt index: plans not in the trash (null) are not in it at all.
  const expired = await db.plans.where('deletedAt').below(cutoff).toArray();
  for (const p of expired) await purgeDocument(db, p.id);
  return expired.length;
}
