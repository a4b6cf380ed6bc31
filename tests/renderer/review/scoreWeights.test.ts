import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../../shared/figures';
import { identityJudgements } from '../../../shared/review/ahp';
import type { PlanDocument } from '../../../shared/domain';
import { makeFormatters } from '../../../renderer/src/i18n';
import { messages } from '../../../renderer/src/features/review/messages';
import { buildReportModel } from '../../../renderer/src/features/review/report/reportModel';
import { workedPlan } from '../../shared/figures/workedPlan';

/**
 * The score's weights as the report (and the Score tab, through the same scoreTableCells) writes
 * them add up to 100.0 % (docs/figures-goals.md "Weights as shown"). Three indicators judged
 * equally important by AHP weigh 1/3 each: rounded alone they read 33.3 % × 3 = 99.9 %.
 */
function ahpOfThree(): PlanDocument {
  const doc = workedPlan();
  const review = doc.review;
  if (!review) throw new Error('the worked plan has a review');
  const indicators = review.indicators.slice(0, 3);
  return { ...doc, review: { ...review, method: 'ahp', indicators, ahpMatrix: identityJudgements(3) } };
}

const tenths = (text: string | undefined) => Math.round(Number((text ?? '').replace('%', '')) * 10);

describe('the score table’s weights', () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`three equal AHP weights read 33.4 %, 33.3 %, 33.3 % — 100.0 % in all (${locale})`, () => {
      const doc = ahpOfThree();
      const figures = computeFigures(doc);
      // The score is worked out from the exact thirds, not from what is shown.
      expect(figures.reviewScore.rows.map((r) => r.weight)).toEqual([1 / 3, 1 / 3, 1 / 3]);
      const model = buildReportModel(doc, figures, messages[locale], makeFormatters(locale), new Date());
      const weights = model.scoreTable.rows.map((r) => r[1]);
      expect(weights).toEqual(['33.4%', '33.3%', '33.3%']);
      expect(weights.reduce((s, w) => s + tenths(w), 0)).toBe(1000);
    });
  }
});
