import type { BudgetCategoryKey, BudgetLine, MechanicKind, PlanDocument } from '../domain';
import { ratioRound, toFraction } from '../budget/exact';

/**
 * The money model shared by the forecast and the actuals (docs/figures.md "Definitions"):
 *
 *   COGS         = paid GMV × Σ cost × units ÷ Σ 活动价 × units             (from the SKUs)
 *                = (paid GMV + 让利) × (1 − margin rate at regular price)   (from the plan's rate)
 *   gross profit = paid GMV − refunds − COGS − (campaign cost − 让利)
 *   profit ROI   = gross profit ÷ campaign cost
 *   投产比       = paid GMV ÷ paid media spend
 *
 * One function computes them for both sides, so a goal's forecast and actual always compare.
 */

export const MEDIA_CATEGORIES: readonly BudgetCategoryKey[] = ['advertising', 'kol'];

/** Promotions that give something away rather than lower a price: their cost is not 让利. */
const NOT_PRICE_REDUCING: readonly MechanicKind[] = ['gift', 'prizePool'];

export type CogsBasis =
  | { source: 'products'; costMinor: bigint; salesMinor: bigint }
  | { source: 'plan'; marginRate: number }
  | null;

/** Where COGS comes from: the SKUs when any has a cost and expected sales, else the plan's rate. */
export function cogsBasis(doc: Pick<PlanDocument, 'plan' | 'products'>): CogsBasis {
  let cost = 0n;
  let sales = 0n;
  for (const p of doc.products) {
    if (p.costPriceMinor === null || !p.expectedSales) continue;
    const price = p.promoPriceMinor ?? p.regularPriceMinor;
    if (price <= 0) continue;
    cost += BigInt(p.costPriceMinor) * BigInt(p.expectedSales);
    sales += BigInt(price) * BigInt(p.expectedSales);
  }
  if (sales > 0n) return { source: 'products', costMinor: cost, salesMinor: sales };
  const rate = doc.plan.expectedMarginRate;
  if (rate !== undefined && rate !== null) return { source: 'plan', marginRate: rate };
  return null;
}

/** COGS of a paid GMV with its 让利, rounded half-up to the minor unit; null without a basis. */
export function cogsOf(basis: CogsBasis, paidGmvMinor: number, discountMinor: number): number | null {
  if (basis === null) return null;
  if (basis.source === 'products') return ratioRound([paidGmvMinor, basis.costMinor], [basis.salesMinor]);
  const m = toFraction(basis.marginRate);
  return ratioRound([paidGmvMinor + discountMinor, m.den - m.num], [m.den]);
}

export interface MoneyInputs {
  paidGmvMinor: number | null;
  refundsMinor: number | null;
  /** 让利: price reductions already missing from paid GMV. */
  discountMinor: number;
  /** Every cost of the campaign, 让利 included. */
  campaignCostMinor: number | null;
  mediaSpendMinor: number | null;
}

export interface MoneyFigures {
  cogsMinor: number | null;
  grossProfitMinor: number | null;
  /** (paid GMV − COGS) ÷ paid GMV. */
  grossMargin: number | null;
  profitRoi: number | null;
  roas: number | null;
}

export function moneyFigures(basis: CogsBasis, i: MoneyInputs): MoneyFigures {
  const gmv = i.paidGmvMinor;
  const cogs = gmv === null ? null : cogsOf(basis, gmv, i.discountMinor);
  const cost = i.campaignCostMinor;
  const grossProfitMinor =
    gmv === null || cogs === null || cost === null
      ? null
      : gmv - (i.refundsMinor ?? 0) - cogs - (cost - i.discountMinor);
  return {
    cogsMinor: cogs,
    grossProfitMinor,
    grossMargin: gmv !== null && cogs !== null && gmv > 0 ? (gmv - cogs) / gmv : null,
    profitRoi: grossProfitMinor !== null && cost !== null && cost > 0 ? grossProfitMinor / cost : null,
    roas:
      gmv !== null && i.mediaSpendMinor !== null && i.mediaSpendMinor > 0 ? gmv / i.mediaSpendMinor : null,
  };
}

export type LineKind = 'media' | 'discount' | 'other';

/** How a budget line counts: paid media, 让利 (price reduction) or another campaign cost. */
export function lineKinds(
  doc: Pick<PlanDocument, 'budgetCategories' | 'promotions'>,
): (l: BudgetLine) => LineKind {
  const keys = new Map(doc.budgetCategories.map((c) => [c.id as string, c.key]));
  const mechanics = new Map(doc.promotions.map((p) => [p.id as string, p.mechanic.kind]));
  return (line) => {
    const key = line.categoryId === null ? null : keys.get(line.categoryId);
    if (key !== undefined && key !== null && MEDIA_CATEGORIES.includes(key)) return 'media';
    if (key === 'discount') {
      const kind = line.promotionId === null ? undefined : mechanics.get(line.promotionId);
      return kind !== undefined && NOT_PRICE_REDUCING.includes(kind) ? 'other' : 'discount';
    }
    return 'other';
  };
}
