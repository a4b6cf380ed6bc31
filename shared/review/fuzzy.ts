import { fuzzyGrades } from '../domain/results';

/**
 * Fuzzy comprehensive evaluation (模糊综合评价).
 *
 * Each indicator i has a membership row r_i = (优, 良, 中, 差) saying how far its result belongs to
 * each grade (e.g. the share of reviewers who voted each grade), summing to 1. With indicator
 * weights W, the evaluation vector is B = W · R (the weighted-average operator M(·,+), which keeps
 * every indicator's information, unlike the max–min operator). B is normalised to sum to 1 and the
 * grade with the highest membership wins (maximum membership principle).
 */

export type FuzzyGrade = (typeof fuzzyGrades)[number];
export { fuzzyGrades };

export type FuzzyProblem =
  | { code: 'noIndicators' }
  | { code: 'lengthMismatch'; weights: number; rows: number }
  | { code: 'rowLength'; row: number }
  | { code: 'notFraction'; row: number; column: number; value: number }
  | { code: 'rowSum'; row: number; sum: number }
  | { code: 'weightsSum'; sum: number };

export interface FuzzyResult {
  /** B = W·R normalised, one membership per grade 优/良/中/差. */
  memberships: number[];
  grade: FuzzyGrade;
  /** True when two grades share the top membership: the verdict is then not clear-cut. */
  isTie: boolean;
}

const SUM_TOLERANCE = 1e-6;

export function validateFuzzyInput(
  weights: readonly number[],
  rows: readonly (readonly number[])[],
): FuzzyProblem[] {
  if (rows.length === 0) return [{ code: 'noIndicators' }];
  const problems: FuzzyProblem[] = [];
  if (weights.length !== rows.length)
    problems.push({ code: 'lengthMismatch', weights: weights.length, rows: rows.length });
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (Math.abs(weightSum - 1) > SUM_TOLERANCE) problems.push({ code: 'weightsSum', sum: weightSum });
  rows.forEach((row, i) => {
    if (row.length !== fuzzyGrades.length) {
      problems.push({ code: 'rowLength', row: i });
      return;
    }
    row.forEach((value, j) => {
      if (!(value >= 0 && value <= 1)) problems.push({ code: 'notFraction', row: i, column: j, value });
    });
    const sum = row.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > SUM_TOLERANCE) problems.push({ code: 'rowSum', row: i, sum });
  });
  return problems;
}

/** Throws on invalid input; call validateFuzzyInput first to show the problems. */
export function fuzzyEvaluate(weights: readonly number[], rows: readonly (readonly number[])[]): FuzzyResult {
  const problems = validateFuzzyInput(weights, rows);
  if (problems.length > 0) throw new Error(`invalid fuzzy evaluation input: ${problems[0]?.code}`);
  const raw = fuzzyGrades.map((_, j) =>
    rows.reduce((sum, row, i) => sum + (weights[i] ?? 0) * (row[j] ?? 0), 0),
  );
  const total = raw.reduce((a, b) => a + b, 0);
  const memberships = raw.map((b) => (total > 0 ? b / total : 0));
  const top = Math.max(...memberships);
  const winners = memberships.flatMap((b, j) => (Math.abs(b - top) < 1e-12 ? [j] : []));
  // On a tie the better grade is named (winners are in 优→差 order) and the tie is flagged.
  const grade = fuzzyGrades[winners[0] ?? 0] ?? 'fair';
  return { memberships, grade, isTie: winners.length > 1 };
}

/**
 * A starting membership row from an attainment, for planners without reviewer votes: triangular
 * membership functions peaking at 优 ≥ 110 %, 良 100 %, 中 85 %, 差 ≤ 70 %, so 95 % attainment is
 * half 良, half 中. The planner can overwrite it; it is a suggestion, not a measurement.
 */
export function membershipFromAttainment(attainment: number): number[] {
  const peaks = [1.1, 1.0, 0.85, 0.7];
  const first = peaks[0] ?? 1.1;
  const last = peaks[peaks.length - 1] ?? 0.7;
  if (attainment >= first) return [1, 0, 0, 0];
  if (attainment <= last) return [0, 0, 0, 1];
  const row = [0, 0, 0, 0];
  for (let k = 0; k < peaks.length - 1; k++) {
    const hi = peaks[k] ?? 0;
    const lo = peaks[k + 1] ?? 0;
    if (attainment <= hi && attainment >= lo) {
      const towardHi = (attainment - lo) / (hi - lo);
      row[k] = towardHi;
      row[k + 1] = 1 - towardHi;
      break;
    }
  }
  return row;
}
