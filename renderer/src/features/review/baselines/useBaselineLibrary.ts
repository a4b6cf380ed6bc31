import { useEffect, useMemo, useState } from 'react';
import type { Plan, PlanDocument } from '../../../../../shared/domain';
import { namedBaselinesOf } from '../../../../../shared/review/baselines';
import { readStoredPlanRecords, readStoredPlans } from '../../../state/storedPlans';

export interface BaselineLibrary {
  /** The other plans of the library not in the trash; null while loading. */
  plans: Plan[] | null;
  /** The plans the last-year baselines name, loaded whole (read-only). */
  sources: PlanDocument[];
  /** The picked plans are still being read (a missing one is not yet "deleted"). */
  isLoadingSources: boolean;
}

/** The library as the baselines see it: the plans to pick from, and the picked ones in full. */
export function useBaselineLibrary(doc: PlanDocument): BaselineLibrary {
  const [plans, setPlans] = useState<Plan[] | null>(null);
  const [loaded, setLoaded] = useState<{ key: string; docs: PlanDocument[] }>({ key: '', docs: [] });
  const planId = doc.plan.id;
  useEffect(() => {
    let isCancelled = false;
    void readStoredPlanRecords().then(
      (all) => {
        if (!isCancelled) setPlans(all.filter((p) => p.id !== planId && p.deletedAt === null));
      },
      () => {
        if (!isCancelled) setPlans([]);
      },
    );
    return () => {
      isCancelled = true;
    };
  }, [planId]);

  const baselines = namedBaselinesOf(doc);
  const key = useMemo(
    () =>
      [
        ...new Set(
          baselines.flatMap((b) =>
            b.kind === 'lastYear' && b.sourcePlanId !== null ? [b.sourcePlanId] : [],
          ),
        ),
      ]
        .sort()
        .join(','),
    [baselines],
  );
  useEffect(() => {
    let isCancelled = false;
    const wanted = key === '' ? [] : key.split(',');
    if (wanted.length === 0) {
      setLoaded({ key, docs: [] });
      return;
    }
    void readStoredPlans((p) => wanted.includes(p.id) && p.deletedAt === null).then(
      (docs) => {
        if (!isCancelled) setLoaded({ key, docs });
      },
      () => {
        if (!isCancelled) setLoaded({ key, docs: [] });
      },
    );
    return () => {
      isCancelled = true;
    };
  }, [key]);
  return { plans, sources: loaded.docs, isLoadingSources: loaded.key !== key };
}
