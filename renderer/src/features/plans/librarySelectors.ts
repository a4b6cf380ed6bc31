import type { PlanSummary } from '../../state/libraryStore';

export type PlanSort = 'updated' | 'name' | 'peak';

/** The library's visible plans: not in the trash, archived only on request, matching the query. */
export function filterAndSortPlans(
  plans: readonly PlanSummary[],
  opts: { query: string; sort: PlanSort; showArchived: boolean },
): PlanSummary[] {
  const q = opts.query.trim().toLowerCase();
  const list = plans.filter(
    (s) =>
      s.plan.deletedAt === null &&
      (opts.showArchived || s.plan.archivedAt === null) &&
      (q === '' || s.plan.name.toLowerCase().includes(q) || s.plan.theme.toLowerCase().includes(q)),
  );
  const collator = new Intl.Collator(['zh-CN', 'en-US']);
  list.sort((a, b) => {
    if (opts.sort === 'name') return collator.compare(a.plan.name, b.plan.name);
    if (opts.sort === 'peak') return b.plan.peakDate.localeCompare(a.plan.peakDate);
    return b.plan.updatedAt.localeCompare(a.plan.updatedAt);
  });
  return list;
}
