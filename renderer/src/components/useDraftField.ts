import { useCallback, useEffect, useRef, useState } from 'react';
import { useLatest } from './useLatest';
import { clearDraftPending, markDraftPending, markDraftRefused } from '../state/draftStore';
import { runAsFieldEdit } from '../state/fieldEdit';
import { usePlanStore } from '../state/planStore';
import { useWorkspaceStore } from '../state/workspaceStore';

/** How long after the last keystroke typed text is stored. */
export const STORE_AFTER_MS = 500;

/** What a field's text reads as: a value to store, or why not (`null`: put the stored text back). */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; message: string | null };

export interface DraftFieldOptions<T> {
  /** The stored value as the field shows it. */
  shown: string;
  /** Reads typed text. Returning the stored value itself stores nothing. */
  read(text: string): ReadResult<T>;
  /** Whether `value` is what is stored already. */
  isStored(value: T): boolean;
  /**
   * Stores the value (through planStore.commit or workspaceStore.commit; every commit it makes joins the field's one undo
   * step). Returning false means the screen refused it: the field shows the stored value again.
   */
  store(value: T): boolean | void;
  /** Told why typed text was refused when the edit ends (it stays in the field, marked). */
  onRefused?(message: string): void;
}

let sessions = 0;

/**
 * The one way a field keeps typed text: a draft that is stored STORE_AFTER_MS after the last
 * keystroke, on blur and on Enter, and at once when the page is left (state/draftStore) — never
 * only on blur, so a reload or a closed window loses nothing. One field edit, however many
 * pauses it has, is one undo step (planStore's mergeKey). While the planner types, the stored
 * value does not overwrite the draft ("1.2万" is not turned into "12,000" mid-word); leaving the
 * field shows the stored form. Text that does not read is not stored: the field says why (`error`)
 * as soon as the pause that would store it passes, and the header does not say "Saved" while it
 * stays (state/draftStore); when the edit ends on such text, what it stored mid-word ("1.2" of
 * "1.2万x") is taken back, so nothing is left half-way. Without a message the stored text is put
 * back instead. Escape takes the edit back.
 */
export function useDraftField<T>({ shown, read, isStored, store, onRefused }: DraftFieldOptions<T>) {
  const [draft, setDraftState] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const id = useRef(Symbol('draft'));
  const draftRef = useRef(shown);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mergeKey = useRef<string | null>(null);
  // The stored text changed because this field stored: keep what is being typed.
  const storedByMe = useRef(false);
  // The newest handlers for the timer and the page-leaving store, which outlive this render.
  const latest = useLatest({ read, isStored, store, shown, onRefused });

  // The field holds refused text: a change of the stored value (its own edit taken back) leaves it.
  const isRefused = useRef(false);
  /** Marks the field (and the header) refused, or clears that. */
  const showError = useCallback((message: string | null) => {
    isRefused.current = message !== null;
    setError(message);
    markDraftRefused(id.current, message !== null);
  }, []);

  useEffect(() => {
    if (storedByMe.current) {
      storedByMe.current = false;
      return;
    }
    if (isRefused.current) return;
    draftRef.current = shown;
    setDraftState(shown);
    showError(null);
  }, [shown, showError]);

  /** Takes back what this edit stored (both stores; only the one that holds its key has any). */
  const takeBack = () => {
    if (mergeKey.current !== null) {
      usePlanStore.getState().cancelEdit(mergeKey.current);
      useWorkspaceStore.getState().cancelEdit(mergeKey.current);
    }
    mergeKey.current = null;
    storedByMe.current = false;
  };

  const stopTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  /**
   * Stores the draft when it reads. `leaving`: the edit ends, so show the stored form or the error.
   * False when the text was refused with a message (the field keeps it, marked).
   */
  const storeDraft = useCallback(
    (leaving: boolean): boolean => {
      stopTimer();
      clearDraftPending(id.current);
      const { read: readText, isStored: same, store: save, shown: stored, onRefused } = latest.current;
      const result = readText(draftRef.current);
      if (!result.ok) {
        if (result.message === null) {
          if (!leaving) return false;
          draftRef.current = stored;
          setDraftState(stored);
          showError(null);
          return true;
        }
        showError(result.message);
        if (leaving) {
          // The text stays, marked; what the edit stored on the way ("1.2" of "1.2万x") goes.
          takeBack();
          onRefused?.(result.message);
        }
        return false;
      }
      showError(null);
      if (!same(result.value)) {
        mergeKey.current ??= `field-${++sessions}`;
        storedByMe.current = !leaving;
        let refused = false;
        runAsFieldEdit(mergeKey.current, () => {
          refused = save(result.value) === false;
        });
        if (refused) {
          // Mid-typing the text stays; when the edit ends the stored value shows again.
          storedByMe.current = false;
          if (leaving) {
            draftRef.current = stored;
            setDraftState(stored);
          }
        }
      } else if (leaving) {
        draftRef.current = stored;
        setDraftState(stored);
      }
      if (leaving) mergeKey.current = null;
      return true;
    },
    [showError, latest],
  );

  // Unmounted with a draft (the row scrolled away, the screen left): store it. Refused text
  // leaves with the field.
  useEffect(
    () => () => {
      if (timer.current !== null) storeDraft(true);
      markDraftRefused(id.current, false);
    },
    [storeDraft],
  );

  const setDraft = (text: string) => {
    draftRef.current = text;
    setDraftState(text);
    stopTimer();
    markDraftPending(id.current, () => storeDraft(false));
    timer.current = setTimeout(() => storeDraft(false), STORE_AFTER_MS);
  };

  /** Blur or Enter: store, and show the stored form (or the reason it was refused). */
  const commit = () => storeDraft(true);

  /** Escape: the field's edit is taken back, stored steps included. */
  const cancel = () => {
    stopTimer();
    clearDraftPending(id.current);
    takeBack();
    draftRef.current = latest.current.shown;
    setDraftState(latest.current.shown);
    showError(null);
  };

  return { draft, setDraft, error, commit, cancel };
}
