import { Table, Text, Tooltip } from '@mantine/core';
import type { YearRow } from '../../../../shared/figures';
import { useLanguage, useMessages } from '../../i18n';
import { messages } from './messages';
import type { YearMoney } from './useYearMoney';

/** One view of the roll-up: a row per campaign, category, channel or month, and the total. */
export function RollupTable({ rows, total, f }: { rows: readonly YearRow[]; total: YearRow; f: YearMoney }) {
  const m = useMessages(messages);
  const language = useLanguage();
  const line = (row: YearRow, isTotal: boolean) => (
    <Table.Tr key={isTotal ? '__total' : row.key} fw={isTotal ? 700 : undefined}>
      <Table.Td>{isTotal ? m.total : row.label[language]}</Table.Td>
      <Table.Td ta="right">{f.money(row.plannedMinor)}</Table.Td>
      <Table.Td ta="right">{f.money(row.committedMinor)}</Table.Td>
      <Table.Td ta="right">{f.money(row.actualMinor)}</Table.Td>
      <Table.Td ta="right">
        {row.varianceMinor === null ? (
          <Tooltip label={m.noVariance}>
            <Text span size="sm" c="dimmed">
              —
            </Text>
          </Tooltip>
        ) : (
          <Text span size="sm" c={row.varianceMinor > 0 ? 'red' : undefined}>
            {f.signed(row.varianceMinor)}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        {row.coverage === null ? (
          '—'
        ) : row.isProvisional ? (
          <Tooltip label={m.provisional(f.percent(row.coverage))}>
            <Text span size="sm" c="orange">
              {f.percent(row.coverage)}*
            </Text>
          </Tooltip>
        ) : (
          f.percent(row.coverage)
        )}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Table striped highlightOnHover withTableBorder stickyHeader data-testid="year-rollup-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{m.name}</Table.Th>
          <Table.Th ta="right">{m.planned}</Table.Th>
          <Table.Th ta="right">{m.committed}</Table.Th>
          <Table.Th ta="right">{m.actual}</Table.Th>
          <Table.Th ta="right">{m.variance}</Table.Th>
          <Table.Th ta="right">{m.coverage}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => line(row, false))}
        {line(total, true)}
      </Table.Tbody>
    </Table>
  );
}
