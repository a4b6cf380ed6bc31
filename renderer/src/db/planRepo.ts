import type { Plan, PlanId } from '../../../shared/domain';
import type { CampaignDeskDb } from './database';
import { purgeDocument } from './documentRepo';

export interface PlanSummary {
  plan: Plan;
  taskCount: number;
}

/** Every plan with its task count, for the library (trash included; the caller filters). */
export async function listPlans(db: CampaignDeskDb): Promise<PlanSummary[]> {
  return db.transaction('r', [db.plans, db.table('tasks')], async () => {
    const plans = await db.plans.toArray();
    const counts = await Promise.all(
      plans.map((p) => db.table('tasks').where('planId').equals(p.id).count()),
    );
    return plans.map((plan, i) => ({ plan, taskCount: counts[i] ?? 0 }));
  });
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
