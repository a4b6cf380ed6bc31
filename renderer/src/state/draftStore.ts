import { create } from 'zustand';

/**
 * Text typed into a field but not stored yet. A field registers itself while its draft differs
 * from what is stored, with a function that stores the draft now; the header shows
 * "Saving…" while any is registered, and leaving the page (or closing the window) stores them
 * all before anything else happens. So nothing typed is only in a field when "Saved" shows.
 */
const pending = new Map<symbol, () => void>();
/**
 * Fields holding text that does not read (a money field with "1.2万x"): it is marked in the field
 * and not stored, so the header must not say "Saved" while it is there.
 */
const refused = new Set<symbol>();

export const useDraftStore = create<{ pendingCount: number; refusedCount: number }>(() => ({
  pendingCount: 0,
  refusedCount: 0,
}));

function publish(): void {
  const { pendingCount, refusedCount } = useDraftStore.getState();
  if (pendingCount !== pending.size || refusedCount !== refused.size)
    useDraftStore.setState({ pendingCount: pending.size, refusedCount: refused.size });
}

/** `id` holds text that was refused (true) or no longer does (false). */
export function markDraftRefused(id: symbol, isRefused: boolean): void {
  const had = refused.has(id);
  if (isRefused === had) return;
  if (isRefused) refused.add(id);
  else refused.delete(id);
  publish();
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
