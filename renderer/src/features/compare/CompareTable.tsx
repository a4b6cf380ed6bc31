import { Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { Comparison } from '../../../../shared/compare/compare';
import { useAppMessages, useFormat, useLocale, useMessages } from '../../i18n';
import { compareDeltaText, compareGoalText, compareSectionOrder, formatCompareValue } from './compareText';
import { compareMessages } from './messages';
import { compareRowName } from './rowName';

/** Every row of the comparison: each plan's value and, under it, its delta from the reference. */
export function CompareTable({ comparison }: { comparison: Comparison }) {
  const c = useMessages(compareMessages);
  const m = useAppMessages();
  const f = useFormat();
  const locale = useLocale();
  const { plans } = comparison;

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
        {compareSectionOrder.map((section) => {
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
                    const delta = compareDeltaText(f, c, row.deltas[i]!, row.unit, p.currency);
                    const goal = compareGoalText(f, c, row, i, p.currency);
                    return (
                      <Table.Td key={p.id} data-testid="compare-cell">
                        <Text size="sm" fw={500}>
                          {formatCompareValue(f, row.unit, row.values[i] ?? null, p.currency)}
                        </Text>
                        {goal && (
                          <Text size="xs" c="dimmed">
                            {goal}
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
