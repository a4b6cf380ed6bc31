import type { IsoDate, Phase, PhaseId, PhaseKind, PlanDocument } from '../domain';
import { fromDayNumber, toDayNumber } from '../planning/scheduling/dayNumber';

/**
 * The sales curve: how a campaign's GMV and visitors fall over its phases and, inside a phase,
 * over its days. The forecast splits GMV, orders and UV over the phases with it, and the spend
 * pacing spreads a line's money over its phase's days with it (docs/figures.md "The sales curve").
 *
 * A phase's weight is the planner's own (`gmvWeight`, `uvWeight`) or the default of its kind:
 * 爆发 and 开门红 heavy, 筹备 and 复盘 zero. Shares are weight ÷ Σ weights of the plan's phases.
 */

export const defaultPhaseWeights: Record<PhaseKind, { gmv: number; uv: number }> = {
  prep: { gmv: 0, uv: 0 },
  accumulate: { gmv: 5, uv: 10 },
  warmup: { gmv: 10, uv: 20 },
  openingWave: { gmv: 30, uv: 25 },
  burst: { gmv: 45, uv: 35 },
  encore: { gmv: 10, uv: 10 },
  review: { gmv: 0, uv: 0 },
  custom: { gmv: 10, uv: 10 },
};

/** A key moment's day weighs this much inside its phase; other days weigh 1. */
export const KEY_MOMENT_DAY_WEIGHT = 3;

export interface PhaseShare {
  phaseId: PhaseId;
  name: string;
  /** The weights used (the planner's or the kind's default). */
  gmvWeight: number;
  uvWeight: number;
  /** Fractions of the campaign's GMV / UV; each set sums to 1 (or all 0 when no phase weighs). */
  gmvShare: number;
  uvShare: number;
  /** True when the weights are the planner's own rather than the kind's default. */
  isEdited: boolean;
}

export interface DayShare {
  date: IsoDate;
  weight: number;
  /** Fraction of the phase; the phase's days sum to 1. */
  share: number;
}

function orderedPhases(doc: { phases: readonly Phase[] }): Phase[] {
  return [...doc.phases].sort((a, b) => a.order - b.order || a.startDate.localeCompare(b.startDate));
}

function weightsOf(p: Phase): { gmv: number; uv: number; isEdited: boolean } {
  const d = defaultPhaseWeights[p.kind];
  const gmv = p.gmvWeight ?? d.gmv;
  const uv = p.uvWeight ?? d.uv;
  return { gmv, uv, isEdited: p.gmvWeight != null || p.uvWeight != null };
}

/** The phases in order with their GMV and UV shares. */
export function phaseShares(doc: { phases: readonly Phase[] }): PhaseShare[] {
  const phases = orderedPhases(doc);
  const weights = phases.map(weightsOf);
  const gmvTotal = weights.reduce((s, w) => s + w.gmv, 0);
  const uvTotal = weights.reduce((s, w) => s + w.uv, 0);
  return phases.map((p, i) => {
    const w = weights[i] as { gmv: number; uv: number; isEdited: boolean };
    return {
      phaseId: p.id,
      name: p.name,
      gmvWeight: w.gmv,
      uvWeight: w.uv,
      gmvShare: gmvTotal > 0 ? w.gmv / gmvTotal : 0,
      uvShare: uvTotal > 0 ? w.uv / uvTotal : 0,
      isEdited: w.isEdited,
    };
  });
}

/** The weights to split an amount over the plan's phases (in phaseShares order). */
export function phaseWeights(doc: { phases: readonly Phase[] }, of: 'gmv' | 'uv'): number[] {
  return orderedPhases(doc).map((p) => weightsOf(p)[of]);
}

/** The days of one phase with their share of it; [] for an unknown phase. */
export function dayShares(
  doc: { phases: readonly Phase[]; plan: Pick<PlanDocument['plan'], 'peakDate' | 'keyMoments'> },
  phaseId: PhaseId,
): DayShare[] {
  const phase = doc.phases.find((p) => p.id === phaseId);
  if (!phase) return [];
  const first = toDayNumber(phase.startDate);
  const count = Math.max(1, toDayNumber(phase.endDate) - first + 1);
  const moments = new Set([doc.plan.peakDate, ...doc.plan.keyMoments.map((k) => k.date)]);
  const weights = Array.from({ length: count }, (_, i) => {
    const own = phase.dayWeights?.[i];
    if (own !== undefined && phase.dayWeights?.length === count) return own;
    return moments.has(fromDayNumber(first + i)) ? KEY_MOMENT_DAY_WEIGHT : 1;
  });
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((weight, i) => ({
    date: fromDayNumber(first + i),
    weight,
    share: total > 0 ? weight / total : 1 / count,
  }));
}
