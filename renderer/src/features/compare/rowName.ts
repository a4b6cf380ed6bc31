import { budgetCategoryNames } from '../../../../shared/budget/categories';
import { budgetCategoryKeys, type BudgetCategoryKey, type GoalMetric } from '../../../../shared/domain';
import type { CompareRow } from '../../../../shared/compare/compare';
import { textIn, type Locale } from '../../i18n';
import type { AppMessages } from '../../i18n/messages';
import type { compareMessages } from './messages';

type CompareText = (typeof compareMessages)['zh-CN'];

function categoryName(id: string, c: CompareText, locale: Locale): string {
  if (id === 'none') return c.uncategorised;
  if (id === 'total') return c.total;
  return (budgetCategoryKeys as readonly string[]).includes(id)
    ? textIn(budgetCategoryNames[id as BudgetCategoryKey], locale)
    : id;
}

/** A comparison row's name as the screen and the workbook show it. */
export function compareRowName(row: CompareRow, c: CompareText, m: AppMessages, locale: Locale): string {
  switch (row.section) {
    case 'actual':
    case 'forecast':
      return c.kpi[row.label as keyof CompareText['kpi']];
    case 'goals':
      return c.attainment(m.enums.goalMetric[row.label as GoalMetric]);
    case 'budget': {
      const name = categoryName(row.label, c, locale);
      return row.key.startsWith('budget.planned.') ? c.planned(name) : c.actual(name);
    }
    case 'score':
      return c.score;
  }
}
