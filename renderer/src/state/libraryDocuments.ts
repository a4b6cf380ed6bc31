import { useEffect } from 'react';
import { create } from 'zustand';
import type { PlanDocument } from '../../../shared/domain';
import { getDb, listPlanRecords, loadDocument } from '../db';
import { withPlanEntry } from './planEntries';
import { flushPlanSaves, forgetPlan } from './planStore';
import { onOtherWindowsPlans, saveAndAnnounce } from './syncTabs';

interface LibraryDocumentsState {
  /** Every plan not in the trash, whole; null until read. */
  docs: PlanDocument[] | null;
  error: string | null;
  /** Reads every plan again (after storing what is typed in the open one). */
  load(): Promise<void>;
  /** Stores rewritten plans (each against the version it was made from), then reads them all again. */
  write(changes: readonly { before: PlanDocument; after: PlanDocument }[]): Promise<void>;
}

/**
 * The whole library in memory, for the screens that look across plans (workload, match owners).
 * Read when such a screen opens; a plan another window saves is read again at once.
 */
export const useLibraryDocuments = create<LibraryDocumentsState>((set, get) => ({
  docs: null,
  error: null,
  async load() {
    try {
      await flushPlanSaves();
      const db = await getDb();
      const plans = (await listPlanRecords(db)).filter((p) => p.deletedAt === null);
      const docs = await Promise.all(plans.map((p) => loadDocument(db, p.id)));
      set({ docs: docs.filter((d): d is PlanDocument => d !== null), error: null });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
  async write(changes) {
    await flushPlanSaves();
    for (const { before, after } of changes) {
      await saveAndAnnounce(before, after);
      forgetPlan(after.plan.id);
    }
    await get().load();
  },
}));

/** The whole library for a screen that looks across plans, read again each time such a screen opens. */
export function useLibraryDocs(): Pick<LibraryDocumentsState, 'docs' | 'error'> {
  const docs = useLibraryDocuments((s) => s.docs);
  const error = useLibraryDocuments((s) => s.error);
  useEffect(() => void useLibraryDocuments.getState().load(), []);
  return { docs, error };
}

// Another window's edits show on the workload and match-owners screens without a reload.
onOtherWindowsPlans(
  () => useLibraryDocuments.getState().docs !== null,
  async (planId) => {
    const doc = await loadDocument(await getDb(), planId);
    const docs = useLibraryDocuments.getState().docs;
    if (!docs) return;
    const shown = doc !== null && doc.plan.deletedAt === null;
    const next = withPlanEntry(docs, planId, shown ? doc : null, (d) => d.plan.id);
    if (next) useLibraryDocuments.setState({ docs: next });
  },
  () => useLibraryDocuments.getState().load(),
);
