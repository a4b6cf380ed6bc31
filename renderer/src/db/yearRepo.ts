import type { Phase, PlanId } from '../../../shared/domain';
import type { YearPlanSource } from '../../../shared/calendar/yearRows';
import type { CampaignDeskDb } from './database';

/**
 * What the year calendar reads: every plan not in the trash with its phases — the plan records
 * and the phases table, never the tasks, so the calendar stays quick however big the plans are.
 * The phases are read whole in one request and sorted to their plans here: `anyOf` over the plans'
 * ids walked the planId index with a cursor, one step (and one callback) per phase. Which plans
 * touch the chosen range is decided in shared/calendar/yearRows.
 */
export async function listYearPlanSources(db: CampaignDeskDb): Promise<YearPlanSource[]> {
  return db.transaction('r', [db.plans, db.table('phases')], async () => {
    const [stored, phases] = await Promise.all([
      db.plans.toArray(),
      db.table('phases').toArray() as Promise<Phase[]>,
    ]);
    const plans = stored.filter((p) => p.deletedAt === null);
    const byPlan = new Map<string, Phase[]>(plans.map((p) => [p.id, []]));
    for (const phase of phases) byPlan.get(phase.planId)?.push(phase);
    return plans.map((plan) => ({ plan, phases: byPlan.get(plan.id) ?? [] }));
  });
}

/** One plan as the year calendar reads it, or null when it is gone or in the trash. */
export async function loadYearPlanSource(db: CampaignDeskDb, planId: PlanId): Promise<YearPlanSource | null> {
  return db.transaction('r', [db.plans, db.table('phases')], async () => {
    const plan = await db.plans.get(planId);
    if (!plan || plan.deletedAt !== null) return null;
    const phases = (await db.table('phases').where('planId').equals(planId).toArray()) as Phase[];
    return { plan, phases };
  });
}
