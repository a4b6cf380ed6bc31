import type { PlanId } from '../../../shared/domain';

/**
 * For the stores that hold their own read of several plans (year calendar, annual budget,
 * workload): `list` with the entry of `planId` replaced by `next` — appended when it was not
 * there, dropped when `next` is null (deleted, trashed, out of the year). Returns null when
 * nothing changes (the plan was neither there nor belongs there), so the store keeps its list.
 */
export function withPlanEntry<T>(
  list: readonly T[],
  planId: PlanId,
  next: T | null,
  idOf: (entry: T) => PlanId,
): T[] | null {
  const at = list.findIndex((entry) => idOf(entry) === planId);
  if (at < 0 && next === null) return null;
  const copy = [...list];
  if (at < 0) copy.push(next!);
  else if (next !== null) copy[at] = next;
  else copy.splice(at, 1);
  return copy;
}
