import { useMemo } from 'react';
import type { BudgetGroupBy, BudgetSummary } from '../../../../shared/budget/totals';
import { groupsOf } from '../../../../shared/budget/totals';
import { labelInCurrency } from '../../../../shared/budget/money';
import type { BudgetLine, BudgetLineId } from '../../../../shared/domain';
import type { BudgetLinePatch } from '../../../../shared/budget/recipes';
import { useMessages } from '../../i18n';
import { budgetMessages } from './messages';
import { BudgetGroupRow } from './BudgetGroupRow';
import { BudgetLineRow } from './BudgetLineRow';
import {
  columns,
  layoutOf,
  ROW_HEIGHT,
  rowStyle,
  type Option,
  type OptionalBudgetColumn,
  type Row,
} from './budgetColumns';
import type { MoneyFormat } from './useMoney';
import './budgetTable.css';
import { GridTableHeader } from '../../components/GridTableHeader';
import { useFixedRows } from '../../components/useFixedRows';
import { VirtualRows } from '../../components/VirtualRows';

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
  const { scrollRef, virtualizer } = useFixedRows(rows.length, ROW_HEIGHT, 8);
  const numeric = new Set(['unitPrice', 'quantity', 'planned', 'committed', 'actual', 'variance']);
  // Money cells hold plain amounts (100,000.00); their heads say in what, as the totals show it.
  const money = new Set(['unitPrice', 'planned', 'committed', 'actual', 'variance']);
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
        <GridTableHeader
          gridTemplateColumns={layout.gridTemplateColumns}
          height={ROW_HEIGHT}
          columns={columns
            .filter(([key]) => layout.shown.has(key))
            .map(([key]) => ({
              key,
              label:
                key === 'actions'
                  ? ''
                  : money.has(key)
                    ? labelInCurrency(m[key], format.currency, format.locale)
                    : m[key],
              isNumeric: numeric.has(key),
              className: key === 'item' ? 'bt-frozen' : undefined,
            }))}
        />
        <VirtualRows
          virtualizer={virtualizer}
          items={rows}
          row={(row, start) => {
            return row.kind === 'group' ? (
              <BudgetGroupRow
                key={`g-${row.group.key ?? 'none'}`}
                style={rowStyle(start, layout)}
                span={layout.labelSpan}
                row={row}
                format={format}
              />
            ) : (
              <BudgetLineRow
                key={row.line.id}
                top={start}
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
          }}
        />
      </div>
    </div>
  );
}
