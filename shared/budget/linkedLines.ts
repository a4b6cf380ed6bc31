import {
  newRecord,
  type BudgetCategory,
  type BudgetLine,
  type PlanDocument,
  type PromotionId,
} from '../domain';
import { computeForecast, type Forecast, type WhatIfOverride } from '../forecast/funnel';
import { computePromotionCosts, type PromotionCost, type PromotionCostContext } from './promotionCost';

/**
 * Each promotion has exactly one linked budget line in the 优惠让利 ('discount') category whose
 * planned amount follows the promotion's estimated cost — until the planner types an amount by
 * hand (isOverridden), after which the line keeps that amount. Removing a promotion removes its
 * following line; a line typed by hand is kept (it may hold a negotiated figure) but unlinked.
 */

export function costContextFromForecast(doc: PlanDocument, forecast: Forecast): PromotionCostContext {
  return {
    forecastOrders: forecast.totals.orders,
    forecastAovMinor: forecast.totals.aovMinor,
    forecastGmvMinor: forecast.totals.gmvMinor,
    productsById: new Map(doc.products.map((p) => [p.id as string, p])),
  };
}

/** Every promotion's estimated cost, with uptake read from the forecast (and its what-if). */
export function estimatePromotionCosts(
  doc: PlanDocument,
  whatIf: readonly WhatIfOverride[] = [],
): Map<PromotionId, PromotionCost> {
  if (doc.promotions.length === 0) return new Map();
  return computePromotionCosts(doc.promotions, costContextFromForecast(doc, computeForecast(doc, whatIf)));
}

function discountCategory(doc: PlanDocument): { category: BudgetCategory; isNew: boolean } {
  const existing = doc.budgetCategories.find((c) => c.key === 'discount');
  if (existing) return { category: existing, isNew: false };
  const order = doc.budgetCategories.reduce((max, c) => Math.max(max, c.order + 1), 0);
  return {
    category: newRecord('budgetCategories', doc.plan.id, { key: 'discount', order }),
    isNew: true,
  };
}

export function syncPromotionLines(
  doc: PlanDocument,
  costs: ReadonlyMap<PromotionId, PromotionCost> = estimatePromotionCosts(doc),
): PlanDocument {
  const promotions = new Map(doc.promotions.map((p) => [p.id as string, p]));
  const hasLine = new Set<string>();
  let changed = false;
  const lines: BudgetLine[] = [];
  let maxOrder = -1;
  for (const line of doc.budgetLines) {
    if (line.order > maxOrder) maxOrder = line.order;
    if (line.promotionId === null) {
      lines.push(line);
      continue;
    }
    const promotion = promotions.get(line.promotionId);
    if (!promotion || hasLine.has(line.promotionId)) {
      // The promotion is gone (or already has its line): a hand-typed line stays, unlinked.
      changed = true;
      if (line.isOverridden) lines.push({ ...line, promotionId: null, isOverridden: false });
      continue;
    }
    hasLine.add(line.promotionId);
    const cost = costs.get(promotion.id)?.costMinor ?? 0;
    const plannedMinor = line.isOverridden ? line.plannedMinor : cost;
    if (
      line.plannedMinor !== plannedMinor ||
      line.item !== promotion.name ||
      line.phaseId !== promotion.phaseId
    ) {
      changed = true;
      lines.push({ ...line, plannedMinor, item: promotion.name, phaseId: promotion.phaseId });
    } else {
      lines.push(line);
    }
  }
  const missing = doc.promotions.filter((p) => !hasLine.has(p.id));
  if (missing.length === 0) return changed ? { ...doc, budgetLines: lines } : doc;
  const { category, isNew } = discountCategory(doc);
  for (const promotion of missing) {
    lines.push(
      newRecord('budgetLines', doc.plan.id, {
        categoryId: category.id,
        phaseId: promotion.phaseId,
        item: promotion.name,
        plannedMinor: costs.get(promotion.id)?.costMinor ?? 0,
        promotionId: promotion.id,
        order: ++maxOrder,
      }),
    );
  }
  return {
    ...doc,
    budgetCategories: isNew ? [...doc.budgetCategories, category] : doc.budgetCategories,
    budgetLines: lines,
  };
}

/**
 * A budget edit made on the figures the screens show (lines, promotions, products, what-if): the
 * lines linked to promotions are brought up to date first, then `recipe` runs on that document.
 */
export function onSyncedLines<P>(
  recipe: (doc: PlanDocument, params: P) => PlanDocument,
): (doc: PlanDocument, params: P) => PlanDocument {
  return (doc, params) => recipe(syncPromotionLines(doc), params);
}
