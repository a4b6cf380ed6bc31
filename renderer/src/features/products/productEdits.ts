import { onSyncedLines } from '../../../../shared/budget/linkedLines';
import {
  addProduct,
  removeProducts,
  updateProduct,
  type ProductPatch,
} from '../../../../shared/budget/recipes';
import type { ProductId } from '../../../../shared/domain';
import { defineEdit } from '../../state/editActions';
import { productMessages } from './messages';

/** The products screen's edits (docs/architecture.md §5). */
type M = (typeof productMessages)['zh-CN'];
const messages = productMessages;

export const addProductEdit = defineEdit<{ name: string }, M>({
  id: 'products.add',
  messages,
  label: (m) => m.add,
  keywords: ['商品', 'SKU', 'product'],
  recipe: onSyncedLines((d, p) => addProduct(d, { name: p.name })),
});

export const updateProductEdit = defineEdit<{ id: ProductId; patch: ProductPatch }, M>({
  id: 'products.update',
  messages,
  label: (m) => m.edit,
  recipe: onSyncedLines((d, p) => updateProduct(d, p.id, p.patch)),
});

export const removeProductEdit = defineEdit<ProductId, M>({
  id: 'products.remove',
  messages,
  label: (m) => m.remove,
  recipe: onSyncedLines((d, id) => removeProducts(d, [id])),
});
