import { Text } from '@mantine/core';
import { FigureTable, type FigureColumn } from '../../components/FigureTable';

/**
 * One list of the roll-forward review (holiday moves, goal baselines, lessons): striped and
 * bordered, or a dimmed line saying there is nothing of the kind.
 */
export function RollTable<Row>({
  testId,
  empty,
  emptyTestId,
  rows,
  rowKey,
  rowTestId,
  columns,
}: {
  testId: string;
  empty: string;
  emptyTestId?: string;
  rows: readonly Row[];
  rowKey(row: Row): string;
  rowTestId?: string;
  columns: readonly FigureColumn<Row>[];
}) {
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid={emptyTestId}>
        {empty}
      </Text>
    );
  }
  return (
    <FigureTable
      striped
      withTableBorder
      data-testid={testId}
      rows={rows}
      rowKey={rowKey}
      rowProps={rowTestId ? () => ({ 'data-testid': rowTestId }) : undefined}
      columns={columns}
    />
  );
}
