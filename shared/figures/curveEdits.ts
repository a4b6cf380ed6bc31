import type { PlanDocument, PhaseId } from '../domain';

/**
 * Editing the sales curve (docs/figures.md "Editing the sales curve"): the planner types shares in
 * percent; a set of shares is applied only when it adds up to 100 %, and each phase's (or day's)
 * weight then becomes its percent, so the share read back is the share typed.
 */

/** How close to 100 % a set of shares must add up (a hundredth of a percent point). */
const SUM_TOLERANCE = 1e-4;

export interface ShareCheck {
  /** Σ shares, a fraction (1 = 100 %). */
  sum: number;
  /** 1 − sum: what is left to give out (negative when over). */
  remainder: number;
  /** The shares add up to 100 % (within a hundredth of a point) and none is negative. */
  isComplete: boolean;
}

export function checkShares(shares: readonly number[]): ShareCheck {
  const sum = shares.reduce((s, v) => s + v, 0);
  const remainder = 1 - sum;
  return {
    sum,
    remainder,
    isComplete: Math.abs(remainder) <= SUM_TOLERANCE && shares.every((v) => v >= 0),
  };
}

/** The shares scaled to add up to 100 %, keeping their proportions; unchanged when all are 0. */
export function scaleToWhole(shares: readonly number[]): number[] {
  const sum = shares.reduce((s, v) => s + Math.max(0, v), 0);
  return sum > 0 ? shares.map((v) => Math.max(0, v) / sum) : [...shares];
}

export interface PhaseShareEdit {
  phaseId: PhaseId;
  /** Fractions; each set must add up to 1 over the plan's phases. */
  gmvShare: number;
  uvShare: number;
}

/** Percent as a weight, rounded to kill binary noise (0.3 → 30, not 30.000000000000004). */
function asWeight(share: number): number {
  return Math.round(share * 100 * 1e9) / 1e9;
}

/**
 * Sets every phase's GMV and UV weight to its share in percent. Throws when a set of shares does
 * not add up to 100 % or a phase of the plan is missing: the screen refuses before it gets here.
 */
export function setPhaseShares(doc: PlanDocument, edits: readonly PhaseShareEdit[]): PlanDocument {
  const byId = new Map(edits.map((e) => [e.phaseId as string, e]));
  if (doc.phases.some((p) => !byId.has(p.id))) throw new Error('setPhaseShares: a phase has no share');
  if (!checkShares(edits.map((e) => e.gmvShare)).isComplete)
    throw new Error('setPhaseShares: GMV shares do not add up to 100 %');
  if (!checkShares(edits.map((e) => e.uvShare)).isComplete)
    throw new Error('setPhaseShares: UV shares do not add up to 100 %');
  return {
    ...doc,
    phases: doc.phases.map((p) => {
      const e = byId.get(p.id) as PhaseShareEdit;
      return { ...p, gmvWeight: asWeight(e.gmvShare), uvWeight: asWeight(e.uvShare) };
    }),
  };
}

/** Sets the day weights of one phase (first day first) to their shares in percent. */
export function setDayShares(doc: PlanDocument, phaseId: PhaseId, shares: readonly number[]): PlanDocument {
  if (!checkShares(shares).isComplete) throw new Error('setDayShares: shares do not add up to 100 %');
  return {
    ...doc,
    phases: doc.phases.map((p) => (p.id === phaseId ? { ...p, dayWeights: shares.map(asWeight) } : p)),
  };
}

/** Clears the planner's weights: every phase and day follows its kind's default again. */
export function resetSalesCurve(doc: PlanDocument): PlanDocument {
  return {
    ...doc,
    phases: doc.phases.map((p) => ({ ...p, gmvWeight: null, uvWeight: null, dayWeights: null })),
  };
}

/** Whether any phase carries the planner's own weights. */
export function isSalesCurveEdited(doc: Pick<PlanDocument, 'phases'>): boolean {
  return doc.phases.some((p) => p.gmvWeight != null || p.uvWeight != null || p.dayWeights != null);
}

/** Clears one phase's day weights: its days follow the default again. */
export function resetDayShares(doc: PlanDocument, phaseId: PhaseId): PlanDocument {
  return { ...doc, phases: doc.phases.map((p) => (p.id === phaseId ? { ...p, dayWeights: null } : p)) };
}
