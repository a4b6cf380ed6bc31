import { useEffect, useState } from 'react';
import type { Plan } from '../../../../shared/domain';
import { lessonsForNewPlan, type EarlierLessons } from '../../../../shared/review/lessons';
import { readStoredPlans } from '../../state/storedPlans';

/**
 * Lessons of earlier campaigns for a plan: its source plan and earlier plans of its type.
 * Read-only, through state/storedPlans; only the plans that can qualify are loaded in full.
 */
export function useEarlierLessons(plan: Plan): EarlierLessons[] | null {
  const [found, setFound] = useState<EarlierLessons[] | null>(null);
  const { id, type, startDate, sourcePlanId } = plan;
  useEffect(() => {
    let isCancelled = false;
    void (async () => {
      try {
        const docs = await readStoredPlans(
          (p) =>
            p.id !== id &&
            p.deletedAt === null &&
            (p.id === sourcePlanId || (p.type === type && p.startDate < startDate)),
        );
        if (!isCancelled) setFound(lessonsForNewPlan(docs, { ...plan }));
      } catch {
        if (!isCancelled) setFound([]);
      }
    })();
    return () => {
      isCancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, type, startDate, sourcePlanId]);
  return found;
}
