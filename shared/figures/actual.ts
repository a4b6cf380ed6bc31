import type { BudgetLine, PlanDocument } from '../domain';
import { sumActuals } from '../review/actualsTotals';
import { coverageOf, coverageThreshold, type Coverage } from './coverage';
import { cogsBasis, lineKinds, moneyFigures, type MoneyFigures } from './profit';
import { dailyActuals } from './dailyActuals';

/**
 * The campaign's money figures from its actuals, with the same model as the forecast
 * (shared/figures/profit.ts) and the coverage of their inputs (docs/figures.md).
 *
 * - paid GMV and refunds: the daily actuals of the campaign period (whole shop).
 * - campaign cost, 让利 and paid media spend: the budget lines' actuals. A line without an actual
 *   counts 0, or its planned amount when the plan says so (`fillMissingActualsWithPlanned`).
 *   Paid media falls back to the daily actuals' 推广花费 only when no media line has an actual.
 */

export interface ActualMoney extends MoneyFigures {
  gmvMinor: number | null;
  refundsMinor: number | null;
  discountMinor: number | null;
  campaignCostMinor: number | null;
  mediaSpendMinor: number | null;
  mediaSource: 'budgetLines' | 'dailyActuals' | null;
  /** Coverage of every line: what gross profit and profit ROI stand on. */
  coverage: Coverage;
  /** Coverage of the paid media lines: what 投产比 stands on. */
  mediaCoverage: Coverage;
  /** Profit figures below the threshold. */
  isProfitProvisional: boolean;
  /** 投产比 below the threshold (never when its spend is the back office's own daily figure). */
  isRoasProvisional: boolean;
  /** Either of the above. */
  provisional: boolean;
  filledWithPlanned: boolean;
}

export interface ActualOptions {
  /** Overrides the plan's own choice. */
  fillMissingWithPlanned?: boolean;
}

function sumLines(lines: readonly BudgetLine[], fill: boolean): number | null {
  let total: number | null = null;
  for (const l of lines) {
    const v = l.actualMinor ?? (fill ? l.plannedMinor : null);
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}

export function actualMoney(doc: PlanDocument, options: ActualOptions = {}): ActualMoney {
  const fill = options.fillMissingWithPlanned ?? doc.plan.fillMissingActualsWithPlanned ?? false;
  const threshold = coverageThreshold(doc);
  const kindOf = lineKinds(doc);
  const media = doc.budgetLines.filter((l) => kindOf(l) === 'media');
  const discount = doc.budgetLines.filter((l) => kindOf(l) === 'discount');
  const totals = sumActuals(dailyActuals(doc), 'campaign');
  const mediaFromLines = sumLines(media, fill);
  const mediaSpendMinor = mediaFromLines ?? totals.spendMinor;
  const mediaSource =
    mediaFromLines !== null ? 'budgetLines' : totals.spendMinor !== null ? 'dailyActuals' : null;
  const campaignCostMinor = sumLines(doc.budgetLines, fill);
  const discountMinor = sumLines(discount, fill);
  const money = moneyFigures(cogsBasis(doc), {
    paidGmvMinor: totals.gmvMinor,
    refundsMinor: totals.refundsMinor,
    discountMinor: discountMinor ?? 0,
    campaignCostMinor,
    mediaSpendMinor,
  });
  const coverage = coverageOf(doc.budgetLines, threshold);
  const mediaCoverage = coverageOf(media, threshold);
  const isProfitProvisional = coverage.isProvisional && money.profitRoi !== null;
  const isRoasProvisional =
    mediaSource === 'budgetLines' && mediaCoverage.isProvisional && money.roas !== null;
  return {
    ...money,
    gmvMinor: totals.gmvMinor,
    refundsMinor: totals.refundsMinor,
    discountMinor,
    campaignCostMinor,
    mediaSpendMinor,
    mediaSource,
    coverage,
    mediaCoverage,
    isProfitProvisional,
    isRoasProvisional,
    provisional: isProfitProvisional || isRoasProvisional,
    filledWithPlanned: fill,
  };
}
