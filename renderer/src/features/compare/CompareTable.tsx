import { Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { CompareRow, CompareUnit, Comparison, Delta } from '../../../../shared/compare/compare';
import { useAppMessages, useFormat, useLocale, useMessages, type Formatters } from '../../i18n';
import { formatGoalValue } from '../review/formatValue';
import { compareMessages } from './messages';
import { compareRowName } from './rowName';

const sectionOrder: CompareRow['section'][] = ['actual', 'forecast', 'goals', 'budget', 'score'];

function formatValue(f: Formatters, unit: CompareUnit, v: number | null, currency: string): string {
  if (v === null) return '—';
  switch (unit) {
    case 'money':
      return f.money(v, currency);
    case 'count':
      return f.number(v, 0);
    case 'rate':
      return f.percent(v, 2);
    case 'ratio':
      return f.number(v, 2);
    case 'score':
      return f.number(v, 1);
  }
}

const signed = (v: number, text: string) => (v > 0 ? `+${text}` : text);

/** Every row of the comparison: each plan's value and, under it, its delta from the reference. */
export function CompareTable({ comparison }: { comparison: Comparison }) {
  const c = useMessages(compareMessages);
  const m = useAppMessages();
  const f = useFormat();
  const locale = useLocale();
  const { plans } = comparison;

  function deltaText(d: Delta, unit: CompareUnit, currency: string): string | null {
    if (d.delta === null) return null;
    const main =
      unit === 'rate'
        ? c.points(signed(d.delta, f.number(d.delta * 100, 2)))
        : signed(d.delta, formatValue(f, unit, d.delta, currency));
    return d.pct === null ? main : `${main} · ${signed(d.pct, f.percent(d.pct, 1))}`;
  }

  return (
    <Table withTableBorder striped data-testid="compare-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c.figure}</Table.Th>
          {plans.map((p, i) => (
            <Table.Th key={p.id}>
              {p.name}
              {i === 0 && (
                <Text size="xs" c="dimmed">
                  {c.reference}
                </Text>
              )}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sectionOrder.map((section) => {
          const rows = comparison.rows.filter((r) => r.section === section);
          if (rows.length === 0) return null;
          return (
            <Fragment key={section}>
              <Table.Tr>
                <Table.Th colSpan={plans.length + 1} bg="gray.1">
                  {c.sections[section]}
                </Table.Th>
              </Table.Tr>
              {rows.map((row) => (
                <Table.Tr key={row.key} data-testid="compare-row" data-row={row.key}>
                  <Table.Td>{compareRowName(row, c, m, locale)}</Table.Td>
                  {plans.map((p, i) => {
                    const delta = deltaText(row.deltas[i]!, row.unit, p.currency);
                    const goal = row.goals?.[i] ?? null;
                    return (
                      <Table.Td key={p.id} data-testid="compare-cell">
                        <Text size="sm" fw={500}>
                          {formatValue(f, row.unit, row.values[i] ?? null, p.currency)}
                        </Text>
                        {goal && (
                          <Text size="xs" c="dimmed">
                            {c.goalDetail(
                              formatGoalValue(f, goal.unit, goal.actual, p.currency),
                              formatGoalValue(f, goal.unit, goal.target, p.currency),
                            )}
                          </Text>
                        )}
                        {delta && (
                          <Text
                            size="xs"
                            c={(row.deltas[i]!.delta ?? 0) < 0 ? 'red.8' : 'teal.8'}
                            data-testid="compare-delta"
                          >
                            {delta}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
