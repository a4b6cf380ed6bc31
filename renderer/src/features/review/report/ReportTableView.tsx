import type { PdfTable } from '../../../components/pdf/pdfPages';
import { FigureTable, type FigureColumn } from '../../../components/FigureTable';

/** A report table on the print view, as the PDF writer draws it: the one FigureTable, its numeric columns right-aligned. */
export function ReportTableView({ table }: { table: PdfTable }) {
  const columns: FigureColumn<string[]>[] = table.headers.map((header, i) => ({
    header,
    cell: (row) => row[i] ?? '',
    isText: i > 0 && !table.numeric.includes(i),
  }));
  return (
    <FigureTable
      columns={columns}
      rows={table.rows}
      rowKey={(row) => table.rows.indexOf(row)}
      withTableBorder
      verticalSpacing={2}
      horizontalSpacing="xs"
      fz="sm"
    />
  );
}
