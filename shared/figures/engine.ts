import type { PlanDocument, PromotionId } from '../domain';
import { recomputeAll, recomputeBudget, type Recomputed } from '../budget/recompute';
import type { BudgetSummary } from '../budget/totals';
import type { CostBasis } from '../budget/promotionCost';
import type { WhatIfOverride } from '../forecast/funnel';
import {
  goalAttainments,
  periodFigures,
  type DerivedFigures,
  type GoalAttainment,
} from '../review/attainment';
import type { ActualTotals } from '../review/actualsTotals';
import { reviewOf } from '../review/recipes';
import { scoreReview, type CompositeScore } from '../review/score';
import { actualMoney, type ActualMoney } from './actual';
import { coverageOf, coverageThreshold, type Coverage } from './coverage';
import { phaseShares, type PhaseShare } from './salesCurve';
import { dailyGmv, phaseActuals, type DailyGmv, type PhaseActual } from './daily';

/**
 * The figures engine: every figure the app shows, exports or prints, computed once from the plan
 * document (docs/figures.md). Screens, workbooks, the review PDF and `cli figures` read from it.
 */

export interface PromotionFigure {
  promotionId: PromotionId;
  name: string;
  costMinor: number;
  basis: CostBasis;
}

export interface PlanFigures {
  /** Forecast, promotion costs, linked lines and budget totals (with any what-if). */
  recomputed: Recomputed;
  budgetCoverage: Coverage;
  promotions: PromotionFigure[];
  salesCurve: PhaseShare[];
  actual: ActualMoney;
  /** The campaign period's totals and derived KPIs (conversion, AOV, 投产比, profit ROI…). */
  campaign: { totals: ActualTotals; derived: DerivedFigures };
  /** The baseline period's totals and derived KPIs (the daily actuals before the campaign). */
  baseline: { totals: ActualTotals; derived: DerivedFigures };
  goals: GoalAttainment[];
  /** The composite score of the stored review; null while the plan has none. */
  score: CompositeScore | null;
  /** The score the review screen and its report show: of the stored review or the goals' default one. */
  reviewScore: CompositeScore;
  /** The campaign's paid GMV per day with actuals, and per phase (docs/figures.md). */
  daily: DailyGmv[];
  phaseActuals: PhaseActual[];
}

export interface FiguresOptions {
  whatIf?: readonly WhatIfOverride[];
}

/** The budget figures of a plan alone (the annual roll-up): the same engine steps as computeFigures. */
export interface BudgetFigures {
  /** The document as the figures see it: linked 优惠让利 lines follow their promotions' costs. */
  doc: PlanDocument;
  summary: BudgetSummary;
  budgetCoverage: Coverage;
}

export function computeBudgetFigures(stored: PlanDocument): BudgetFigures {
  const { doc, summary } = recomputeBudget(stored);
  return { doc, summary, budgetCoverage: coverageOf(doc.budgetLines, coverageThreshold(doc)) };
}

export function computeFigures(stored: PlanDocument, options: FiguresOptions = {}): PlanFigures {
  const recomputed = recomputeAll(stored, options.whatIf ?? []);
  const doc = recomputed.doc;
  const goals = goalAttainments(doc);
  const daily = dailyGmv(doc);
  const reviewScore = scoreReview(reviewOf(doc), goals);
  return {
    recomputed,
    budgetCoverage: coverageOf(doc.budgetLines, coverageThreshold(doc)),
    promotions: [...doc.promotions]
      .sort((a, b) => a.order - b.order)
      .map((p) => {
        const cost = recomputed.promotionCosts.get(p.id);
        return {
          promotionId: p.id,
          name: p.name,
          costMinor: cost?.costMinor ?? 0,
          basis: cost?.basis ?? 'parameters',
        };
      }),
    salesCurve: phaseShares(doc),
    actual: actualMoney(doc),
    campaign: periodFigures(doc, 'campaign'),
    baseline: periodFigures(doc, 'baseline'),
    goals,
    score: doc.review ? reviewScore : null,
    reviewScore,
    daily,
    phaseActuals: phaseActuals(doc, daily),
  };
}
