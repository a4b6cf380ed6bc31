import { create } from 'zustand';
import type { PlanDocument, PlanId } from '../../../shared/domain';
import {
  entryOf,
  getDb,
  insertNewDocument,
  listPlans,
  takeSummary,
  purgeDocument,
  purgeExpiredTrash,
  updatePlanRecord,
  type PlanSummary,
} from '../db';
import { keepUnchanged } from './libraryEntries';
import { stampAfter } from './stamp';
import { announce } from './syncTabs';

interface LibraryState {
  plans: PlanSummary[];
  isLoaded: boolean;
  /**
   * Plans listed without a current summary (after an upgrade, an import by an older version) are
   * summarised after the list is shown: how many of those are done, or null when none are left.
   */
  summaryProgress: { done: number; total: number } | null;
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
/** Summaries taken between two updates of the list (each update renders every row again). */
const SUMMARY_BATCH = 20;
/** Each listing counts up; a fill started by an older listing stops. */
let listing = 0;

export const useLibraryStore = create<LibraryState>((set, get) => {
  /** Takes the pending plans' summaries one plan at a time, the list usable meanwhile. */
  async function fillSummaries(pending: readonly PlanId[], run: number) {
    const db = await getDb();
    let done = 0;
    let taken = new Map<string, PlanSummary>();
    const flushTaken = () => {
      if (taken.size === 0 && done < pending.length) return;
      const fresh = taken;
      taken = new Map();
      set((s) => ({
        plans: s.plans.map((p) => fresh.get(p.plan.id) ?? p),
        summaryProgress: done < pending.length ? { done, total: pending.length } : null,
      }));
    };
    for (const planId of pending) {
      const result = await takeSummary(db, planId);
      if (run !== listing) return;
      done += 1;
      if (result) taken.set(planId, entryOf(result.plan, result.summary));
      if (taken.size >= SUMMARY_BATCH || done === pending.length) flushTaken();
    }
  }

  async function stamp(planId: PlanId, change: Partial<PlanDocument['plan']>) {
    const db = await getDb();
    await updatePlanRecord(db, planId, (p) => ({ ...p, ...change, updatedAt: stampAfter(p.updatedAt) }));
    // Other windows refresh their lists, and one that has the plan open takes the new plan
    // record (so it sees that the plan is archived or in the trash).
    announce({ kind: 'saved', planId, changed: { plan: [planId] } });
    await get().refresh();
  }
  return {
    plans: [],
    isLoaded: false,
    summaryProgress: null,
    error: null,
    async refresh() {
      const run = ++listing;
      try {
        const db = await getDb();
        await purgeExpiredTrash(db, new Date());
        const listed = await listPlans(db);
        if (run !== listing) return;
        const plans = keepUnchanged(get().plans, listed);
        const pending = plans.filter((p) => p.isSummaryPending).map((p) => p.plan.id);
        const summaryProgress = pending.length > 0 ? { done: 0, total: pending.length } : null;
        const s = get();
        // Nothing changed (a visit re-reading an unchanged library): no update, nothing redrawn.
        if (
          plans !== s.plans ||
          !s.isLoaded ||
          s.error !== null ||
          summaryProgress !== null ||
          s.summaryProgress !== null
        )
          set({ plans, isLoaded: true, error: null, summaryProgress });
        if (pending.length > 0) await fillSummaries(pending, run);
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
