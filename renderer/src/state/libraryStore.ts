import { create } from 'zustand';
import type { PlanDocument, PlanId } from '../../../shared/domain';
import {
  getDb,
  insertNewDocument,
  listPlans,
  purgeDocument,
  purgeExpiredTrash,
  updatePlanRecord,
  type PlanSummary,
} from '../db';
import { announce } from './syncTabs';

interface LibraryState {
  plans: PlanSummary[];
  isLoaded: boolean;
  error: string | null;
  refresh(): Promise<void>;
  addDocument(doc: PlanDocument): Promise<PlanId>;
  setArchived(planId: PlanId, archived: boolean): Promise<void>;
  moveToTrash(planId: PlanId): Promise<void>;
  restoreFromTrash(planId: PlanId): Promise<void>;
  deleteForever(planId: PlanId): Promise<void>;
}

/**
 * The plan list. Every change here is announced to the other windows (state/syncTabs.ts), whose
 * lists refresh without a reload; their messages reach this store through planStore's listener.
 */
export const useLibraryStore = create<LibraryState>((set, get) => {
  async function stamp(planId: PlanId, change: Partial<PlanDocument['plan']>) {
    const db = await getDb();
    const now = new Date().toISOString();
    await updatePlanRecord(db, planId, (p) => ({ ...p, ...change, updatedAt: now }));
    // Other windows refresh their lists, and one that has the plan open takes the new plan
    // record (so it sees that the plan is archived or in the trash).
    announce({ kind: 'saved', planId, changed: { plan: [planId] } });
    await get().refresh();
  }
  return {
    plans: [],
    isLoaded: false,
    error: null,
    async refresh() {
      try {
        const db = await getDb();
        await purgeExpiredTrash(db, new Date());
        set({ plans: await listPlans(db), isLoaded: true, error: null });
      } catch (error) {
        set({ error: error instanceof Error ? error.message : String(error), isLoaded: true });
      }
    },
    async addDocument(doc) {
      const db = await getDb();
      await insertNewDocument(db, doc);
      announce({ kind: 'library' });
      await get().refresh();
      return doc.plan.id;
    },
    setArchived(planId, archived) {
      return stamp(planId, { archivedAt: archived ? new Date().toISOString() : null });
    },
    moveToTrash(planId) {
      return stamp(planId, { deletedAt: new Date().toISOString() });
    },
    restoreFromTrash(planId) {
      return stamp(planId, { deletedAt: null });
    },
    async deleteForever(planId) {
      const db = await getDb();
      await purgeDocument(db, planId);
      announce({ kind: 'library', removedPlanId: planId });
      await get().refresh();
    },
  };
});

export type { PlanSummary };
