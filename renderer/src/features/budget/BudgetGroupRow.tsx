import { Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useMessages } from '../../i18n';
import type { Row } from './budgetColumns';
import { budgetMessages } from './messages';
import type { MoneyFormat } from './useMoney';

/** A group's header row in the budget table: its name, line count and burn, and its subtotals. */
export function BudgetGroupRow({
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
