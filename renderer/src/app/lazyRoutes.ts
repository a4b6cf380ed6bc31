/**
 * The trash and the backups screen load when first visited, and are fetched in idle time once
 * the library is painted (`prefetchRoutes`, from AppShellLayout) so that first visit does not
 * wait either. The plan editor's frame stays in the start-up bundle (it is small): opening a
 * plan right after start then waits for one chunk, its section's, not for two in a row.
 */
export const loadRoutes = {
  trash: () => import('../features/plans/TrashScreen'),
  backups: () => import('../features/backups/BackupsScreen'),
  newFromExcel: () => import('../features/io/NewFromExcelScreen'),
  yearBudget: () => import('../features/yearBudget/YearBudgetScreen'),
  year: () => import('../features/year/YearCalendarScreen'),
  team: () => import('../features/people/TeamScreen'),
  matchOwners: () => import('../features/people/MatchOwnersScreen'),
  workload: () => import('../features/people/WorkloadScreen'),
  compare: () => import('../features/compare/CompareScreen'),
};

export function prefetchRoutes(): void {
  // A failed fetch here is retried by the visit itself, which shows the route's error then.
  for (const load of Object.values(loadRoutes)) load().catch(() => undefined);
}
