import { useCallback, useMemo, useState } from 'react';

/**
 * Whether the planner has pointed at or focused a control yet, and the handlers that tell: for
 * what a control opens or shows (a Select's option list, a button's modal, a row's tooltips),
 * built on first use instead of with the screen. Mounted closed from the start, a Select's list places itself and measures its
 * scroll area in the screen's first frame (forced style and layout of the whole screen), and a
 * Modal draws its portal. From first use on the thing stays mounted, so it opens as before:
 * ArrowDown on a focused Select highlights the current option, a Modal fades in.
 */
export function useFirstUse() {
  const [used, setUsed] = useState(false);
  const use = useCallback(() => setUsed(true), []);
  return useMemo(() => ({ used, trigger: { onPointerEnter: use, onFocus: use } }), [used, use]);
}
