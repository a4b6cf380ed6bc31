import type { Indicator, Review } from '../domain';
import {
  analyseAhp,
  judgementsToRevisit,
  validatePairwiseMatrix,
  type AhpProblem,
  type AhpResult,
  type JudgementToRevisit,
} from './ahp';
import type { GoalAttainment } from './attainment';
import {
  fuzzyEvaluate,
  membershipFromAttainment,
  validateFuzzyInput,
  type FuzzyProblem,
  type FuzzyResult,
} from './fuzzy';

/**
 * The composite review score, 0–100, explained indicator by indicator.
 *
 * Normalisation: an indicator scores 100 × min(attainment, 1). Meeting the target earns full marks
 * and over-achievement is capped, so a blow-out on one goal cannot hide a miss on another (the
 * attainment table still shows the 130 %). The composite is Σ weight_i × points_i with weights
 * summing to 1, so it stays in 0–100 and 100 means every goal met. Each indicator's contribution
 * weight_i × points_i is what the explanation lists.
 *
 * No final score is given while anything would make it misleading: no indicators, weights that
 * sum to 0, an indicator without attainment, or AHP judgements that are invalid or inconsistent
 * (CR ≥ 0.10) — then the judgements to revisit are named instead.
 */

export const ATTAINMENT_CAP = 1;

export interface IndicatorScore {
  indicator: Indicator;
  /** Normalised weight used for the score. */
  weight: number;
  attainment: number | null;
  /** 0–100. */
  points: number | null;
  /** weight × points, the indicator's share of the composite. */
  contribution: number | null;
  /** True when attainment exceeded the cap and was counted as 100 %. */
  isCapped: boolean;
  /**
   * Set when the indicator's actual is provisional: its points were multiplied by this coverage
   * (docs/figures.md "Provisional figures").
   */
  provisionalCoverage: number | null;
}

export type ScoreBlock =
  | { code: 'noIndicators' }
  | { code: 'weightsZero' }
  | { code: 'missingAttainment'; indicatorIds: string[] }
  | { code: 'ahpMissing' }
  | { code: 'ahpSize'; expected: number; got: number }
  | { code: 'ahpInvalid'; problems: AhpProblem[] }
  | { code: 'ahpInconsistent'; cr: number };

export interface CompositeScore {
  /** The final score, 0–100, or null while `blocks` is not empty. */
  score: number | null;
  blocks: ScoreBlock[];
  rows: IndicatorScore[];
  method: Review['method'];
  /** Present for method 'ahp' with a valid matrix (even when inconsistent, to show λmax, CI, CR). */
  ahp: AhpResult | null;
  /** Worst judgements first, when CR ≥ 0.10. */
  revisit: JudgementToRevisit[];
  /** Direct weights that did not sum to 1 and were scaled. */
  weightsNormalised: boolean;
  fuzzy: FuzzyResult | null;
  fuzzyProblems: FuzzyProblem[];
}

function weightsFor(review: Review): {
  weights: number[] | null;
  blocks: ScoreBlock[];
  ahp: AhpResult | null;
  revisit: JudgementToRevisit[];
  normalised: boolean;
} {
  const n = review.indicators.length;
  if (review.method === 'direct') {
    const raw = review.indicators.map((i) => i.weight);
    const total = raw.reduce((a, b) => a + b, 0);
    if (total <= 0)
      return { weights: null, blocks: [{ code: 'weightsZero' }], ahp: null, revisit: [], normalised: false };
    return {
      weights: raw.map((w) => w / total),
      blocks: [],
      ahp: null,
      revisit: [],
      normalised: Math.abs(total - 1) > 1e-9,
    };
  }
  const matrix = review.ahpMatrix;
  if (!matrix)
    return { weights: null, blocks: [{ code: 'ahpMissing' }], ahp: null, revisit: [], normalised: false };
  if (matrix.length !== n)
    return {
      weights: null,
      blocks: [{ code: 'ahpSize', expected: n, got: matrix.length }],
      ahp: null,
      revisit: [],
      normalised: false,
    };
  const problems = validatePairwiseMatrix(matrix);
  if (problems.length > 0)
    return {
      weights: null,
      blocks: [{ code: 'ahpInvalid', problems }],
      ahp: null,
      revisit: [],
      normalised: false,
    };
  const ahp = analyseAhp(matrix);
  if (!ahp.isConsistent) {
    return {
      weights: null,
      blocks: [{ code: 'ahpInconsistent', cr: ahp.cr }],
      ahp,
      revisit: judgementsToRevisit(matrix, ahp.weights, 3),
      normalised: false,
    };
  }
  return { weights: ahp.weights, blocks: [], ahp, revisit: [], normalised: false };
}

export function indicatorPoints(attainment: number | null): { points: number | null; isCapped: boolean } {
  if (attainment === null) return { points: null, isCapped: false };
  return {
    points: 100 * Math.min(Math.max(attainment, 0), ATTAINMENT_CAP),
    isCapped: attainment > ATTAINMENT_CAP,
  };
}

/** Scores a review with the attainments already computed (goalAttainments(doc)). */
export function scoreReview(review: Review, attainments: readonly GoalAttainment[]): CompositeScore {
  const byGoal = new Map(attainments.map((a) => [a.goal.id as string, a]));
  const { weights, blocks, ahp, revisit, normalised } = weightsFor(review);
  const rows: IndicatorScore[] = review.indicators.map((indicator, i) => {
    const goal = indicator.goalId ? byGoal.get(indicator.goalId) : undefined;
    const attainment = goal?.attainment ?? null;
    // Inconsistent AHP weights are still shown (they say what the judgements imply) but score nothing.
    const weight = weights?.[i] ?? ahp?.weights[i] ?? 0;
    const full = indicatorPoints(attainment);
    // A provisional actual (too little of its spend recorded) earns its points × its coverage.
    const provisionalCoverage = goal?.isProvisional ? (goal.coverage ?? 0) : null;
    const points =
      full.points === null || provisionalCoverage === null ? full.points : full.points * provisionalCoverage;
    return {
      indicator,
      weight,
      attainment,
      points,
      contribution: weights && points !== null ? weight * points : null,
      isCapped: full.isCapped,
      provisionalCoverage,
    };
  });
  const allBlocks = [...blocks];
  if (review.indicators.length === 0) allBlocks.unshift({ code: 'noIndicators' });
  const missing = rows.filter((r) => r.points === null).map((r) => r.indicator.id as string);
  if (missing.length > 0) allBlocks.push({ code: 'missingAttainment', indicatorIds: missing });
  const score = allBlocks.length === 0 ? rows.reduce((s, r) => s + (r.contribution ?? 0), 0) : null;

  let fuzzy: FuzzyResult | null = null;
  let fuzzyProblems: FuzzyProblem[] = [];
  if (review.useFuzzy && weights) {
    const membership = fuzzyRows(rows);
    fuzzyProblems = validateFuzzyInput(weights, membership);
    if (fuzzyProblems.length === 0) fuzzy = fuzzyEvaluate(weights, membership);
  }
  return {
    score,
    blocks: allBlocks,
    rows,
    method: review.method,
    ahp,
    revisit,
    weightsNormalised: normalised,
    fuzzy,
    fuzzyProblems,
  };
}

/** The membership rows: the planner's own, else suggested from the attainment, else invalid (empty). */
export function fuzzyRows(rows: readonly IndicatorScore[]): number[][] {
  return rows.map(
    (r) => r.indicator.membership ?? (r.attainment !== null ? membershipFromAttainment(r.attainment) : []),
  );
}
