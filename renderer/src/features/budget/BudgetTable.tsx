import { ActionIcon, Badge, Text, Tooltip } from '@mantine/core';
import { IconLink, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, type CSSProperties } from 'react';
import type { BudgetGroup, BudgetGroupBy, BudgetSummary } from '../../../../shared/budget/totals';
import { groupsOf, isLineOverPlan, lineVarianceMinor } from '../../../../shared/budget/totals';
import type { BudgetLine, BudgetLineId } from '../../../../shared/domain';
import type { BudgetLinePatch } from '../../../../shared/budget/recipes';
import { useMessages } from '../../i18n';
import { budgetMessages } from './messages';
import { DateCell, MoneyCell, QuantityCell, SelectCell, TextCell } from './cells';
import type { MoneyFormat } from './useMoney';
import './budgetTable.css';

export interface Option {
  value: string;
  label: string;
}

type Row = { kind: 'group'; group: BudgetGroup; label: string } | { kind: 'line'; line: BudgetLine };

const columns = [
  ['item', 210],
  ['category', 130],
  ['channel', 110],
  ['phase', 100],
  ['unitPrice', 104],
  ['quantity', 70],
  ['planned', 124],
  ['committed', 112],
  ['actual', 112],
  ['variance', 104],
  ['vendor', 110],
  ['paymentDate', 132],
  ['notes', 150],
  ['actions', 64],
] as const;
export type BudgetColumn = (typeof columns)[number][0];
/** Columns the planner may hide (the column chooser); the rest always show. */
export const optionalBudgetColumns = [
  'phase',
  'unitPrice',
  'quantity',
  'vendor',
  'paymentDate',
  'notes',
] as const satisfies readonly BudgetColumn[];
export type OptionalBudgetColumn = (typeof optionalBudgetColumns)[number];
const ROW_HEIGHT = 36;

interface Layout {
  shown: ReadonlySet<BudgetColumn>;
  gridTemplateColumns: string;
  width: number;
  /** Columns left of 预算金额, which a group row's label spans. */
  labelSpan: number;
}

function layoutOf(hidden: readonly OptionalBudgetColumn[]): Layout {
  const visible = columns.filter(([key]) => !(hidden as readonly BudgetColumn[]).includes(key));
  return {
    shown: new Set(visible.map(([key]) => key)),
    gridTemplateColumns: visible.map(([, w]) => `${w}px`).join(' '),
    width: visible.reduce((sum, [, w]) => sum + w, 0),
    labelSpan: visible.findIndex(([key]) => key === 'planned'),
  };
}

/** Only the position is inline; the rest of a row's look is the .bt-row class (budgetTable.css). */
function rowStyle(top: number, layout: Layout): CSSProperties {
  return { transform: `translateY(${top}px)`, gridTemplateColumns: layout.gridTemplateColumns };
}

function lineKey(line: BudgetLine, by: BudgetGroupBy): string | null {
  return by === 'category' ? line.categoryId : by === 'channel' ? line.channelId : line.phaseId;
}

/** Rows for the virtual list: each group's header with its subtotals, then its lines. */
function buildRows(
  lines: readonly BudgetLine[],
  summary: BudgetSummary,
  by: BudgetGroupBy,
  labelOf: (key: string | null) => string,
): Row[] {
  const byKey = new Map<string | null, BudgetLine[]>();
  for (const line of lines) {
    const key = lineKey(line, by);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(line);
  }
  const rows: Row[] = [];
  for (const group of groupsOf(summary, by)) {
    rows.push({ kind: 'group', group, label: labelOf(group.key) });
    const list = (byKey.get(group.key) ?? []).sort((a, b) => a.order - b.order);
    for (const line of list) rows.push({ kind: 'line', line });
  }
  return rows;
}

export interface BudgetTableProps {
  lines: readonly BudgetLine[];
  summary: BudgetSummary;
  groupBy: BudgetGroupBy;
  labelOf: (key: string | null) => string;
  categories: Option[];
  channels: Option[];
  phases: Option[];
  format: MoneyFormat;
  onUpdate(id: BudgetLineId, patch: BudgetLinePatch): void;
  onRemove(id: BudgetLineId): void;
  onFollow(id: BudgetLineId): void;
  height: number;
  /** Optional columns the planner chose to hide. */
  hiddenColumns: readonly OptionalBudgetColumn[];
}

/**
 * The budget table, virtualised with @tanstack/react-virtual: only the rows in view (plus a few)
 * are in the DOM, so 5,000 lines scroll as smoothly as 50. Every cell edits in place and stores
 * on blur or Enter through the screen's recipes (one undo step per edit).
 */
export function BudgetTable(props: BudgetTableProps) {
  const m = useMessages(budgetMessages);
  const { lines, summary, groupBy, labelOf, format, hiddenColumns } = props;
  const layout = useMemo(() => layoutOf(hiddenColumns), [hiddenColumns]);
  const rows = useMemo(() => buildRows(lines, summary, groupBy, labelOf), [lines, summary, groupBy, labelOf]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const header: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: layout.gridTemplateColumns,
    position: 'sticky',
    top: 0,
    zIndex: 2,
    background: 'var(--mantine-color-gray-1)',
    borderBottom: '1px solid var(--mantine-color-gray-3)',
    fontWeight: 600,
    fontSize: 12,
    height: ROW_HEIGHT,
    alignItems: 'center',
  };
  const numeric = new Set(['unitPrice', 'quantity', 'planned', 'committed', 'actual', 'variance']);
  return (
    <div
      ref={scrollRef}
      data-testid="budget-table"
      role="table"
      aria-rowcount={rows.length + 1}
      style={{
        height: Math.min(props.height, ROW_HEIGHT * (rows.length + 1) + 2),
        overflow: 'auto',
        // Layout inside the scroller never affects the page, so a scroll frame lays out only it.
        contain: 'strict',
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 6,
      }}
    >
      <div style={{ width: layout.width, minWidth: '100%' }}>
        <div style={header} role="row">
          {columns.map(
            ([key]) =>
              layout.shown.has(key) && (
                <div
                  key={key}
                  role="columnheader"
                  className={key === 'item' ? 'bt-frozen' : undefined}
                  style={{ padding: '0 8px', textAlign: numeric.has(key) ? 'right' : 'left' }}
                >
                  {key === 'actions' ? '' : m[key]}
                </div>
              ),
          )}
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index];
            if (!row) return null;
            return row.kind === 'group' ? (
              <GroupRow
                key={`g-${row.group.key ?? 'none'}`}
                style={rowStyle(v.start, layout)}
                span={layout.labelSpan}
                row={row}
                format={format}
              />
            ) : (
              <LineRow
                key={row.line.id}
                top={v.start}
                layout={layout}
                line={row.line}
                categories={props.categories}
                channels={props.channels}
                phases={props.phases}
                format={format}
                onUpdate={props.onUpdate}
                onRemove={props.onRemove}
                onFollow={props.onFollow}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

function GroupRow({
  style,
  span,
  row,
  format,
}: {
  style: CSSProperties;
  span: number;
  row: Extract<Row, { kind: 'group' }>;
  format: MoneyFormat;
}) {
  const m = useMessages(budgetMessages);
  const g = row.group;
  const cell = (content: string, extra: CSSProperties = {}) => (
    <div style={{ padding: '0 8px', textAlign: 'right', fontVariantNumeric: 'tabular-nums', ...extra }}>
      {content}
    </div>
  );
  return (
    <div role="row" data-testid="budget-group-row" className="bt-row bt-group" style={style}>
      <div
        className="bt-frozen"
        title={row.label}
        style={{
          gridColumn: `span ${span}`,
          padding: '0 8px',
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          textOverflow: 'ellipsis',
        }}
      >
        {row.label} · {m.subtotal} · {m.lines(g.lineCount)}
        {g.burn !== null && (
          <Text span size="xs" c="dimmed" ml={8}>
            {m.burn} {format.percent(g.burn)}
          </Text>
        )}
      </div>
      {cell(format.money(g.plannedMinor))}
      {cell(format.money(g.committedMinor))}
      {cell(g.linesWithActual > 0 ? format.money(g.actualMinor) : '—')}
      {cell(g.linesWithActual > 0 ? format.money(g.varianceMinor) : '—', {
        color: g.varianceMinor > 0 ? 'var(--mantine-color-red-7)' : undefined,
      })}
    </div>
  );
}

type LineRowProps = Pick<
  BudgetTableProps,
  'categories' | 'channels' | 'phases' | 'format' | 'onUpdate' | 'onRemove' | 'onFollow'
> & {
  top: number;
  layout: Layout;
  line: BudgetLine;
};

/** One budget line; memoised so that scrolling renders only the rows that come into view. */
const LineRow = memo(function LineRow({
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
  return (
    <div
      role="row"
      data-testid="budget-line-row"
      data-line-id={line.id}
      className={over ? 'bt-row bt-over' : 'bt-row'}
      style={rowStyle(top, layout)}
    >
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
      <div className="bt-pad">
        <SelectCell
          value={line.categoryId}
          options={categories}
          label={m.category}
          onChange={(v) => set({ categoryId: v as BudgetLine['categoryId'] })}
        />
      </div>
      <div className="bt-pad">
        <SelectCell
          value={line.channelId}
          options={channels}
          label={m.channel}
          onChange={(v) => set({ channelId: v as BudgetLine['channelId'] })}
        />
      </div>
      {layout.shown.has('phase') && (
        <div className="bt-pad">
          <SelectCell
            value={line.phaseId}
            options={phases}
            label={m.phase}
            onChange={(v) => set({ phaseId: v as BudgetLine['phaseId'] })}
          />
        </div>
      )}
      {layout.shown.has('unitPrice') && (
        <div className="bt-pad">
          <MoneyCell
            valueMinor={line.unitPriceMinor}
            currency={format.currency}
            label={m.unitPrice}
            allowEmpty
            isLazy
            onCommit={(unitPriceMinor) => set({ unitPriceMinor })}
          />
        </div>
      )}
      {layout.shown.has('quantity') && (
        <div className="bt-pad">
          <QuantityCell
            value={line.quantity}
            label={m.quantity}
            isLazy
            onCommit={(quantity) => set({ quantity })}
          />
        </div>
      )}
      <div className="bt-pad">
        <MoneyCell
          valueMinor={line.plannedMinor}
          currency={format.currency}
          label={m.planned}
          testId="budget-line-planned"
          readOnly={derived}
          title={derived ? `${m.unitPrice} × ${m.quantity}` : undefined}
          onCommit={(plannedMinor) => plannedMinor !== null && set({ plannedMinor })}
        />
      </div>
      <div className="bt-pad">
        <MoneyCell
          valueMinor={line.committedMinor}
          currency={format.currency}
          label={m.committed}
          isLazy
          onCommit={(committedMinor) => committedMinor !== null && set({ committedMinor })}
        />
      </div>
      <div className="bt-pad">
        <MoneyCell
          valueMinor={line.actualMinor}
          currency={format.currency}
          label={m.actual}
          allowEmpty
          isLazy
          onCommit={(actualMinor) => set({ actualMinor })}
        />
      </div>
      <div
        className={`bt-variance${variance !== null && variance > 0 ? ' bt-variance-over' : ''}${over ? ' bt-bold' : ''}`}
      >
        {variance === null ? '—' : format.money(variance)}
      </div>
      {layout.shown.has('vendor') && (
        <div className="bt-pad">
          <TextCell value={line.vendor} label={m.vendor} isLazy onCommit={(vendor) => set({ vendor })} />
        </div>
      )}
      {layout.shown.has('paymentDate') && (
        <div className="bt-pad">
          <DateCell
            value={line.paymentDate}
            label={m.paymentDate}
            onChange={(paymentDate) => set({ paymentDate })}
          />
        </div>
      )}
      {layout.shown.has('notes') && (
        <div className="bt-pad">
          <TextCell value={line.notes} label={m.notes} isLazy onCommit={(notes) => set({ notes })} />
        </div>
      )}
      <div className="bt-actions">
        {isLinked && line.isOverridden && (
          <ActionIcon
            size="sm"
            variant="subtle"
            aria-label={m.follow}
            title={m.follow}
            onClick={() => onFollow(line.id)}
          >
            <IconRefresh size={14} />
          </ActionIcon>
        )}
        <ActionIcon
          size="sm"
          variant="subtle"
          color="red"
          aria-label={m.deleteLine}
          title={isLinked && !line.isOverridden ? m.linkedNoDelete : m.deleteLine}
          disabled={isLinked && !line.isOverridden}
          onClick={() => onRemove(line.id)}
        >
          <IconTrash size={14} />
        </ActionIcon>
      </div>
    </div>
  );
});
