import { create } from 'zustand';

/**
 * Text typed into a field but not stored yet. A field registers itself while its draft differs
 * from what is stored, with a function that stores the draft now; the header shows
 * "Saving…" while any is registered, and leaving the page (or closing the window) stores them
 * all before anything else happens. So nothing typed is only in a field when "Saved" shows.
 */
const pending = new Map<symbol, () => void>();

export const useDraftStore = create<{ pendingCount: number }>(() => ({ pendingCount: 0 }));

function publish(): void {
  if (useDraftStore.getState().pendingCount !== pending.size)
    useDraftStore.setState({ pendingCount: pending.size });
}

/** `id`'s draft is not stored yet; `storeNow` stores it synchronously (into the plan store). */
export function markDraftPending(id: symbol, storeNow: () => void): void {
  pending.set(id, storeNow);
  publish();
}

export function clearDraftPending(id: symbol): void {
  if (pending.delete(id)) publish();
}

/** Stores every field's draft now (page hidden, window closing, an export about to read the plan). */
export function storeAllDrafts(): void {
  for (const storeNow of [...pending.values()]) storeNow();
}
