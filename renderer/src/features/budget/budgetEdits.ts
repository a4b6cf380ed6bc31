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
import type { BudgetLineId } from '../../../../shared/domain';
import { planEditsOf } from '../../state/editActions';
import { budgetMessages } from './messages';

/**
 * The budget screen's edits (docs/architecture.md §5): each is one undo step named by its label,
 * made on the budget with the promotions' linked lines brought up to date first.
 */
const edit = planEditsOf(budgetMessages);

export const addLineEdit = edit<{ item: string; categoryId: string | null }>(
  'budget.addLine',
  (m) => m.addLine,
  onSyncedLines((d, p) => addBudgetLine(d, { item: p.item, categoryId: p.categoryId as never })),
  { keywords: ['预算', '费用', 'budget', 'cost', 'line'] },
);
export const updateLineEdit = edit<{ id: BudgetLineId; patch: BudgetLinePatch }>(
  'budget.updateLine',
  (m) => m.editLine,
  onSyncedLines((d, p) => updateBudgetLine(d, p.id, p.patch)),
);
export const removeLineEdit = edit<BudgetLineId>(
  'budget.removeLine',
  (m) => m.deleteLine,
  onSyncedLines((d, id) => removeBudgetLines(d, [id])),
);
export const followCostEdit = edit(
  'budget.followPromotionCost',
  (m) => m.follow,
  onSyncedLines(followPromotionCost),
);
export const setCapEdit = edit('budget.setCap', (m) => m.cap, onSyncedLines(setBudgetCap));
export const setContingencyEdit = edit(
  'budget.setContingency',
  (m) => m.contingency,
  onSyncedLines(setContingency),
);
