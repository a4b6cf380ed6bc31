import { labelTable } from '../i18n/locale';
import type { BudgetCategory, BudgetCategoryKey } from '../domain';

/** Built-in budget categories as planners name them (预算表 费用类别). */
export const budgetCategoryNames = labelTable<BudgetCategoryKey>(
  {
    advertising: '推广/广告投放',
    kol: '达人/KOL',
    discount: '优惠让利',
    gifts: '赠品',
    material: '物料/设计',
    tech: '技术',
    logistics: '物流/仓储',
    staffing: '客服/人力',
    reserve: '预备金',
    custom: '其他',
  },
  {
    advertising: 'Advertising',
    kol: 'KOL / creators',
    discount: 'Discounts & promotions',
    gifts: 'Gifts',
    material: 'Material & design',
    tech: 'Tech',
    logistics: 'Logistics & warehousing',
    staffing: 'Service & staffing',
    reserve: 'Reserve',
    custom: 'Other',
  },
);

/** The shown name: the planner's own name, else the built-in one in the UI language. */
export function categoryDisplayName(category: BudgetCategory, language: 'zh' | 'en'): string {
  return category.name.trim() !== '' ? category.name : budgetCategoryNames[category.key][language];
}
