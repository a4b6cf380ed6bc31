import { onSyncedLines } from '../../../../shared/budget/linkedLines';
import {
  addProduct,
  removeProducts,
  updateProduct,
  type ProductPatch,
} from '../../../../shared/budget/recipes';
import type { ProductId } from '../../../../shared/domain';
import { planEditsOf } from '../../state/editActions';
import { productMessages } from './messages';

/** The products screen's edits (docs/architecture.md §5), after the linked lines are brought up to date. */
const edit = planEditsOf(productMessages);

export const addProductEdit = edit<{ name: string }>(
  'products.add',
  (m) => m.add,
  onSyncedLines((d, p) => addProduct(d, { name: p.name })),
  { keywords: ['商品', 'SKU', 'product'] },
);
export const updateProductEdit = edit<{ id: ProductId; patch: ProductPatch }>(
  'products.update',
  (m) => m.edit,
  onSyncedLines((d, p) => updateProduct(d, p.id, p.patch)),
);
export const removeProductEdit = edit<ProductId>(
  'products.remove',
  (m) => m.remove,
  onSyncedLines((d, id) => removeProducts(d, [id])),
);
