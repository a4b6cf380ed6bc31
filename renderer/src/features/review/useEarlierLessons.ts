import { useEffect, useState } from 'react';
import type { Plan, PlanDocument } from '../../../../shared/domain';
import { lessonsForNewPlan, type EarlierLessons } from '../../../../shared/review/lessons';
import { getDb, listPlans, loadDocument } from '../../db';

/**
 * Lessons of earlier campaigns for a plan: its source plan and earlier plans of its type.
 * Read-only, so it reads through the repositories directly rather than through a store; only the
 * plans that can qualify are loaded in full.
 */
export function useEarlierLessons(plan: Plan): EarlierLessons[] | null {
  const [found, setFound] = useState<EarlierLessons[] | null>(null);
  const { id, type, startDate, sourcePlanId } = plan;
  useEffect(() => {
    let isCancelled = false;
    void (async () => {
      try {
        const db = await getDb();
        const candidates = (await listPlans(db))
          .map((s) => s.plan)
          .filter(
            (p) =>
              p.id !== id &&
              p.deletedAt === null &&
              (p.id === sourcePlanId || (p.type === type && p.startDate < startDate)),
          );
        const docs = (await Promise.all(candidates.map((p) => loadDocument(db, p.id)))).filter(
          (d): d is PlanDocument => d !== null,
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
