import { onSyncedLines } from '../../../../shared/budget/linkedLines';
import {
  addPromotion,
  followPromotionCost,
  removePromotion,
  setMechanicParam,
  updatePromotion,
  type PromotionPatch,
} from '../../../../shared/budget/recipes';
import type { MechanicKind, PromotionId } from '../../../../shared/domain';
import type { Language } from '../../../../shared/i18n/locale';
import { planEditsOf } from '../../state/editActions';
import { promotionMessages } from './messages';

/** The promotions screen's edits (docs/architecture.md §5), after the linked lines are brought up to date. */
const edit = planEditsOf(promotionMessages);

export const addPromotionEdit = edit<{ kind: MechanicKind; language: Language; id: PromotionId }>(
  'promotions.add',
  (m) => m.add,
  onSyncedLines((d, p) => addPromotion(d, p.kind, p.language, p.id)),
  { keywords: ['促销', '玩法', 'promotion', 'discount', 'coupon'] },
);
export const updatePromotionEdit = edit<{ id: PromotionId; patch: PromotionPatch }>(
  'promotions.update',
  (m) => m.edit,
  onSyncedLines((d, p) => updatePromotion(d, p.id, p.patch)),
);
export const setMechanicParamEdit = edit<{ id: PromotionId; key: string; value: unknown }>(
  'promotions.setParameter',
  (m) => m.edit,
  onSyncedLines((d, p) => setMechanicParam(d, p.id, p.key, p.value)),
);
export const followPromotionCostEdit = edit(
  'promotions.followCost',
  (m) => m.edit,
  onSyncedLines(followPromotionCost),
);
export const removePromotionEdit = edit('promotions.remove', (m) => m.remove, onSyncedLines(removePromotion));
