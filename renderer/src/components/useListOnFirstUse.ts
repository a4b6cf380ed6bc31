import { useCallback, useMemo, useState } from 'react';

/**
 * Props for a Mantine Select on a screen's first frame: its option list is built when the planner
 * first points at or focuses the field, not with the screen. Kept mounted (hidden) from the start,
 * each list places itself and measures its scroll area in the first frame (forced style and
 * layout of the whole screen). Kept mounted from first use on, so ArrowDown on a focused field
 * still opens the list with the current option highlighted, as Mantine does.
 */
export function useListOnFirstUse() {
  const [used, setUsed] = useState(false);
  const use = useCallback(() => setUsed(true), []);
  return useMemo(
    () => ({ comboboxProps: { keepMounted: used }, onPointerEnter: use, onFocus: use }),
    [used, use],
  );
}
