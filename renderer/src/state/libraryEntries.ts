import type { PlanSummary } from '../db';

/**
 * The new listing, keeping every entry of the old one whose plan record and summary are unchanged
 * (same stamp, same summary state), and the old list itself when nothing changed: a visit re-reads
 * the list, and an unchanged entry must not draw its row again nor fold its search texts again
 * (both are keyed by the entry). Returns `previous` when every entry is kept in the same order.
 */
export function keepUnchanged(previous: readonly PlanSummary[], next: PlanSummary[]): PlanSummary[] {
  const known = new Map(previous.map((p) => [p.plan.id, p]));
  let isSame = previous.length === next.length;
  const kept = next.map((entry, i) => {
    const old = known.get(entry.plan.id);
    const keep = old !== undefined && isSameEntry(old, entry);
    if (!keep || previous[i] !== old) isSame = false;
    return keep ? old : entry;
  });
  return isSame ? (previous as PlanSummary[]) : kept;
}

function isSameEntry(a: PlanSummary, b: PlanSummary): boolean {
  return (
    a.isSummaryPending === b.isSummaryPending &&
    a.taskCount === b.taskCount &&
    JSON.stringify(a.plan) === JSON.stringify(b.plan) &&
    a.owners.length === b.owners.length &&
    a.owners.every((o, i) => o === b.owners[i])
  );
}
