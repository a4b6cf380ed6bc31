import type { ReactNode } from 'react';

/** One column header of a GridTableHeader. */
interface GridColumnHeader {
  key: string;
  label: ReactNode;
  /** A column of figures: its header is right-aligned over them. */
  isNumeric: boolean;
  className?: string;
}

/**
 * The header row of a virtualised grid table (the budget's lines, the SKU sheet): it stays at the
 * top while the rows scroll under it, on the rows' own grid of columns.
 */
export function GridTableHeader({
  columns,
  gridTemplateColumns,
  height,
}: {
  columns: readonly GridColumnHeader[];
  gridTemplateColumns: string;
  height: number;
}) {
  return (
    <div
      role="row"
      style={{
        display: 'grid',
        gridTemplateColumns,
        position: 'sticky',
        top: 0,
        zIndex: 2,
        background: 'var(--mantine-color-gray-1)',
        borderBottom: '1px solid var(--mantine-color-gray-3)',
        fontWeight: 600,
        fontSize: 12,
        height,
        alignItems: 'center',
      }}
    >
      {columns.map((c) => (
        <div
          key={c.key}
          role="columnheader"
          className={c.className}
          style={{ padding: '0 8px', textAlign: c.isNumeric ? 'right' : 'left' }}
        >
          {c.label}
        </div>
      ))}
    </div>
  );
}
