import { Text, Tooltip } from '@mantine/core';
import type { YearRow } from '../../../../shared/figures';
import { FigureTable } from '../../components/FigureTable';
import { useLanguage, useMessages } from '../../i18n';
import { messages } from './messages';
import type { YearMoney } from './useYearMoney';

/** One view of the roll-up: a row per campaign, category, channel or month, and the total. */
export function RollupTable({ rows, total, f }: { rows: readonly YearRow[]; total: YearRow; f: YearMoney }) {
  const m = useMessages(messages);
  const language = useLanguage();
  const isTotal = (row: YearRow) => row === total;
  return (
    <FigureTable
      striped
      highlightOnHover
      withTableBorder
      stickyHeader
      data-testid="year-rollup-table"
      rows={[...rows, total]}
      rowKey={(row) => (isTotal(row) ? '__total' : row.key)}
      rowProps={(row) => ({ fw: isTotal(row) ? 700 : undefined })}
      columns={[
        { header: m.name, cell: (row) => (isTotal(row) ? m.total : row.label[language]) },
        { header: m.planned, cell: (row) => f.money(row.plannedMinor) },
        { header: m.committed, cell: (row) => f.money(row.committedMinor) },
        { header: m.actual, cell: (row) => f.money(row.actualMinor) },
        {
          header: m.variance,
          cell: (row) =>
            row.varianceMinor === null ? (
              <Tooltip label={m.noVariance}>
                <Text span size="sm" c="dimmed">
                  —
                </Text>
              </Tooltip>
            ) : (
              <Text span size="sm" c={row.varianceMinor > 0 ? 'red' : undefined}>
                {f.signed(row.varianceMinor)}
              </Text>
            ),
        },
        {
          header: m.coverage,
          cell: (row) =>
            row.coverage === null ? (
              '—'
            ) : row.isProvisional ? (
              <Tooltip label={m.provisional(f.percent(row.coverage))}>
                <Text span size="sm" c="orange">
                  {f.percent(row.coverage)}*
                </Text>
              </Tooltip>
            ) : (
              f.percent(row.coverage)
            ),
        },
      ]}
    />
  );
}
