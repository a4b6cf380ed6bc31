import type { Virtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';

/**
 * The body of a virtualised table (@tanstack/react-virtual): as tall as every row together, with
 * only the rows in view (and the overscan) drawn, each at its own `start` from the top.
 */
export function VirtualRows<T>({
  virtualizer,
  items,
  row,
}: {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  items: readonly T[];
  /** One item's row, keyed, placed `start` px down (translateY). */
  row(item: T, start: number): ReactNode;
}) {
  return (
    <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((v) => {
        const item = items[v.index];
        return item === undefined ? null : row(item, v.start);
      })}
    </div>
  );
}
