import { Table } from '@mantine/core';
import type { PdfTable } from '../../../components/pdf/pdfPages';

/** A report table on the print view, exactly as the PDF writer draws it (same headers, rows, numeric columns). */
export function ReportTableView({ table }: { table: PdfTable }) {
  const align = (i: number) => (table.numeric.includes(i) ? 'right' : undefined);
  return (
    <Table withTableBorder verticalSpacing={2} horizontalSpacing="xs" fz="sm">
      <Table.Thead>
        <Table.Tr>
          {table.headers.map((h, i) => (
            <Table.Th key={i} ta={align(i)}>
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((row, r) => (
          <Table.Tr key={r}>
            {row.map((cell, i) => (
              <Table.Td key={i} ta={align(i)}>
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
