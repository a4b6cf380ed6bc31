import {
  newId,
  newRecord,
  type BudgetLine,
  type BudgetLineId,
  type Contingency,
  type Mechanic,
  type MechanicKind,
  type PlanDocument,
  type Product,
  type ProductId,
  type Promotion,
  type PromotionId,
} from '../domain';
import { computeForecast, lineSpendByChannel, type WhatIfOverride } from '../forecast/funnel';
import { syncPromotionLines } from './linkedLines';
import { allocateProportionally, multiplyMinor } from './money';
import { defaultMechanic, mechanicNames } from './mechanics';

/**
 * The edits of the budget, promotion, product and forecast screens, as pure recipes
 * `(doc, …) => doc` for the store's `useCommit` (one undo step each). Every recipe that can move
 * a promotion's cost ends by re-syncing the linked 优惠让利 lines.
 */

export type BudgetLinePatch = Partial<
  Pick<
    BudgetLine,
    | 'categoryId'
    | 'channelId'
    | 'phaseId'
    | 'item'
    | 'unitPriceMinor'
    | 'quantity'
    | 'plannedMinor'
    | 'committedMinor'
    | 'actualMinor'
    | 'vendor'
    | 'paymentDate'
    | 'notes'
  >
>;

/** planned = unit price × quantity whenever both are set (exact, rounded half-up). */
function withDerivedPlanned(line: BudgetLine): BudgetLine {
  if (line.unitPriceMinor === null || line.quantity === null) return line;
  return { ...line, plannedMinor: multiplyMinor(line.unitPriceMinor, line.quantity) };
}

export function addBudgetLine(doc: PlanDocument, init: BudgetLinePatch = {}): PlanDocument {
  const order = doc.budgetLines.reduce((max, l) => Math.max(max, l.order + 1), 0);
  const line: BudgetLine = withDerivedPlanned(newRecord('budgetLines', doc.plan.id, { order, ...init }));
  return { ...doc, budgetLines: [...doc.budgetLines, line] };
}

/**
 * Typing a planned amount (or a unit price / quantity) on a promotion's linked line overrides
 * the estimate: the line stops following the promotion until `followPromotionCost`.
 */
export function updateBudgetLine(doc: PlanDocument, id: BudgetLineId, patch: BudgetLinePatch): PlanDocument {
  let found = false;
  const budgetLines = doc.budgetLines.map((line) => {
    if (line.id !== id) return line;
    found = true;
    const touchesAmount = 'plannedMinor' in patch || 'unitPriceMinor' in patch || 'quantity' in patch;
    const next = withDerivedPlanned({ ...line, ...patch });
    return line.promotionId !== null && touchesAmount ? { ...next, isOverridden: true } : next;
  });
  return found ? { ...doc, budgetLines } : doc;
}

export function removeBudgetLines(doc: PlanDocument, ids: readonly BudgetLineId[]): PlanDocument {
  const drop = new Set<string>(ids);
  // A following linked line cannot be removed on its own: the promotion would bring it back.
  const budgetLines = doc.budgetLines.filter(
    (l) => !drop.has(l.id) || (l.promotionId !== null && !l.isOverridden),
  );
  // Removing an overridden linked line brings back the following one.
  return budgetLines.length === doc.budgetLines.length ? doc : syncPromotionLines({ ...doc, budgetLines });
}

export function followPromotionCost(doc: PlanDocument, id: BudgetLineId): PlanDocument {
  const budgetLines = doc.budgetLines.map((l) =>
    l.id === id && l.promotionId !== null ? { ...l, isOverridden: false } : l,
  );
  return syncPromotionLines({ ...doc, budgetLines });
}

export function setBudgetCap(doc: PlanDocument, budgetCapMinor: number | null): PlanDocument {
  return { ...doc, plan: { ...doc.plan, budgetCapMinor } };
}

export function setContingency(doc: PlanDocument, contingency: Contingency | null): PlanDocument {
  return { ...doc, plan: { ...doc.plan, contingency } };
}

export function setExpectedMarginRate(doc: PlanDocument, rate: number | null): PlanDocument {
  return syncPromotionLines({ ...doc, plan: { ...doc.plan, expectedMarginRate: rate } });
}

// ── Promotions ────────────────────────────────────────────────────────────────────────────────

export function addPromotion(
  doc: PlanDocument,
  kind: MechanicKind,
  language: 'zh' | 'en',
  id: PromotionId = newId<PromotionId>(),
): PlanDocument {
  const order = doc.promotions.reduce((max, p) => Math.max(max, p.order + 1), 0);
  const sameKind = doc.promotions.filter((p) => p.mechanic.kind === kind).length;
  const promotion: Promotion = {
    id,
    planId: doc.plan.id,
    name: `${mechanicNames[kind][language]} ${sameKind + 1}`,
    mechanic: defaultMechanic(kind),
    productIds: [],
    phaseId: null,
    startDate: null,
    endDate: null,
    notes: '',
    order,
  };
  return syncPromotionLines({ ...doc, promotions: [...doc.promotions, promotion] });
}

export type PromotionPatch = Partial<Omit<Promotion, 'id' | 'planId'>>;

export function updatePromotion(doc: PlanDocument, id: PromotionId, patch: PromotionPatch): PlanDocument {
  const promotions = doc.promotions.map((p) => (p.id === id ? { ...p, ...patch } : p));
  return syncPromotionLines({ ...doc, promotions });
}

/** Sets one parameter of a promotion's mechanic (a threshold, a rate…); nothing when it is gone. */
export function setMechanicParam(
  doc: PlanDocument,
  id: PromotionId,
  key: string,
  value: unknown,
): PlanDocument {
  const now = doc.promotions.find((p) => p.id === id);
  if (!now) return doc;
  return updatePromotion(doc, id, { mechanic: { ...now.mechanic, [key]: value } as Mechanic });
}

export function removePromotion(doc: PlanDocument, id: PromotionId): PlanDocument {
  return syncPromotionLines({ ...doc, promotions: doc.promotions.filter((p) => p.id !== id) });
}

// ── Products ──────────────────────────────────────────────────────────────────────────────────

export type ProductPatch = Partial<Omit<Product, 'id' | 'planId'>>;

export function addProduct(doc: PlanDocument, init: ProductPatch = {}): PlanDocument {
  const order = doc.products.reduce((max, p) => Math.max(max, p.order + 1), 0);
  const product: Product = newRecord('products', doc.plan.id, {
    sku: `SKU-${String(doc.products.length + 1).padStart(3, '0')}`,
    order,
    ...init,
  });
  return syncPromotionLines({ ...doc, products: [...doc.products, product] });
}

export function updateProduct(doc: PlanDocument, id: ProductId, patch: ProductPatch): PlanDocument {
  const products = doc.products.map((p) => (p.id === id ? { ...p, ...patch } : p));
  return syncPromotionLines({ ...doc, products });
}

/** Removing a SKU also takes it off every promotion that listed it. */
export function removeProducts(doc: PlanDocument, ids: readonly ProductId[]): PlanDocument {
  const drop = new Set<string>(ids);
  const promotions = doc.promotions.map((p) =>
    p.productIds.some((id) => drop.has(id))
      ? { ...p, productIds: p.productIds.filter((id) => !drop.has(id)) }
      : p,
  );
  return syncPromotionLines({ ...doc, promotions, products: doc.products.filter((p) => !drop.has(p.id)) });
}

// ── Forecast what-if ──────────────────────────────────────────────────────────────────────────

/**
 * Makes a what-if real. UV and CVR go to the channel (with UV as the what-if computed it, so a
 * spend change that moved UV keeps that UV). A spend change goes to the channel's planned spend
 * when it has no budget lines; otherwise its lines are scaled in proportion (largest remainder,
 * so they sum to the new spend exactly) and the scaled lines lose unit price × quantity, which
 * no longer explains their amount.
 */
export function applyWhatIf(doc: PlanDocument, whatIf: readonly WhatIfOverride[]): PlanDocument {
  if (whatIf.length === 0) return doc;
  const forecast = computeForecast(doc, whatIf);
  const lineSpend = lineSpendByChannel(doc);
  const byChannel = new Map(whatIf.map((o) => [o.channelId as string, o]));
  const channels = doc.channels.map((ch) => {
    const o = byChannel.get(ch.id);
    if (!o) return ch;
    const f = forecast.channels.find((c) => c.channelId === ch.id);
    return {
      ...ch,
      expectedUv: f && (o.uv !== undefined || o.spendMinor !== undefined) ? f.uv : ch.expectedUv,
      cvr: o.cvr ?? ch.cvr,
      plannedSpendMinor:
        o.spendMinor !== undefined && !lineSpend.has(ch.id) ? o.spendMinor : ch.plannedSpendMinor,
    };
  });
  let budgetLines = doc.budgetLines;
  for (const o of whatIf) {
    if (o.spendMinor === undefined || !lineSpend.has(o.channelId)) continue;
    const indexes: number[] = [];
    budgetLines.forEach((l, i) => l.channelId === o.channelId && indexes.push(i));
    const parts = allocateProportionally(
      o.spendMinor,
      indexes.map((i) => Math.max(0, budgetLines[i]?.plannedMinor ?? 0)),
    );
    budgetLines = [...budgetLines];
    indexes.forEach((lineIndex, k) => {
      const line = budgetLines[lineIndex] as BudgetLine;
      const plannedMinor = parts[k] ?? 0;
      if (plannedMinor !== line.plannedMinor) {
        budgetLines[lineIndex] = { ...line, plannedMinor, unitPriceMinor: null, quantity: null };
      }
    });
  }
  return syncPromotionLines({ ...doc, channels, budgetLines });
}
