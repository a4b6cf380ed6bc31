import type { Plan, PlanId } from '../../../shared/domain';
import { ownerCollections } from '../../../shared/people/ownerReview';
import {
  ownerNamesOf,
  type LibraryEntry,
  type PlanRecordSummary,
} from '../../../shared/planning/librarySearch';
import type { CampaignDeskDb } from './database';
import { purgeDocument } from './documentRepo';

/** A plan as the library lists it: its record, task count and owner names (never its records). */
export type PlanSummary = LibraryEntry & { taskCount: number };

/**
 * The summary of a plan's records kept in the `meta` table under `planSummary:<planId>`, stamped
 * with the plan record's `updatedAt` when it was taken. Every edit stamps the plan record, so a
 * summary whose stamp differs is stale and is taken again from that one plan's records; the
 * library thus reads 200 plan records and 200 small summaries, not 400,000 records.
 */
interface StoredSummary extends PlanRecordSummary {
  /** The shape of this value; another number is read as stale. */
  v: 1;
  planUpdatedAt: string;
}

const SUMMARY_PREFIX = 'planSummary:';
const summaryKey = (planId: string) => SUMMARY_PREFIX + planId;

function isCurrent(value: unknown, plan: Plan): value is StoredSummary {
  const s = value as Partial<StoredSummary> | undefined;
  return s?.v === 1 && s.planUpdatedAt === plan.updatedAt && Array.isArray(s.owners);
}

async function takeSummary(db: CampaignDeskDb, plan: Plan): Promise<StoredSummary> {
  const [taskCount, ...lists] = await Promise.all([
    db.table('tasks').where('planId').equals(plan.id).count(),
    ...ownerCollections.map((key) => db.table(key).where('planId').equals(plan.id).toArray()),
  ]);
  const owners = ownerNamesOf((lists as { owner?: unknown }[][]).flat());
  return { v: 1, planUpdatedAt: plan.updatedAt, taskCount: taskCount as number, owners };
}

/** Every plan with its task count and owner names, for the library (trash included; the caller filters). */
export async function listPlans(db: CampaignDeskDb): Promise<PlanSummary[]> {
  const ownerTables = ownerCollections.map((k) => db.table(k));
  const { summaries, fresh } = await db.transaction('r', [db.plans, db.meta, ...ownerTables], async () => {
    const plans = await db.plans.toArray();
    const stored = await db.meta.bulkGet(plans.map((p) => summaryKey(p.id)));
    const fresh: { plan: Plan; summary: StoredSummary }[] = [];
    const summaries = await Promise.all(
      plans.map(async (plan, i) => {
        const value = stored[i]?.value;
        if (isCurrent(value, plan)) return { plan, summary: value };
        const summary = await takeSummary(db, plan);
        fresh.push({ plan, summary });
        return { plan, summary };
      }),
    );
    return { summaries, fresh };
  });
  if (fresh.length > 0) await storeSummaries(db, new Set(summaries.map((s) => s.plan.id)), fresh);
  return summaries.map(({ plan, summary }) => ({
    plan,
    taskCount: summary.taskCount,
    owners: summary.owners,
  }));
}

/**
 * Stores the summaries just taken and drops those of plans deleted for good. A plan saved
 * meanwhile keeps the older stamp here, so its summary is taken again on the next listing.
 */
async function storeSummaries(
  db: CampaignDeskDb,
  planIds: ReadonlySet<string>,
  fresh: readonly { plan: Plan; summary: StoredSummary }[],
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const keys = (await db.meta.where('key').startsWith(SUMMARY_PREFIX).primaryKeys()) as string[];
    const orphans = keys.filter((k) => !planIds.has(k.slice(SUMMARY_PREFIX.length)));
    if (orphans.length > 0) await db.meta.bulkDelete(orphans);
    await db.meta.bulkPut(fresh.map(({ plan, summary }) => ({ key: summaryKey(plan.id), value: summary })));
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
  await db.transaction('rw', db.plans, async () => {
    const plan = await db.plans.get(planId);
    if (plan) await db.plans.put(change(plan));
  });
}

/** Plans deleted more than `days` ago leave the trash for good. */
export async function purgeExpiredTrash(db: CampaignDeskDb, now: Date, days = 30): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const expired = (await db.plans.toArray()).filter((p) => p.deletedAt !== null && p.deletedAt < cutoff);
  for (const p of expired) await purgeDocument(db, p.id);
  return expired.length;
}
