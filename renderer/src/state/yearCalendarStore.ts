import { create } from 'zustand';
import type { YearPlanSource } from '../../../shared/calendar/yearRows';
import { getDb, listYearPlanSources, loadYearPlanSource } from '../db';
import { withPlanEntry } from './planEntries';
import { onOtherWindowsPlans } from './syncTabs';

interface YearCalendarState {
  /** Every plan not in the trash, with its phases; null until first loaded. */
  sources: YearPlanSource[] | null;
  error: string | null;
  load(): Promise<void>;
}

let reading: Promise<void> | null = null;

/**
 * The year calendar's data: read fresh each time the screen opens, so it shows the latest plans
 * (the last read is shown meanwhile). A read asked for while one runs joins it.
 */
export const useYearCalendarStore = create<YearCalendarState>((set) => ({
  sources: null,
  error: null,
  load() {
    reading ??= (async () => {
      try {
        const db = await getDb();
        set({ sources: await listYearPlanSources(db), error: null });
      } catch (error) {
        set({ error: error instanceof Error ? error.message : String(error) });
      } finally {
        reading = null;
      }
    })();
    return reading;
  },
}));

// Another window's plan edits (dates, phases, status, tags) show in the open calendar: a saved
// plan is read again alone, a change of the library (created, trashed, restored) reads all.
onOtherWindowsPlans(
  () => useYearCalendarStore.getState().sources !== null,
  async (planId) => {
    const source = await loadYearPlanSource(await getDb(), planId);
    const sources = useYearCalendarStore.getState().sources;
    const next = sources && withPlanEntry(sources, planId, source, (s) => s.plan.id);
    if (next) useYearCalendarStore.setState({ sources: next });
  },
  () => useYearCalendarStore.getState().load(),
);
