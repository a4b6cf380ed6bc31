import {
  emptyDocument,
  type BudgetCategory,
  type BudgetCategoryId,
  type BudgetLine,
  type BudgetLineId,
  type Channel,
  type ChannelId,
  type Mechanic,
  type Phase,
  type PhaseId,
  type PlanDocument,
  type PlanId,
  type Product,
  type ProductId,
  type Promotion,
  type PromotionId,
} from '../../../shared/domain';

/** Small hand-made plan pieces for the budget and forecast tests. */
export const planId = 'plan-test' as PlanId;

export function makeDoc(
  parts: Partial<Omit<PlanDocument, 'plan'>> = {},
  plan: Partial<PlanDocument['plan']> = {},
): PlanDocument {
  return {
    ...emptyDocument({
      id: planId,
      name: '测试大促',
      theme: '',
      type: 'double11',
      platforms: [],
      currency: 'CNY',
      startDate: '2026-10-20',
      endDate: '2026-11-13',
      peakDate: '2026-11-11',
      keyMoments: [],
      status: 'draft',
      audience: { description: '', ageRange: '', gender: '', regions: '', habits: '' },
      notes: '',
      budgetCapMinor: null,
      contingency: null,
      blackoutDays: [],
      templateId: null,
      sourcePlanId: null,
      createdAt: '2026-07-01T00:00:00.000Z',
      updatedAt: '2026-07-01T00:00:00.000Z',
      archivedAt: null,
      deletedAt: null,
      ...plan,
    }),
    ...parts,
  };
}

export function category(id: string, key: BudgetCategory['key'], order = 0): BudgetCategory {
  return { id: id as BudgetCategoryId, planId, key, name: '', order };
}

export function line(id: string, fields: Partial<BudgetLine> = {}): BudgetLine {
  return {
    id: id as BudgetLineId,
    planId,
    categoryId: null,
    channelId: null,
    phaseId: null,
    item: id,
    unitPriceMinor: null,
    quantity: null,
    plannedMinor: 0,
    committedMinor: 0,
    actualMinor: null,
    vendor: '',
    paymentDate: null,
    notes: '',
    promotionId: null,
    isOverridden: false,
    order: 0,
    ...fields,
  };
}

export function channel(id: string, fields: Partial<Channel> = {}): Channel {
  return {
    id: id as ChannelId,
    planId,
    name: id,
    kind: 'platformAds',
    expectedUv: null,
    ctr: null,
    cvr: null,
    aovMinor: null,
    plannedSpendMinor: null,
    notes: '',
    order: 0,
    ...fields,
  };
}

export function phase(id: string, startDate: string, endDate: string, order = 0): Phase {
  return {
    id: id as PhaseId,
    planId,
    name: id,
    kind: 'custom',
    startDate,
    endDate,
    color: '#ff0000',
    purpose: '',
    order,
  };
}

export function promotion(id: string, mechanic: Mechanic, fields: Partial<Promotion> = {}): Promotion {
  return {
    id: id as PromotionId,
    planId,
    name: id,
    mechanic,
    productIds: [],
    phaseId: null,
    startDate: null,
    endDate: null,
    notes: '',
    order: 0,
    ...fields,
  };
}

export function product(id: string, fields: Partial<Product> = {}): Product {
  return {
    id: id as ProductId,
    planId,
    sku: id,
    name: id,
    category: '',
    stock: 0,
    safetyStock: 0,
    regularPriceMinor: 0,
    promoPriceMinor: null,
    costPriceMinor: null,
    role: 'profit',
    expectedSales: null,
    notes: '',
    order: 0,
    ...fields,
  };
}
