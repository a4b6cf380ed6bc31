import type { Phase, PlanId } from '../../../shared/domain';
import type { YearPlanSource } from '../../../shared/calendar/yearRows';
import type { CampaignDeskDb } from './database';

/**
 * What the year calendar reads: every plan not in the trash with its phases — plan records and
 * one indexed query on phases, never the tasks, so the calendar stays quick however big the
 * plans are. Which plans touch the chosen range is decided in shared/calendar/yearRows.
 */
export async function listYearPlanSources(db: CampaignDeskDb): Promise<YearPlanSource[]> {
  return db.transaction('r', [db.plans, db.table('phases')], async () => {
    const plans = (await db.plans.toArray()).filter((p) => p.deletedAt === null);
    const phases = (await db
      .table('phases')
      .where('planId')
      .anyOf(plans.map((p) => p.id))
      .toArray()) as Phase[];
    const byPlan = new Map<string, Phase[]>();
    for (const phase of phases) {
      const list = byPlan.get(phase.planId);
      if (list) list.push(phase);
      else byPlan.set(phase.planId, [phase]);
    }
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
