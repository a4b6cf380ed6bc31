import { describe, it, expect } from 'vitest';
import { goalAttainments } from '../../../shared/review/attainment';
import { indicatorPoints, scoreReview } from '../../../shared/review/score';
import { indicatorSchema, reviewSchema, type PlanDocument, type Review } from '../../../shared/domain';
import { reviewFixture } from './reviewFixture';

// Fixture attainments: GMV 100 %, conversion 3.25 % / 3.5 % = 13/14, 投产比 7.5 / 8 = 15/16.
function reviewOf(doc: PlanDocument, fields: Partial<Review> = {}): Review {
  return reviewSchema.parse({
    planId: doc.plan.id,
    indicators: doc.goals.map((g) =>
      indicatorSchema.parse({ id: `i-${g.id}`, goalId: g.id, name: g.title, weight: g.weight }),
    ),
    ...fields,
  });
}

describe('scoreReview with direct weights', () => {
  it('is Σ weight × 100 × min(attainment, 1), explained per indicator', () => {
    const doc = reviewFixture();
    const s = scoreReview(reviewOf(doc), goalAttainments(doc));
    // 0.5·100 + 0.3·100·13/14 + 0.2·100·15/16 = 50 + 27.857142… + 18.75
    expect(s.score).toBeCloseTo(96.607142857, 8);
    expect(s.blocks).toEqual([]);
    expect(s.rows.map((r) => r.contribution)).toEqual([
      50,
      expect.closeTo(27.857142857, 8),
      expect.closeTo(18.75, 12),
    ]);
    expect(s.weightsNormalised).toBe(false);
  });

  it('caps over-achievement at 100 points so it cannot hide a miss', () => {
    expect(indicatorPoints(1.3)).toEqual({ points: 100, isCapped: true });
    expect(indicatorPoints(0.5)).toEqual({ points: 50, isCapped: false });
    const doc = reviewFixture();
    doc.goals[0] = { ...doc.goals[0]!, target: 20_000_000 }; // GMV now 150 %
    const s = scoreReview(reviewOf(doc), goalAttainments(doc));
    expect(s.rows[0]).toMatchObject({ points: 100, isCapped: true, contribution: 50 });
    expect(s.score).toBeCloseTo(96.607142857, 8);
  });

  it('scales weights that do not sum to 1 and says so', () => {
    const doc = reviewFixture();
    const review = reviewOf(doc);
    review.indicators = review.indicators.map((i) => ({ ...i, weight: 0.2 })); // sum 0.6 → thirds
    const s = scoreReview(review, goalAttainments(doc));
    expect(s.weightsNormalised).toBe(true);
    expect(s.score).toBeCloseTo((100 + 100 * (13 / 14) + 100 * (15 / 16)) / 3, 8);
  });

  it('gives no score without indicators, with zero weights or with an indicator lacking attainment', () => {
    const doc = reviewFixture();
    expect(scoreReview(reviewOf(doc, { indicators: [] }), []).blocks).toContainEqual({
      code: 'noIndicators',
    });
    const zero = reviewOf(doc);
    zero.indicators = zero.indicators.map((i) => ({ ...i, weight: 0 }));
    expect(scoreReview(zero, goalAttainments(doc))).toMatchObject({
      score: null,
      blocks: [{ code: 'weightsZero' }],
    });
    const loose = reviewOf(doc);
    loose.indicators.push(indicatorSchema.parse({ id: 'i-nps', name: '满意度', weight: 0.1 }));
    expect(scoreReview(loose, goalAttainments(doc))).toMatchObject({
      score: null,
      blocks: [{ code: 'missingAttainment', indicatorIds: ['i-nps'] }],
    });
  });
});

describe('scoreReview with AHP weights', () => {
  it('uses the principal eigenvector of a consistent matrix', () => {
    const doc = reviewFixture();
    // consistent: w = (4, 2, 1)/7
    const review = reviewOf(doc, {
      method: 'ahp',
      ahpMatrix: [
        [1, 2, 4],
        [1 / 2, 1, 2],
        [1 / 4, 1 / 2, 1],
      ],
    });
    const s = scoreReview(review, goalAttainments(doc));
    // 100·(4/7 + 2/7·13/14 + 1/7·15/16) = 100·1522/1568
    expect(s.score).toBeCloseTo((100 * 1522) / 1568, 8);
    expect(s.ahp?.cr).toBeCloseTo(0, 9);
  });

  it('refuses a final score while CR ≥ 0.10 and names the judgements to revisit', () => {
    const doc = reviewFixture();
    // Saaty (1990) size-of-house judgements, CR 0.117
    const review = reviewOf(doc, {
      method: 'ahp',
      ahpMatrix: [
        [1, 6, 8],
        [1 / 6, 1, 4],
        [1 / 8, 1 / 4, 1],
      ],
    });
    const s = scoreReview(review, goalAttainments(doc));
    expect(s.score).toBeNull();
    expect(s.blocks).toEqual([{ code: 'ahpInconsistent', cr: expect.closeTo(0.117, 3) }]);
    expect(s.ahp?.lambdaMax).toBeCloseTo(3.136, 3);
    expect(s.revisit.length).toBeGreaterThan(0);
    expect(s.rows.every((r) => r.contribution === null)).toBe(true);
    expect(s.rows[0]?.weight).toBeCloseTo(0.754, 3); // shown, not used
  });

  it('reports a matrix of the wrong size or an invalid one', () => {
    const doc = reviewFixture();
    expect(
      scoreReview(reviewOf(doc, { method: 'ahp', ahpMatrix: [[1]] }), goalAttainments(doc)).blocks,
    ).toEqual([{ code: 'ahpSize', expected: 3, got: 1 }]);
    expect(scoreReview(reviewOf(doc, { method: 'ahp' }), goalAttainments(doc)).blocks).toEqual([
      { code: 'ahpMissing' },
    ]);
    const invalid = scoreReview(
      reviewOf(doc, {
        method: 'ahp',
        ahpMatrix: [
          [1, 3, 1],
          [3, 1, 1],
          [1, 1, 1],
        ],
      }),
      goalAttainments(doc),
    );
    expect(invalid.blocks[0]?.code).toBe('ahpInvalid');
  });
});

describe('scoreReview with fuzzy evaluation', () => {
  it('evaluates B = W·R from the planner’s memberships, suggesting rows from attainment where none are typed', () => {
    const doc = reviewFixture();
    const review = reviewOf(doc, { useFuzzy: true });
    review.indicators[0] = { ...review.indicators[0]!, membership: [0.6, 0.4, 0, 0] };
    const s = scoreReview(review, goalAttainments(doc));
    // conversion 13/14 = 0.92857: between 良 (1.00) and 中 (0.85): 良 (0.92857−0.85)/0.15 = 0.52381
    // 投产比 0.9375: 良 (0.9375−0.85)/0.15 = 0.58333, 中 0.41667
    // 优 = 0.5·0.6 = 0.3; 良 = 0.5·0.4 + 0.3·0.52381 + 0.2·0.58333 = 0.47381; 中 = 0.3·0.47619 + 0.2·0.41667 = 0.22619
    expect(s.fuzzy?.memberships[0]).toBeCloseTo(0.3, 5);
    expect(s.fuzzy?.memberships[1]).toBeCloseTo(0.47381, 5);
    expect(s.fuzzy?.memberships[2]).toBeCloseTo(0.22619, 5);
    expect(s.fuzzy?.grade).toBe('good');
  });
});
