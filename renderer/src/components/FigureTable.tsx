import { Table, type MantineColor, type TableProps, type TableTrProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** One column of a FigureTable. */
export interface FigureColumn<Row> {
  header: ReactNode;
  cell(row: Row): ReactNode;
  /** A column of words rather than figures: left-aligned although it is not the first. */
  isText?: boolean;
  /** Keep the header and the cells on one line. */
  noWrap?: boolean;
  width?: number;
  /** A cell's colour, e.g. red where an alert fired on that figure. */
  color?(row: Row): MantineColor | undefined;
  testId?(row: Row): string | undefined;
}

type RowProps = TableTrProps & { [data: `data-${string}`]: string | number | undefined };

/**
 * The one table of figures: the first column names the row, every other column is a figure,
 * right-aligned. Headers are column headers (`scope="col"`) so a screen reader reads each cell with
 * its column's name. Table looks (border, stripes, spacing, size) pass through to Mantine's Table.
 */
export function FigureTable<Row>({
  columns,
  rows,
  rowKey,
  rowProps,
  ...table
}: {
  columns: readonly FigureColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string | number;
  /** Per-row attributes: `data-*` for tests, `fw` for a total row. */
  rowProps?(row: Row): RowProps;
} & Omit<TableProps, 'children' | 'data'>) {
  const align = (c: FigureColumn<Row>, index: number) => (index === 0 || c.isText ? undefined : 'right');
  const noWrap = (c: FigureColumn<Row>) => (c.noWrap ? { whiteSpace: 'nowrap' as const } : undefined);
  return (
    <Table {...table}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c, i) => (
            <Table.Th key={i} scope="col" ta={align(c, i)} w={c.width} style={noWrap(c)}>
              {c.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((c, i) => (
              <Table.Td
                key={i}
                ta={align(c, i)}
                c={c.color?.(row)}
                style={noWrap(c)}
                data-testid={c.testId?.(row)}
              >
                {c.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
