import { useCallback } from 'react';
import { syncPromotionLines } from '../../../../shared/budget/linkedLines';
import type { PlanDocument } from '../../../../shared/domain';
import { useCommit } from '../../state/planStore';

/**
 * An edit of the budget's records (lines, promotions, products, what-if): the lines linked to
 * promotions are brought up to date first, so the recipe works on the figures the screen shows.
 * One undo step named `label`.
 */
export function useBudgetEdit() {
  const commit = useCommit();
  return useCallback(
    (label: string, recipe: (d: PlanDocument) => PlanDocument) =>
      commit(label, (d) => recipe(syncPromotionLines(d))),
    [commit],
  );
}
