import type { PlanDocument } from '../domain';

/**
 * The planner's choices for actual-based figures (docs/figures.md "Provisional figures"): the
 * coverage below which they are provisional, and whether a line without an actual counts its
 * planned amount. Pure recipes `(doc, params) => doc` for the review's edit actions.
 */

/** null = back to the default (80 %). The share is clamped to 0 … 100 %. */
export function setCoverageThreshold(doc: PlanDocument, share: number | null): PlanDocument {
  const { actualsCoverageThreshold: _old, ...rest } = doc.plan;
  return {
    ...doc,
    plan: share === null ? rest : { ...rest, actualsCoverageThreshold: Math.min(1, Math.max(0, share)) },
  };
}

export function setFillMissingWithPlanned(doc: PlanDocument, isOn: boolean): PlanDocument {
  return { ...doc, plan: { ...doc.plan, fillMissingActualsWithPlanned: isOn } };
}
