import { useEffect, useState } from 'react';
import type { PlanDocument } from '../../../../shared/domain';
import { readStoredPlans } from '../../state/storedPlans';

/** The picked plans, loaded read-only in the order picked (the first is the reference); null while loading. */
export function useComparedPlans(ids: readonly string[]): PlanDocument[] | null {
  const [docs, setDocs] = useState<PlanDocument[] | null>(null);
  const key = ids.join(',');
  useEffect(() => {
    let isCancelled = false;
    setDocs(null);
    const wanted = key === '' ? [] : key.split(',');
    void readStoredPlans((p) => wanted.includes(p.id) && p.deletedAt === null).then(
      (loaded) => {
        if (isCancelled) return;
        const byId = new Map(loaded.map((d) => [d.plan.id as string, d]));
        setDocs(wanted.map((id) => byId.get(id)).filter((d): d is PlanDocument => d !== undefined));
      },
      () => {
        if (!isCancelled) setDocs([]);
      },
    );
    return () => {
      isCancelled = true;
    };
  }, [key]);
  return docs;
}
