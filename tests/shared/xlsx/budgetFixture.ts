import type { BudgetCategory, BudgetLine, Channel, PlanDocument } from '../../../shared/domain';
import { generateLargePlan } from '../../bench/fixtures/generatePlan';

/**
 * A small plan with hand-checkable money (docs/exports.md, "Worked example"), including text that
 * looks like formulas.
 */
export function smallPlan(): PlanDocument {
  const base = generateLargePlan({ tasks: 3, links: 1, seed: 3 });
  const planId = base.plan.id;
  const cat = (id: string, name: string, order: number): BudgetCategory => ({
    id: id as BudgetCategory['id'],
    planId,
    key: 'custom',
    name,
    order,
  });
  const chan = (id: string, name: string): Channel => ({
    id: id as Channel['id'],
    planId,
    name,
    kind: 'other',
    expectedUv: null,
    ctr: null,
    cvr: null,
    aovMinor: null,
    plannedSpendMinor: null,
    notes: '',
    order: 0,
  });
  const line = (
    id: string,
    categoryId: string | null,
    channelId: string | null,
    item: string,
    planned: number,
    actual: number | null,
    order: number,
  ): BudgetLine => ({
    id: id as BudgetLine['id'],
    planId,
    categoryId: categoryId as BudgetLine['categoryId'],
    channelId: channelId as BudgetLine['channelId'],
    phaseId: null,
    item,
    unitPriceMinor: null,
    quantity: null,
    plannedMinor: planned,
    committedMinor: 0,
    actualMinor: actual,
    vendor: '=cmd|/c calc',
    paymentDate: '2026-11-15',
    notes: '@SUM(1)',
    promotionId: null,
    isOverridden: false,
    order,
  });
  return {
    ...base,
    plan: { ...base.plan, name: '双11 预算', currency: 'CNY' },
    phases: [],
    budgetCategories: [cat('c1', '广告投放', 0), cat('c2', '达人*合作', 1)],
    channels: [chan('h1', '抖音'), chan('h2', '=1+1')],
    budgetLines: [
      line('l1', 'c1', 'h1', '千川', 1_800_000_00, 1_750_000_50, 0),
      line('l2', 'c1', 'h2', '+86 13800000000', 500_000_00, null, 1),
      line('l3', 'c2', 'h1', '-头部达人', 1_234_56, -100_00, 2),
      line('l4', null, null, '预备金', 300_000_00, null, 3),
    ],
  };
}
