/**
 * A screen's loader that keeps the module once it is here (`loaded()`: undefined before), so a
 * visit after the prefetch renders the screen in the same commit (App.tsx's lazyScreen).
 */
export interface RouteLoader<M> {
  (): Promise<M>;
  loaded(): M | undefined;
}

function remembered<M>(load: () => Promise<M>): RouteLoader<M> {
  let mod: M | undefined;
  return Object.assign(async () => (mod ??= await load()), { loaded: () => mod });
}

/**
 * The trash and the backups screen load when first visited, and are fetched in idle time once
 * the library is painted (`prefetchRoutes`, from AppShellLayout) so that first visit does not
 * wait either. The plan editor's frame stays in the start-up bundle (it is small): opening a
 * plan right after start then waits for one chunk, its section's, not for two in a row.
 */
export const loadRoutes = {
  trash: remembered(() => import('../features/plans/TrashScreen')),
  backups: remembered(() => import('../features/backups/BackupsScreen')),
  newFromExcel: remembered(() => import('../features/io/NewFromExcelScreen')),
  yearBudget: remembered(() => import('../features/yearBudget/YearBudgetScreen')),
  year: remembered(() => import('../features/year/YearCalendarScreen')),
  team: remembered(() => import('../features/people/TeamScreen')),
  matchOwners: remembered(() => import('../features/people/MatchOwnersScreen')),
  workload: remembered(() => import('../features/people/WorkloadScreen')),
  compare: remembered(() => import('../features/compare/CompareScreen')),
};

export function prefetchRoutes(): void {
  // A failed fetch here is retried by the visit itself, which shows the route's error then.
  for (const load of Object.values(loadRoutes)) load().catch(() => undefined);
}
