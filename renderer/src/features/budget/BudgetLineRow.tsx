import { Badge, Tooltip } from '@mantine/core';
import { IconLink, IconRefresh, IconTrash } from '@tabler/icons-react';
import { Fragment, memo, type ReactNode } from 'react';
import { isLineOverPlan, lineVarianceMinor } from '../../../../shared/budget/totals';
import type { BudgetLine } from '../../../../shared/domain';
import type { BudgetLinePatch } from '../../../../shared/budget/recipes';
import { RowIconButton } from '../../components/RowIconButton';
import { useMessages } from '../../i18n';
import type { BudgetTableProps } from './BudgetTable';
import { columns, rowStyle, type BudgetColumn, type Layout, type Option } from './budgetColumns';
import { budgetMessages } from './messages';
import { DateCell, MoneyCell, QuantityCell, SelectCell, TextCell } from './cells';

type LineRowProps = Pick<
  BudgetTableProps,
  'categories' | 'channels' | 'phases' | 'format' | 'onUpdate' | 'onRemove' | 'onFollow'
> & {
  top: number;
  layout: Layout;
  line: BudgetLine;
};

/** Columns whose cell brings its own box (the rest are padded alike). */
const unpadded: ReadonlySet<BudgetColumn> = new Set(['item', 'variance', 'actions']);

/** One budget line; memoised so that scrolling renders only the rows that come into view. */
export const BudgetLineRow = memo(function BudgetLineRow({
  top,
  layout,
  line,
  categories,
  channels,
  phases,
  format,
  onUpdate,
  onRemove,
  onFollow,
}: LineRowProps) {
  const m = useMessages(budgetMessages);
  const set = (patch: BudgetLinePatch) => onUpdate(line.id, patch);
  const derived = line.unitPriceMinor !== null && line.quantity !== null;
  const isLinked = line.promotionId !== null;
  const over = isLineOverPlan(line);
  const variance = lineVarianceMinor(line);
  const select = (key: 'categoryId' | 'channelId' | 'phaseId', options: Option[], label: string) => (
    <SelectCell
      value={line[key]}
      options={options}
      label={label}
      onChange={(v) => set({ [key]: v } as BudgetLinePatch)}
    />
  );
  const money = (
    key: 'unitPriceMinor' | 'committedMinor' | 'actualMinor',
    label: string,
    allowEmpty: boolean,
  ) => (
    <MoneyCell
      valueMinor={line[key]}
      currency={format.currency}
      label={label}
      allowEmpty={allowEmpty}
      isLazy
      onCommit={(v) => (allowEmpty || v !== null) && set({ [key]: v } as BudgetLinePatch)}
    />
  );
  const text = (key: 'vendor' | 'notes', label: string) => (
    <TextCell value={line[key]} label={label} isLazy onCommit={(v) => set({ [key]: v } as BudgetLinePatch)} />
  );
  // What each column shows, in the order of `columns`; a hidden column's cell is not drawn.
  const cells: Record<BudgetColumn, ReactNode> = {
    item: (
      <div className="bt-pad bt-item bt-frozen">
        {isLinked && (
          <Tooltip label={m.linkedHint} multiline w={260}>
            <Badge
              size="xs"
              variant="light"
              color={line.isOverridden ? 'orange' : 'grape'}
              leftSection={<IconLink size={10} />}
              style={{ flexShrink: 0, overflow: 'visible' }}
            >
              {line.isOverridden ? m.overridden : m.linked}
            </Badge>
          </Tooltip>
        )}
        <TextCell value={line.item} label={m.item} onCommit={(item) => set({ item })} />
      </div>
    ),
    category: select('categoryId', categories, m.category),
    channel: select('channelId', channels, m.channel),
    phase: select('phaseId', phases, m.phase),
    unitPrice: money('unitPriceMinor', m.unitPrice, true),
    quantity: (
      <QuantityCell
        value={line.quantity}
        label={m.quantity}
        isLazy
        onCommit={(quantity) => set({ quantity })}
      />
    ),
    planned: (
      <MoneyCell
        valueMinor={line.plannedMinor}
        currency={format.currency}
        label={m.planned}
        testId="budget-line-planned"
        readOnly={derived}
        title={derived ? `${m.unitPrice} × ${m.quantity}` : undefined}
        onCommit={(plannedMinor) => plannedMinor !== null && set({ plannedMinor })}
      />
    ),
    committed: money('committedMinor', m.committed, false),
    actual: money('actualMinor', m.actual, true),
    variance: (
      <div
        className={`bt-variance${variance !== null && variance > 0 ? ' bt-variance-over' : ''}${over ? ' bt-bold' : ''}`}
      >
        {variance === null ? '—' : format.money(variance)}
      </div>
    ),
    vendor: text('vendor', m.vendor),
    paymentDate: (
      <DateCell
        value={line.paymentDate}
        label={m.paymentDate}
        onChange={(paymentDate) => set({ paymentDate })}
      />
    ),
    notes: text('notes', m.notes),
    actions: (
      <div className="bt-actions">
        {isLinked && line.isOverridden && (
          <RowIconButton
            label={m.follow}
            title={m.follow}
            icon={<IconRefresh size={14} />}
            onClick={() => onFollow(line.id)}
          />
        )}
        <RowIconButton
          color="red"
          label={m.deleteLine}
          title={isLinked && !line.isOverridden ? m.linkedNoDelete : m.deleteLine}
          disabled={isLinked && !line.isOverridden}
          icon={<IconTrash size={14} />}
          onClick={() => onRemove(line.id)}
        />
      </div>
    ),
  };
  return (
    <div
      role="row"
      data-testid="budget-line-row"
      data-line-id={line.id}
      className={over ? 'bt-row bt-over' : 'bt-row'}
      style={rowStyle(top, layout)}
    >
      {columns.map(([key]) =>
        !layout.shown.has(key) ? null : unpadded.has(key) ? (
          <Fragment key={key}>{cells[key]}</Fragment>
        ) : (
          <div key={key} className="bt-pad">
            {cells[key]}
          </div>
        ),
      )}
    </div>
  );
});
