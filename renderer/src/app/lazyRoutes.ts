/**
 * Only the library is in the start-up bundle: the trash, the backups screen and the plan editor
 * load when first visited, and are fetched in idle time once the library is painted
 * (`prefetchRoutes`, from AppShellLayout) so that first visit does not wait either.
 */
export const loadRoutes = {
  trash: () => import('../features/plans/TrashScreen'),
  backups: () => import('../features/backups/BackupsScreen'),
  planLayout: () => import('../features/plan/PlanLayout'),
  planTab: () => import('../features/plan/PlanTabRoute'),
};

export function prefetchRoutes(): void {
  // A failed fetch here is retried by the visit itself, which shows the route's error then.
  for (const load of Object.values(loadRoutes)) load().catch(() => undefined);
}
