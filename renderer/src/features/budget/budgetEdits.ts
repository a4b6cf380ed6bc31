import { onSyncedLines } from '../../../../shared/budget/linkedLines';
import {
  addBudgetLine,
  followPromotionCost,
  removeBudgetLines,
  setBudgetCap,
  setContingency,
  updateBudgetLine,
  type BudgetLinePatch,
} from '../../../../shared/budget/recipes';
import type { BudgetLineId, Contingency } from '../../../../shared/domain';
import { defineEdit } from '../../state/editActions';
import { budgetMessages } from './messages';

/** The budget screen's edits (docs/architecture.md §5): each is one undo step named by its label. */
type M = (typeof budgetMessages)['zh-CN'];
const messages = budgetMessages;

export const addLineEdit = defineEdit<{ item: string; categoryId: string | null }, M>({
  id: 'budget.addLine',
  messages,
  label: (m) => m.addLine,
  keywords: ['预算', '费用', 'budget', 'cost', 'line'],
  recipe: onSyncedLines((d, p) => addBudgetLine(d, { item: p.item, categoryId: p.categoryId as never })),
});

export const updateLineEdit = defineEdit<{ id: BudgetLineId; patch: BudgetLinePatch }, M>({
  id: 'budget.updateLine',
  messages,
  label: (m) => m.editLine,
  recipe: onSyncedLines((d, p) => updateBudgetLine(d, p.id, p.patch)),
});

export const removeLineEdit = defineEdit<BudgetLineId, M>({
  id: 'budget.removeLine',
  messages,
  label: (m) => m.deleteLine,
  recipe: onSyncedLines((d, id) => removeBudgetLines(d, [id])),
});

export const followCostEdit = defineEdit<BudgetLineId, M>({
  id: 'budget.followPromotionCost',
  messages,
  label: (m) => m.follow,
  recipe: onSyncedLines(followPromotionCost),
});

export const setCapEdit = defineEdit<number | null, M>({
  id: 'budget.setCap',
  messages,
  label: (m) => m.cap,
  recipe: onSyncedLines(setBudgetCap),
});

export const setContingencyEdit = defineEdit<Contingency | null, M>({
  id: 'budget.setContingency',
  messages,
  label: (m) => m.contingency,
  recipe: onSyncedLines(setContingency),
});
