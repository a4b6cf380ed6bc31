import type { LocalizedText } from '../i18n/locale';
import type { BudgetCategory, BudgetCategoryKey } from '../domain';

/** Built-in budget categories as planners name them (预算表 费用类别). */
export const budgetCategoryNames: Record<BudgetCategoryKey, LocalizedText> = {
  advertising: { zh: '推广/广告投放', en: 'Advertising' },
  kol: { zh: '达人/KOL', en: 'KOL / creators' },
  discount: { zh: '优惠让利', en: 'Discounts & promotions' },
  gifts: { zh: '赠品', en: 'Gifts' },
  material: { zh: '物料/设计', en: 'Material & design' },
  tech: { zh: '技术', en: 'Tech' },
  logistics: { zh: '物流/仓储', en: 'Logistics & warehousing' },
  staffing: { zh: '客服/人力', en: 'Service & staffing' },
  reserve: { zh: '预备金', en: 'Reserve' },
  custom: { zh: '其他', en: 'Other' },
};

/** The shown name: the planner's own name, else the built-in one in the UI language. */
export function categoryDisplayName(category: BudgetCategory, language: 'zh' | 'en'): string {
  return category.name.trim() !== '' ? category.name : budgetCategoryNames[category.key][language];
}
