import { Button, Stack } from '@mantine/core';
import { IconPackage, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { ProductAlert } from '../../../../shared/budget/productAlerts';
import type { ProductPatch } from '../../../../shared/budget/recipes';
import type { ProductId } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { ScreenFrame } from '../../components/ScreenFrame';
import { WarningsAlert } from '../../components/WarningsAlert';
import { useMessages } from '../../i18n';
import { useRegisterActions } from '../../state/actionStore';
import { editCommand, runEdit } from '../../state/editActions';
import { addProductEdit, removeProductEdit, updateProductEdit } from './productEdits';
import { useMoney } from '../budget/useMoney';
import { productMessages } from './messages';
import { ProductsTable } from './ProductsTable';
import { usePlanFigures } from '../../components/usePlanFigures';

export function ProductsScreen() {
  const m = useMessages(productMessages);
  const format = useMoney();
  const { doc, productAlerts } = usePlanFigures().figures.recomputed;
  const set = (id: ProductId, patch: ProductPatch) => runEdit(updateProductEdit, { id, patch });
  const add = () => runEdit(addProductEdit, { name: m.newSku });
  const actions = useMemo(() => [editCommand(addProductEdit, () => ({ name: m.newSku }))], [m]);
  useRegisterActions('products', actions);
  const products = useMemo(() => [...doc.products].sort((a, b) => a.order - b.order), [doc.products]);
  const alertsById = useMemo(() => {
    const map = new Map<string, ProductAlert[]>();
    for (const a of productAlerts) map.set(a.productId, [...(map.get(a.productId) ?? []), a]);
    return map;
  }, [productAlerts]);
  const alertText = (a: ProductAlert) => {
    switch (a.kind) {
      case 'stock':
        return m.stockAlert(
          a.sku,
          format.number(a.expectedSales, 0),
          format.number(a.availableUnits, 0),
          format.number(a.shortUnits, 0),
        );
      case 'promoAboveRegular':
        return m.promoAboveRegularAlert(
          a.sku,
          format.exact(a.promoPriceMinor),
          format.exact(a.regularPriceMinor),
        );
      case 'belowCost':
        return m.belowCostAlert(
          a.sku,
          format.exact(a.finalPriceMinor),
          format.exact(a.costPriceMinor),
          format.exact(a.lossPerUnitMinor),
        );
    }
  };
  return (
    <ScreenFrame
      title={m.title}
      intro={m.intro}
      actions={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          {m.add}
        </Button>
      }
    >
      {products.length === 0 ? (
        <EmptyState icon={<IconPackage />} body={m.empty} action={<Button onClick={add}>{m.add}</Button>} />
      ) : (
        <Stack gap="sm">
          <WarningsAlert
            warnings={productAlerts.map((a) => ({ key: `${a.kind}-${a.productId}`, text: alertText(a) }))}
            title={m.alerts}
            none={m.noAlerts}
            showAll={m.showAll}
            showLess={m.showLess}
            testId="product-alerts"
          />
          <ProductsTable
            products={products}
            promotions={doc.promotions}
            alertsById={alertsById}
            alertText={alertText}
            format={format}
            onSet={set}
            onRemove={(id) => runEdit(removeProductEdit, id)}
          />
        </Stack>
      )}
    </ScreenFrame>
  );
}
