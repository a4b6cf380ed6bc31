import { describe, it, expect } from 'vitest';
import {
  analyseAhp,
  formatJudgement,
  judgementsToRevisit,
  nearestSaatyValue,
  randomIndex,
  setJudgement,
  validatePairwiseMatrix,
} from '../../../shared/review/ahp';

/**
 * Worked examples from T. L. Saaty, "How to make a decision: The Analytic Hierarchy Process",
 * European Journal of Operational Research 48 (1990) 9–26, the house-buying example.
 * The paper prints priorities, λmax, C.I. and C.R. to three decimals, so the tolerance is ±0.001
 * (a printed 0.174 may be anything in [0.1735, 0.1745]; 0.001 covers that with room to spare).
 */
const PUBLISHED_TOLERANCE = 0.001;

// Table: the eight criteria compared for "satisfaction with house" (size, transportation,
// neighbourhood, age, yard, modern facilities, general condition, financing).
const houseCriteria = [
  [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
  [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
  [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
  [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
  [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
  [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
  [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
  [4, 7, 5, 8, 6, 6, 2, 1],
];

// The three houses A, B, C compared on "yard space": an acceptably consistent matrix.
const yardSpace = [
  [1, 5, 4],
  [1 / 5, 1, 1 / 3],
  [1 / 4, 3, 1],
];

// The three houses compared on "size of house": slightly too inconsistent.
const sizeOfHouse = [
  [1, 6, 8],
  [1 / 6, 1, 4],
  [1 / 8, 1 / 4, 1],
];

function expectClose(actual: number, expected: number, tolerance = PUBLISHED_TOLERANCE) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

describe('AHP against Saaty (1990)', () => {
  it('reproduces the house criteria weights, λmax = 9.669, C.I. = 0.238, C.R. = 0.169', () => {
    const r = analyseAhp(houseCriteria);
    const published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
    r.weights.forEach((w, i) => expectClose(w, published[i] ?? Number.NaN));
    expectClose(r.lambdaMax, 9.669);
    expectClose(r.ci, 0.238);
    expect(r.ri).toBe(1.41);
    expectClose(r.cr, 0.169);
    expect(r.isConsistent).toBe(false);
  });

  it('reproduces yard space: priorities .674 .101 .226, λmax 3.086, C.I. .043, C.R. .074 (acceptable)', () => {
    const r = analyseAhp(yardSpace);
    expectClose(r.weights[0] ?? 0, 0.674);
    expectClose(r.weights[1] ?? 0, 0.101);
    expectClose(r.weights[2] ?? 0, 0.226);
    expectClose(r.lambdaMax, 3.086);
    expectClose(r.ci, 0.043);
    expectClose(r.cr, 0.074);
    expect(r.isConsistent).toBe(true);
  });

  it('reproduces size of house: priorities .754 .181 .065, λmax 3.136, C.R. .117 (to revisit)', () => {
    const r = analyseAhp(sizeOfHouse);
    expectClose(r.weights[0] ?? 0, 0.754);
    expectClose(r.weights[1] ?? 0, 0.181);
    expectClose(r.weights[2] ?? 0, 0.065);
    expectClose(r.lambdaMax, 3.136);
    expectClose(r.cr, 0.117);
    expect(r.isConsistent).toBe(false);
  });

  it('weights sum to 1 and satisfy A·w = λmax·w to 1e-9', () => {
    const r = analyseAhp(houseCriteria);
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    houseCriteria.forEach((row, i) => {
      const aw = row.reduce((s, a, j) => s + a * (r.weights[j] ?? 0), 0);
      expect(Math.abs(aw - r.lambdaMax * (r.weights[i] ?? 0))).toBeLessThan(1e-9);
    });
  });
});

describe('AHP edge cases', () => {
  it('a perfectly consistent matrix gives λmax = n and CR = 0', () => {
    // w = (4, 2, 1)/7, a_ij = w_i / w_j
    const r = analyseAhp([
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ]);
    expectClose(r.weights[0] ?? 0, 4 / 7, 1e-12);
    expectClose(r.lambdaMax, 3, 1e-9);
    expectClose(r.cr, 0, 1e-9);
  });

  it('n ≤ 2 always has CR 0 and RI 0', () => {
    expect(randomIndex(1)).toBe(0);
    expect(randomIndex(2)).toBe(0);
    const r = analyseAhp([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(r.cr).toBe(0);
    expectClose(r.weights[0] ?? 0, 0.75, 1e-12);
  });

  it('uses the RI table for 3…9', () => {
    expect([3, 4, 5, 6, 7, 8, 9].map((n) => randomIndex(n))).toEqual([
      0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45,
    ]);
    expect(randomIndex(10)).toBeNull();
  });
});

describe('validatePairwiseMatrix', () => {
  it('accepts the published matrices', () => {
    expect(validatePairwiseMatrix(houseCriteria)).toEqual([]);
  });

  it('names the cell that is not reciprocal, off the scale, non-positive or off the diagonal', () => {
    const problems = validatePairwiseMatrix([
      [2, 3, 10],
      [1 / 3, 1, -1],
      [1 / 10, 1 / 2, 1],
    ]);
    expect(problems).toContainEqual({ code: 'diagonalNotOne', row: 0, value: 2 });
    expect(problems).toContainEqual({ code: 'offScale', row: 0, column: 2, value: 10 });
    expect(problems).toContainEqual({ code: 'notPositive', row: 1, column: 2, value: -1 });
    expect(problems.some((p) => p.code === 'notReciprocal')).toBe(false);
    const notReciprocal = validatePairwiseMatrix([
      [1, 3],
      [1 / 2, 1],
    ]);
    expect(notReciprocal).toEqual([{ code: 'notReciprocal', row: 0, column: 1, value: 3, mirror: 0.5 }]);
  });

  it('rejects a ragged or empty matrix and refuses to analyse it', () => {
    expect(validatePairwiseMatrix([])).toEqual([{ code: 'empty' }]);
    expect(validatePairwiseMatrix([[1, 2], [1 / 2]])).toEqual([{ code: 'notSquare', row: 1 }]);
    expect(() => analyseAhp([[1, 2], [1 / 2]])).toThrow(/notSquare/);
  });
});

describe('judgementsToRevisit', () => {
  it('points at the judgement that breaks consistency', () => {
    // Consistent with w = (8, 4, 2, 1) except a_14: every other judgement says 1 is 8× as
    // important as 4, this one says 1/8. It is the one to revisit.
    const m = [
      [1, 2, 4, 1 / 8],
      [1 / 2, 1, 2, 4],
      [1 / 4, 1 / 2, 1, 2],
      [8, 1 / 4, 1 / 2, 1],
    ];
    const r = analyseAhp(m);
    expect(r.isConsistent).toBe(false);
    const [worst] = judgementsToRevisit(m, r.weights, 1);
    expect(worst).toMatchObject({ row: 0, column: 3, judged: 1 / 8 });
    expect(worst?.deviation).toBeGreaterThan(2);
  });

  it('finds nothing to revisit in a consistent matrix', () => {
    const m = [
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ];
    const r = analyseAhp(m);
    for (const j of judgementsToRevisit(m, r.weights, 3)) expect(j.deviation).toBeCloseTo(1, 9);
  });

  it('revising Saaty’s size-of-house judgement as suggested brings CR under 0.10', () => {
    const r = analyseAhp(sizeOfHouse);
    const [worst] = judgementsToRevisit(sizeOfHouse, r.weights, 1);
    expect(worst).toBeDefined();
    if (!worst) return;
    const revised = analyseAhp(setJudgement(sizeOfHouse, worst.row, worst.column, worst.suggested));
    expect(revised.cr).toBeLessThan(0.1);
  });
});

describe('helpers', () => {
  it('snaps a ratio to the nearest Saaty value on a log scale and formats reciprocals', () => {
    expect(nearestSaatyValue(2.9)).toBe(3);
    expect(nearestSaatyValue(0.3)).toBeCloseTo(1 / 3, 12);
    expect(nearestSaatyValue(20)).toBe(9);
    expect(formatJudgement(1 / 5)).toBe('1/5');
    expect(formatJudgement(7)).toBe('7');
  });

  it('setJudgement keeps the matrix reciprocal', () => {
    const m = setJudgement(
      [
        [1, 1],
        [1, 1],
      ],
      0,
      1,
      5,
    );
    expect(m).toEqual([
      [1, 5],
      [1 / 5, 1],
    ]);
  });
});
