import { create } from 'zustand';
import type { PlanDocument } from '../../../shared/domain';
import { getDb, loadDocument, loadDocumentsOfYear } from '../db';
import { withPlanEntry } from './planEntries';
import { flushPlanSaves } from './planStore';
import { onOtherWindowsPlans } from './syncTabs';

/** The plans of one year, whole, for the annual budget's roll-up (read again on each visit). */
interface YearPlansState {
  year: number | null;
  docs: PlanDocument[];
  isLoading: boolean;
  error: string | null;
  load(year: number): Promise<void>;
}

export const useYearPlansStore = create<YearPlansState>((set, get) => ({
  year: null,
  docs: [],
  isLoading: false,
  error: null,
  async load(year) {
    set({ year, isLoading: true, error: null });
    try {
      // An edit of a plan still being stored belongs in the roll-up.
      await flushPlanSaves();
      const docs = await loadDocumentsOfYear(await getDb(), year);
      if (get().year === year) set({ docs, isLoading: false });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error), isLoading: false });
    }
  },
}));

// A plan or cap changed in another window shows in the open roll-up without a reload.
onOtherWindowsPlans(
  () => useYearPlansStore.getState().year !== null,
  async (planId) => {
    const doc = await loadDocument(await getDb(), planId);
    const { year, docs } = useYearPlansStore.getState();
    if (year === null) return;
    const inYear = doc !== null && doc.plan.deletedAt === null && doc.plan.peakDate.startsWith(`${year}-`);
    const next = withPlanEntry(docs, planId, inYear ? doc : null, (d) => d.plan.id);
    if (next) useYearPlansStore.setState({ docs: next });
  },
  async () => {
    const { year, load } = useYearPlansStore.getState();
    if (year !== null) await load(year);
  },
);
