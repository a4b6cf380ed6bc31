import { onSyncedLines } from '../../../../shared/budget/linkedLines';
import {
  addPromotion,
  followPromotionCost,
  removePromotion,
  setMechanicParam,
  updatePromotion,
  type PromotionPatch,
} from '../../../../shared/budget/recipes';
import type { BudgetLineId, MechanicKind, PromotionId } from '../../../../shared/domain';
import type { Language } from '../../../../shared/i18n/locale';
import { defineEdit } from '../../state/editActions';
import { promotionMessages } from './messages';

/** The promotions screen's edits (docs/architecture.md §5). */
type M = (typeof promotionMessages)['zh-CN'];
const messages = promotionMessages;

export const addPromotionEdit = defineEdit<{ kind: MechanicKind; language: Language; id: PromotionId }, M>({
  id: 'promotions.add',
  messages,
  label: (m) => m.add,
  keywords: ['促销', '玩法', 'promotion', 'discount', 'coupon'],
  recipe: onSyncedLines((d, p) => addPromotion(d, p.kind, p.language, p.id)),
});

export const updatePromotionEdit = defineEdit<{ id: PromotionId; patch: PromotionPatch }, M>({
  id: 'promotions.update',
  messages,
  label: (m) => m.edit,
  recipe: onSyncedLines((d, p) => updatePromotion(d, p.id, p.patch)),
});

export const setMechanicParamEdit = defineEdit<{ id: PromotionId; key: string; value: unknown }, M>({
  id: 'promotions.setParameter',
  messages,
  label: (m) => m.edit,
  recipe: onSyncedLines((d, p) => setMechanicParam(d, p.id, p.key, p.value)),
});

export const followPromotionCostEdit = defineEdit<BudgetLineId, M>({
  id: 'promotions.followCost',
  messages,
  label: (m) => m.edit,
  recipe: onSyncedLines(followPromotionCost),
});

export const removePromotionEdit = defineEdit<PromotionId, M>({
  id: 'promotions.remove',
  messages,
  label: (m) => m.remove,
  recipe: onSyncedLines(removePromotion),
});
