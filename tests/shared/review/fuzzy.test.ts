import { describe, it, expect } from 'vitest';
import { fuzzyEvaluate, membershipFromAttainment, validateFuzzyInput } from '../../../shared/review/fuzzy';

describe('fuzzyEvaluate', () => {
  // A review of a 双11 campaign by ten reviewers on three indicators (GMV, conversion, 投产比),
  // weights from AHP 0.5 / 0.3 / 0.2. Row = share of the ten votes for 优, 良, 中, 差.
  const weights = [0.5, 0.3, 0.2];
  const rows = [
    [0.4, 0.4, 0.2, 0.0], // GMV: 4 优, 4 良, 2 中
    [0.1, 0.3, 0.4, 0.2], // conversion: 1 优, 3 良, 4 中, 2 差
    [0.2, 0.5, 0.2, 0.1], // 投产比: 2 优, 5 良, 2 中, 1 差
  ];

  it('computes B = W·R by hand and names the grade of maximum membership', () => {
    // 优 0.5·0.4 + 0.3·0.1 + 0.2·0.2 = 0.27
    // 良 0.5·0.4 + 0.3·0.3 + 0.2·0.5 = 0.39
    // 中 0.5·0.2 + 0.3·0.4 + 0.2·0.2 = 0.26
    // 差 0.5·0.0 + 0.3·0.2 + 0.2·0.1 = 0.08   (sum 1.00, so normalising changes nothing)
    const r = fuzzyEvaluate(weights, rows);
    [0.27, 0.39, 0.26, 0.08].forEach((b, j) => expect(r.memberships[j]).toBeCloseTo(b, 12));
    expect(r.grade).toBe('good');
    expect(r.isTie).toBe(false);
  });

  it('normalises B when rows are not exactly 1 within tolerance', () => {
    const r = fuzzyEvaluate([1], [[0.5, 0.5, 0, 0]]);
    expect(r.memberships).toEqual([0.5, 0.5, 0, 0]);
    expect(r.grade).toBe('excellent');
    expect(r.isTie).toBe(true);
  });

  it('says what is wrong with the input', () => {
    expect(
      validateFuzzyInput(
        [0.5, 0.4],
        [
          [0.5, 0.5, 0, 0],
          [0.2, 0.2, 0.2, 0.2],
        ],
      ),
    ).toEqual([
      { code: 'weightsSum', sum: 0.9 },
      { code: 'rowSum', row: 1, sum: 0.8 },
    ]);
    expect(validateFuzzyInput([1], [[0.5, 0.5, 0]])).toEqual([{ code: 'rowLength', row: 0 }]);
    expect(validateFuzzyInput([], [])).toEqual([{ code: 'noIndicators' }]);
    expect(() => fuzzyEvaluate([1], [[2, -1, 0, 0]])).toThrow(/notFraction/);
  });
});

describe('membershipFromAttainment', () => {
  it('maps attainment onto 优/良/中/差 with triangular functions', () => {
    expect(membershipFromAttainment(1.25)).toEqual([1, 0, 0, 0]);
    expect(membershipFromAttainment(1.0)).toEqual([0, 1, 0, 0]);
    const r = membershipFromAttainment(0.925); // halfway between 良 (1.00) and 中 (0.85)
    expect(r[1]).toBeCloseTo(0.5, 12);
    expect(r[2]).toBeCloseTo(0.5, 12);
    expect(membershipFromAttainment(0.5)).toEqual([0, 0, 0, 1]);
    const sum = membershipFromAttainment(1.04).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
  });
});
