import { create } from 'zustand';
import type { YearPlanSource } from '../../../shared/calendar/yearRows';
import { getDb, listYearPlanSources } from '../db';
import { onOtherWindowsPlans } from './syncTabs';

interface YearCalendarState {
  /** Every plan not in the trash, with its phases; null until first loaded. */
  sources: YearPlanSource[] | null;
  error: string | null;
  load(): Promise<void>;
}

/** The year calendar's data: read fresh each time the screen opens, so it shows the latest plans. */
export const useYearCalendarStore = create<YearCalendarState>((set) => ({
  sources: null,
  error: null,
  async load() {
    try {
      const db = await getDb();
      set({ sources: await listYearPlanSources(db), error: null });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
}));

// Another window's plan edits (dates, phases, status, tags) show in the open calendar.
onOtherWindowsPlans(
  () => useYearCalendarStore.getState().sources !== null,
  () => useYearCalendarStore.getState().load(),
  () => useYearCalendarStore.getState().load(),
);
