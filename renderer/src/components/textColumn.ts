import type { ReactNode } from 'react';
import type { FigureColumn } from './FigureTable';

/**
 * A FigureTable column of words, dates or controls rather than figures: left-aligned like the
 * first. Tables that read as a list (the war room's hour log, the roll-forward review) are made of
 * these alone.
 */
export function textColumn<Row>(
  header: ReactNode,
  cell: (row: Row) => ReactNode,
  more?: Omit<FigureColumn<Row>, 'header' | 'cell' | 'isText'>,
): FigureColumn<Row> {
  return { header, cell, isText: true, ...more };
}
