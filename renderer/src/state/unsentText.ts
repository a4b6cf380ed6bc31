import { useCallback, useState } from 'react';

const PREFIX = 'campaign-desk:unsent:';
/** A pasted table beyond this is not kept across a reload (localStorage is a few MB in all). */
const MAX_KEPT = 200_000;

function read(key: string): string {
  try {
    return localStorage.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

function write(key: string, text: string): void {
  try {
    if (text === '' || text.length > MAX_KEPT) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, text);
  } catch {
    // Storage full or unavailable: the text stays in the box for this visit.
  }
}

/**
 * Text typed into a box that adds something (a lesson, a war-room entry) but not added yet: kept
 * under `key` in localStorage as it is typed, so leaving the tab, the screen or the app does not
 * lose it (it lived in component state and went with the screen). `clear` once it is added.
 */
export function useUnsentText(key: string): [string, (text: string) => void, () => void] {
  const [kept, setKept] = useState(() => ({ key, text: read(key) }));
  // Another plan's box (the screen kept while the plan changed): its own text, read once.
  if (kept.key !== key) setKept({ key, text: read(key) });
  const text = kept.key === key ? kept.text : '';
  const set = useCallback(
    (next: string) => {
      setKept({ key, text: next });
      write(key, next);
    },
    [key],
  );
  const clear = useCallback(() => set(''), [set]);
  return [text, set, clear];
}
