import type { Plan, PlanDocument, PlanId } from '../../../shared/domain';
import { getDb, listPlanRecords, loadDocument } from '../db';

/**
 * Read-only looks at stored plans other than the open one (the plan to duplicate, earlier
 * campaigns' lessons). Components read the database through state/ (docs/architecture.md §1);
 * these reads change nothing, so they need no store.
 */
export async function readStoredPlan(planId: PlanId): Promise<PlanDocument | null> {
  return loadDocument(await getDb(), planId);
}

/** Every stored plan whose plan record passes `isWanted`, loaded in full; only those are loaded. */
export async function readStoredPlans(isWanted: (plan: Plan) => boolean): Promise<PlanDocument[]> {
  const db = await getDb();
  const wanted = (await listPlanRecords(db)).filter(isWanted);
  const docs = await Promise.all(wanted.map((p) => loadDocument(db, p.id)));
  return docs.filter((d): d is PlanDocument => d !== null);
}

/** Every stored plan record (not the plans' records), for pickers that list the library. */
export async function readStoredPlanRecords(): Promise<Plan[]> {
  return listPlanRecords(await getDb());
}
