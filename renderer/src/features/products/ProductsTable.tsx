import { Badge, Group, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMemo, type CSSProperties } from 'react';
import { lowestUnitPrice, type ProductAlert } from '../../../../shared/budget/productAlerts';
import type { ProductPatch } from '../../../../shared/budget/recipes';
import {
  productRoles,
  type Product,
  type ProductId,
  type ProductRole,
  type Promotion,
} from '../../../../shared/domain';
import { RowIconButton } from '../../components/RowIconButton';
import { useMessages } from '../../i18n';
import { MoneyCell, QuantityCell, SelectCell, TextCell } from '../budget/cells';
import type { MoneyFormat } from '../budget/useMoney';
import { productMessages } from './messages';
import { GridTableHeader } from '../../components/GridTableHeader';
import { useFixedRows } from '../../components/useFixedRows';
import { VirtualRows } from '../../components/VirtualRows';

const columns = [
  ['sku', 120],
  ['name', 180],
  ['category', 100],
  ['role', 110],
  ['stock', 90],
  ['safetyStock', 90],
  ['regularPrice', 110],
  ['promoPrice', 110],
  ['costPrice', 110],
  ['lowestPrice', 120],
  ['expectedSales', 100],
  // Room for both badges in English too ("1,200 SHORT" + "BELOW COST"), not cut to "120 SH…".
  ['alerts', 210],
  ['actions', 44],
] as const;
const gridTemplateColumns = columns.map(([, w]) => `${w}px`).join(' ');
const width = columns.reduce((s, [, w]) => s + w, 0);
const ROW = 38;
const numeric = new Set([
  'stock',
  'safetyStock',
  'regularPrice',
  'promoPrice',
  'costPrice',
  'lowestPrice',
  'expectedSales',
]);

/** The SKU sheet, virtualised like the budget table so hundreds of SKUs open at once. */
export function ProductsTable({
  products,
  promotions,
  alertsById,
  alertText,
  format,
  onSet,
  onRemove,
}: {
  products: Product[];
  promotions: Promotion[];
  alertsById: Map<string, ProductAlert[]>;
  alertText(a: ProductAlert): string;
  format: MoneyFormat;
  onSet(id: ProductId, patch: ProductPatch): void;
  onRemove(id: ProductId): void;
}) {
  const m = useMessages(productMessages);
  const { scrollRef, virtualizer } = useFixedRows(products.length, ROW, 6);
  const lowest = useMemo(
    () => new Map(products.map((p) => [p.id as string, lowestUnitPrice(p, promotions).finalPriceMinor])),
    [products, promotions],
  );
  const headerLabel = (key: (typeof columns)[number][0]) => {
    if (key === 'actions') return '';
    if (key === 'lowestPrice')
      return (
        <Tooltip label={m.lowestPriceHint} multiline w={260}>
          <span style={{ textDecoration: 'underline dotted' }}>{m.lowestPrice}</span>
        </Tooltip>
      );
    return m[key];
  };
  const height = Math.min(520, ROW * (products.length + 1) + 2);
  return (
    <div
      ref={scrollRef}
      data-testid="products-table"
      role="table"
      style={{ height, overflow: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}
    >
      <div style={{ width, minWidth: '100%' }}>
        <GridTableHeader
          gridTemplateColumns={gridTemplateColumns}
          height={ROW}
          columns={columns.map(([key]) => ({ key, label: headerLabel(key), isNumeric: numeric.has(key) }))}
        />
        <VirtualRows
          virtualizer={virtualizer}
          items={products}
          row={(p, start) => {
            const style: CSSProperties = {
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              height: ROW,
              transform: `translateY(${start}px)`,
              display: 'grid',
              gridTemplateColumns,
              alignItems: 'center',
              borderBottom: '1px solid var(--mantine-color-gray-2)',
            };
            const alerts = alertsById.get(p.id) ?? [];
            const price = lowest.get(p.id) ?? p.regularPriceMinor;
            const belowCost = p.costPriceMinor !== null && price < p.costPriceMinor;
            const set = (patch: ProductPatch) => onSet(p.id, patch);
            const cell = { padding: '0 4px' };
            const count = (value: number | null, label: string, commit: (v: number | null) => void) => (
              <QuantityCell isWhole value={value} label={label} onCommit={commit} />
            );
            const money = (
              value: number | null,
              label: string,
              allowEmpty: boolean,
              commit: (v: number | null) => void,
            ) => (
              <MoneyCell
                valueMinor={value}
                currency={format.currency}
                label={label}
                allowEmpty={allowEmpty}
                onCommit={(v) => (v === null || v >= 0) && commit(v)}
              />
            );
            return (
              <div
                key={p.id}
                role="row"
                data-testid="product-row"
                style={{
                  ...style,
                  background: alerts.length > 0 ? 'var(--mantine-color-orange-0)' : undefined,
                }}
              >
                <div style={cell}>
                  <TextCell
                    label={m.sku}
                    value={p.sku}
                    onCommit={(sku) => sku.trim() !== '' && set({ sku: sku.trim() })}
                  />
                </div>
                <div style={cell}>
                  <TextCell label={m.name} value={p.name} onCommit={(name) => set({ name })} />
                </div>
                <div style={cell}>
                  <TextCell
                    label={m.category}
                    value={p.category}
                    onCommit={(category) => set({ category })}
                  />
                </div>
                <div style={cell}>
                  <SelectCell
                    isRequired
                    label={m.role}
                    value={p.role}
                    options={productRoles.map((r) => ({ value: r, label: m.roles[r] }))}
                    onChange={(v) => v && set({ role: v as ProductRole })}
                  />
                </div>
                <div style={cell}>{count(p.stock, m.stock, (stock) => set({ stock: stock ?? 0 }))}</div>
                <div style={cell}>
                  {count(p.safetyStock, m.safetyStock, (safetyStock) =>
                    set({ safetyStock: safetyStock ?? 0 }),
                  )}
                </div>
                <div style={cell}>
                  {money(p.regularPriceMinor, m.regularPrice, false, (v) =>
                    set({ regularPriceMinor: v ?? 0 }),
                  )}
                </div>
                <div style={cell}>
                  {money(p.promoPriceMinor, m.promoPrice, true, (v) => set({ promoPriceMinor: v }))}
                </div>
                <div style={cell}>
                  {money(p.costPriceMinor, m.costPrice, true, (v) => set({ costPriceMinor: v }))}
                </div>
                <div
                  style={{
                    padding: '0 8px',
                    textAlign: 'right',
                    fontSize: 13,
                    fontVariantNumeric: 'tabular-nums',
                    color: belowCost ? 'var(--mantine-color-red-7)' : undefined,
                    fontWeight: belowCost ? 700 : undefined,
                  }}
                  data-testid="product-lowest-price"
                >
                  {format.exact(price)}
                </div>
                <div style={cell}>
                  {count(p.expectedSales, m.expectedSales, (expectedSales) => set({ expectedSales }))}
                </div>
                <Group gap={4} px={4} wrap="nowrap">
                  {alerts.length === 0 ? (
                    <Badge size="sm" color="teal" variant="light">
                      {m.ok}
                    </Badge>
                  ) : (
                    alerts.map((a) => (
                      <Tooltip key={a.kind} label={alertText(a)} multiline w={280}>
                        <Badge size="sm" color={a.kind === 'belowCost' ? 'red' : 'orange'} variant="filled">
                          {a.kind === 'stock'
                            ? m.stockShort(format.number(a.shortUnits, 0))
                            : a.kind === 'promoAboveRegular'
                              ? m.promoAboveRegular
                              : m.belowCost}
                        </Badge>
                      </Tooltip>
                    ))
                  )}
                </Group>
                <RowIconButton
                  color="red"
                  label={m.remove}
                  icon={<IconTrash size={14} />}
                  onClick={() => onRemove(p.id)}
                />
              </div>
            );
          }}
        />
      </div>
    </div>
  );
}
