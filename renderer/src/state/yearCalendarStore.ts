import { useLayoutEffect, useState } from 'react';
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
const useYearCalendarStore = create<YearCalendarState>((set) => ({
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

type YearCalendarView = Pick<YearCalendarState, 'sources' | 'error'>;

/**
 * The year calendar screen's plans and read error; its first render starts the read, so
 * IndexedDB reads while the screen renders. Followed by a subscription made before the first
 * paint, not by a zustand selector: the visit is rendered in a transition, in slices, and the
 * read usually ends during it. A store that changed under a transition's render makes React
 * throw that render away and do it again synchronously, first render and read included — the
 * screen was drawn twice and the plans read twice per visit. Here a read that ended meanwhile is
 * taken in the layout effect, before the first paint, and a later one as it comes.
 */
export function useYearCalendar(): YearCalendarView {
  const [view, setView] = useState<YearCalendarView>(() => {
    void useYearCalendarStore.getState().load();
    const { sources, error } = useYearCalendarStore.getState();
    return { sources, error };
  });
  useLayoutEffect(() => {
    const follow = ({ sources, error }: YearCalendarView) =>
      setView((shown) => (shown.sources === sources && shown.error === error ? shown : { sources, error }));
    follow(useYearCalendarStore.getState());
    return useYearCalendarStore.subscribe(follow);
  }, []);
  return view;
}

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
