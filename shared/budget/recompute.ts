import type { PlanDocument, PromotionId } from '../domain';
import { computeForecast, lineSpendByChannel, type Forecast, type WhatIfOverride } from '../forecast/funnel';
import { costContextFromForecast, syncPromotionLines } from './linkedLines';
import { computeProductAlerts, type ProductAlert } from './productAlerts';
import { computePromotionCosts, type PromotionCost } from './promotionCost';
import { computeBudgetSummary, type BudgetSummary } from './totals';

export interface Recomputed {
  /** The document as the figures see it: linked 优惠让利 lines follow the (what-if) costs. */
  doc: PlanDocument;
  summary: BudgetSummary;
  promotionCosts: Map<PromotionId, PromotionCost>;
  forecast: Forecast;
  productAlerts: ProductAlert[];
}

/**
 * The budget part of `recomputeAll`, and all the annual roll-up needs: the forecast's traffic
 * (which promotion costs are worked out from), the costs, linked lines following them and the
 * budget totals — without the forecast's second pass and the SKU alerts.
 */
export function recomputeBudget(doc: PlanDocument, whatIf: readonly WhatIfOverride[] = []) {
  const lineSpend = lineSpendByChannel(doc);
  // Traffic, orders and GMV do not depend on promotion costs, so the first pass can feed them.
  const traffic = computeForecast(doc, whatIf, lineSpend);
  const promotionCosts = computePromotionCosts(doc.promotions, costContextFromForecast(doc, traffic));
  const synced = syncPromotionLines(doc, promotionCosts);
  return { doc: synced, summary: computeBudgetSummary(synced), promotionCosts, traffic };
}

/**
 * Every money figure of a plan in one pass, for the screens and the bench: the forecast (with
 * any what-if), promotion costs from it, linked lines following the costs, budget totals and
 * warnings, the forecast's ROIs against the full cost, and SKU alerts. Pure: the stored plan is
 * not changed — a what-if only shows what would happen.
 */
export function recomputeAll(doc: PlanDocument, whatIf: readonly WhatIfOverride[] = []): Recomputed {
  const { doc: synced, summary, promotionCosts, traffic } = recomputeBudget(doc, whatIf);
  // Linked lines changed: the total cost moves (and channel spend, if one names a channel).
  const forecast =
    synced === doc
      ? traffic
      : computeForecast(synced, whatIf, lineSpendByChannel(synced), summary.total.plannedMinor);
  return { doc: synced, summary, promotionCosts, forecast, productAlerts: computeProductAlerts(synced) };
}
