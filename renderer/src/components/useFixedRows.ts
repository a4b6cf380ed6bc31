import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/**
 * The scroller and the virtualiser of a table whose rows are all `rowHeight` px tall (the budget's
 * lines, the SKU sheet): put `scrollRef` on the scrolling box and hand `virtualizer` to VirtualRows.
 */
export function useFixedRows(count: number, rowHeight: number, overscan: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  return { scrollRef, virtualizer };
}
