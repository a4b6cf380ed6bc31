/**
 * Analytic hierarchy process (AHP, Saaty): weights from a pairwise comparison matrix.
 *
 * The matrix holds a_ij = "how much more important i is than j" on Saaty's 1–9 scale, with
 * a_ji = 1 / a_ij and a diagonal of 1. Weights are the principal (Perron) eigenvector, found by
 * power iteration; λmax measures how far the judgements are from a perfectly consistent matrix
 * (where λmax = n). CI = (λmax − n)/(n − 1), CR = CI / RI with Saaty's random index.
 */

/** Saaty's random consistency index by matrix order (domain.md). n ≤ 2 is always consistent. */
const RANDOM_INDEX: Readonly<Record<number, number>> = {
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
};

/** The largest matrix the RI table covers; larger ones have no published RI here. */
export const AHP_MAX_ORDER = 9;

/** CR below this is acceptable (Saaty). */
export const AHP_CR_LIMIT = 0.1;

/** The values a judgement may take: 1…9 and their reciprocals. */
export const SAATY_VALUES: readonly number[] = [
  1 / 9,
  1 / 8,
  1 / 7,
  1 / 6,
  1 / 5,
  1 / 4,
  1 / 3,
  1 / 2,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
];

const TOLERANCE = 1e-9;
const CONVERGENCE = 1e-12;
const MAX_ITERATIONS = 10_000;

export function randomIndex(n: number): number | null {
  if (n <= 2) return 0;
  return RANDOM_INDEX[n] ?? null;
}

export type AhpProblem =
  | { code: 'empty' }
  | { code: 'notSquare'; row: number }
  | { code: 'tooLarge'; n: number }
  | { code: 'notPositive'; row: number; column: number; value: number }
  | { code: 'diagonalNotOne'; row: number; value: number }
  | { code: 'notReciprocal'; row: number; column: number; value: number; mirror: number }
  | { code: 'offScale'; row: number; column: number; value: number };

function isOnSaatyScale(value: number): boolean {
  return SAATY_VALUES.some((s) => Math.abs(s - value) <= TOLERANCE * Math.max(1, s));
}

/** Every reason the matrix cannot be used, with 0-based row and column. Empty when valid. */
export function validatePairwiseMatrix(matrix: readonly (readonly number[])[]): AhpProblem[] {
  const n = matrix.length;
  if (n === 0) return [{ code: 'empty' }];
  const problems: AhpProblem[] = [];
  if (n > AHP_MAX_ORDER) problems.push({ code: 'tooLarge', n });
  matrix.forEach((row, i) => {
    if (row.length !== n) problems.push({ code: 'notSquare', row: i });
  });
  if (problems.some((p) => p.code === 'notSquare')) return problems;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const value = cell(matrix, i, j);
      if (!Number.isFinite(value) || value <= 0) {
        problems.push({ code: 'notPositive', row: i, column: j, value });
        continue;
      }
      if (i === j) {
        if (Math.abs(value - 1) > TOLERANCE) problems.push({ code: 'diagonalNotOne', row: i, value });
        continue;
      }
      if (!isOnSaatyScale(value)) problems.push({ code: 'offScale', row: i, column: j, value });
      // Each pair is reported once, from its upper-triangle cell.
      const mirror = cell(matrix, j, i);
      if (i < j && Math.abs(value * mirror - 1) > 1e-6) {
        problems.push({ code: 'notReciprocal', row: i, column: j, value, mirror });
      }
    }
  }
  return problems;
}

function cell(matrix: readonly (readonly number[])[], i: number, j: number): number {
  return matrix[i]?.[j] ?? Number.NaN;
}

function multiply(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, a, j) => sum + a * (vector[j] ?? 0), 0));
}

export interface AhpResult {
  /** Priorities summing to 1, in the matrix's order. */
  weights: number[];
  lambdaMax: number;
  /** Consistency index (λmax − n)/(n − 1); 0 for n ≤ 2. */
  ci: number;
  /** Random index for n; 0 for n ≤ 2. */
  ri: number;
  /** Consistency ratio CI / RI; 0 for n ≤ 2. */
  cr: number;
  /** CR < 0.10. */
  isConsistent: boolean;
  iterations: number;
}

/**
 * Principal eigenvector by power iteration: w ← A·w / Σ(A·w) until no weight moves by more than
 * 1e-12. A positive matrix has a unique positive principal eigenvector (Perron–Frobenius), so
 * this converges from the uniform start. λmax = Σ(A·w) once Σw = 1.
 * Throws on an invalid matrix: call validatePairwiseMatrix first to show the problems.
 */
export function analyseAhp(matrix: readonly (readonly number[])[]): AhpResult {
  const problems = validatePairwiseMatrix(matrix);
  if (problems.length > 0) throw new Error(`invalid pairwise matrix: ${problems[0]?.code}`);
  const n = matrix.length;
  let weights = new Array<number>(n).fill(1 / n);
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const product = multiply(matrix, weights);
    const total = product.reduce((a, b) => a + b, 0);
    const next = product.map((x) => x / total);
    const change = Math.max(...next.map((x, i) => Math.abs(x - (weights[i] ?? 0))));
    weights = next;
    if (change < CONVERGENCE) break;
  }
  const lambdaMax = multiply(matrix, weights).reduce((a, b) => a + b, 0);
  const ri = randomIndex(n) ?? 0;
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const cr = n <= 2 || ri === 0 ? 0 : ci / ri;
  return { weights, lambdaMax, ci, ri, cr, isConsistent: cr < AHP_CR_LIMIT, iterations };
}

export interface JudgementToRevisit {
  /** 0-based indices of the pair, row < column. */
  row: number;
  column: number;
  /** What was judged: a_ij. */
  judged: number;
  /** What the weights imply: w_i / w_j. */
  implied: number;
  /** The Saaty-scale value nearest to the implied ratio (on a log scale). */
  suggested: number;
  /** max(r, 1/r) with r = a_ij · w_j / w_i; 1 means the judgement agrees with the weights. */
  deviation: number;
}

/**
 * The pairs whose judgement disagrees most with the weights, worst first. In a consistent matrix
 * a_ij = w_i / w_j exactly; the ratio a_ij·w_j/w_i says by what factor a judgement is off, and
 * changing the worst ones towards `suggested` brings CR down fastest in practice.
 */
export function judgementsToRevisit(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  limit = 3,
): JudgementToRevisit[] {
  const out: JudgementToRevisit[] = [];
  const n = matrix.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const judged = cell(matrix, i, j);
      const wi = weights[i] ?? 0;
      const wj = weights[j] ?? 0;
      if (wi <= 0 || wj <= 0) continue;
      const implied = wi / wj;
      const r = judged / implied;
      out.push({
        row: i,
        column: j,
        judged,
        implied,
        suggested: nearestSaatyValue(implied),
        deviation: Math.max(r, 1 / r),
      });
    }
  }
  return out.sort((a, b) => b.deviation - a.deviation).slice(0, limit);
}

export function nearestSaatyValue(ratio: number): number {
  let best = 1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const s of SAATY_VALUES) {
    const distance = Math.abs(Math.log(s) - Math.log(ratio));
    if (distance < bestDistance) {
      best = s;
      bestDistance = distance;
    }
  }
  return best;
}

/** A consistent-by-construction starting matrix: every judgement "equally important". */
export function identityJudgements(n: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(1));
}

/** Sets a_ij and its reciprocal a_ji together, so the matrix stays reciprocal. */
export function setJudgement(
  matrix: readonly (readonly number[])[],
  row: number,
  column: number,
  value: number,
): number[][] {
  return matrix.map((r, i) =>
    r.map((a, j) => {
      if (i === row && j === column) return value;
      if (i === column && j === row) return 1 / value;
      return a;
    }),
  );
}

/** Shows a judgement the way planners write it: 3, 1/3, 1. */
export function formatJudgement(value: number): string {
  if (value >= 1) return String(Math.round(value));
  return `1/${Math.round(1 / value)}`;
}
