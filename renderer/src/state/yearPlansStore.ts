import { create } from 'zustand';
import type { PlanDocument } from '../../../shared/domain';
import { getDb, loadDocumentsOfYear } from '../db';
import { flushPlanSaves } from './planStore';

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
