import { useMemo } from 'react';
import type { Plan, PlanDocument } from '../../../../shared/domain';
import { planCopy } from '../../../../shared/xlsx';

/**
 * A plan workbook of a plan already in the library becomes a new plan as a copy (new ids, the name
 * marked); any other import of a plan that exists (`existing` without a `copy`) would overwrite it
 * and stays refused. `shown` is what the preview shows: the copy, else what was read. Used by the
 * plan's import screen (when importing as a new plan) and "New plan from Excel".
 */
export function useCopyOfExisting<T extends { kind: string; document: PlanDocument }>(
  read: T | null,
  isNewPlan: boolean,
  library: readonly { plan: Pick<Plan, 'id' | 'name'> }[],
  copySuffix: string,
) {
  const existing = read !== null && isNewPlan && library.some((p) => p.plan.id === read.document.plan.id);
  const copy = useMemo(
    () =>
      read && existing && read.kind === 'plan'
        ? {
            ...read,
            document: planCopy(read.document, {
              suffix: copySuffix,
              now: new Date().toISOString(),
              takenNames: library.map((p) => p.plan.name),
            }),
          }
        : null,
    [read, existing, copySuffix, library],
  );
  return { existing, copy, shown: copy ?? read };
}
