import { useLayoutEffect, useRef } from 'react';

/**
 * A ref holding what the last committed render passed: for handlers that must stay the same
 * object from one render to the next (a memoised row's actions, a window listener, a timer) yet
 * call the newest props. Updated in a layout effect, so an event never sees a render that was
 * thrown away.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
