import { storeAllDrafts } from './draftStore';

/**
 * The one way an edited value (a plan's document, the workspace) keeps its undo steps and is
 * stored: planStore and workspaceStore each hold one `UndoHistory` per value and one `SaveLoop`,
 * and differ only in what they store and where.
 */

/** At least 100 undo steps per plan (issue 7); a little headroom costs nothing with shared structure. */
export const UNDO_LIMIT = 200;

export type SaveState =
  { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string; isQuota: boolean };

export interface HistoryFlags {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export const NO_HISTORY: HistoryFlags = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/**
 * What an edited value's store offers (planStore, workspaceStore): named undo steps, a field's
 * edit taken back with Escape, and its saving.
 */
export interface EditableState<T> extends HistoryFlags {
  save: SaveState;
  /**
   * One undo step named `label`. Commits with the same `mergeKey` one after another (a field
   * storing what is typed as the planner types) stay one undo step.
   */
  commit(label: string, recipe: (value: T) => T, options?: { mergeKey?: string }): void;
  /** Takes back the merged step of `mergeKey` when it is still the latest (Escape in a field), leaving no Redo step. */
  cancelEdit(mergeKey: string): void;
  undo(): void;
  redo(): void;
  retrySave(): void;
}

/**
 * What the Undo/Redo buttons show and do, picked from such a store (with useShallow, one object
 * while none of them changes).
 */
export type HistoryView = Pick<EditableState<unknown>, keyof HistoryFlags | 'undo' | 'redo'>;
export function historyView(state: HistoryView): HistoryView {
  const { canUndo, canRedo, undoLabel, redoLabel, undo, redo } = state;
  return { canUndo, canRedo, undoLabel, redoLabel, undo, redo };
}

interface Step<T> {
  value: T;
  label: string;
}

export interface UndoHistory<T> {
  /**
   * `current` is about to be replaced by an edit named `label`. Edits with the same `mergeKey`
   * one after another (a field storing what is typed as the planner types) stay one undo step:
   * the first keeps the value from before the edit, the later ones only move the current value on.
   */
  record(current: T, label: string, mergeKey: string | null): void;
  /** The value to show instead of `current`, or null when there is nothing to undo. */
  undo(current: T): T | null;
  redo(current: T): T | null;
  /**
   * Takes back the open merged edit of `mergeKey` (Escape, or an entry that ends refused): the
   * value from before it, or null when it is not the latest step. Unlike undo it leaves no Redo
   * step — nothing was kept, so there is nothing to bring back.
   */
  cancel(mergeKey: string): T | null;
  /** The next edit starts a step of its own, whatever its merge key. */
  closeEdit(): void;
  /** Every kept value through `rebase` (another window's edit moved underneath them). */
  rebase(rebase: (value: T) => T): void;
  flags(): HistoryFlags;
}

export function createUndoHistory<T>(limit = UNDO_LIMIT): UndoHistory<T> {
  let past: Step<T>[] = [];
  let future: Step<T>[] = [];
  // The mergeKey of the latest undo step, while later edits may still join it.
  let openMergeKey: string | null = null;

  function move(from: Step<T>[], to: Step<T>[], current: T): T | null {
    const step = from.pop();
    if (!step) return null;
    openMergeKey = null;
    to.push({ value: current, label: step.label });
    return step.value;
  }

  return {
    record(current, label, mergeKey) {
      const joins = mergeKey !== null && mergeKey === openMergeKey && past.length > 0;
      if (!joins) {
        past.push({ value: current, label });
        if (past.length > limit) past.shift();
      }
      openMergeKey = mergeKey;
      future = [];
    },
    undo: (current) => move(past, future, current),
    redo: (current) => move(future, past, current),
    cancel(mergeKey) {
      if (openMergeKey !== mergeKey) return null;
      openMergeKey = null;
      return past.pop()?.value ?? null;
    },
    closeEdit() {
      openMergeKey = null;
    },
    rebase(rebase) {
      past = past.map((step) => ({ ...step, value: rebase(step.value) }));
      future = future.map((step) => ({ ...step, value: rebase(step.value) }));
    },
    flags: () => ({
      canUndo: past.length > 0,
      canRedo: future.length > 0,
      undoLabel: past.at(-1)?.label ?? null,
      redoLabel: future.at(-1)?.label ?? null,
    }),
  };
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

export interface SaveLoop<T> {
  /** The last value known to be stored (null: nothing loaded yet, or forgotten). */
  persisted: T | null;
  /**
   * Stores the current value. One save runs at a time; edits made meanwhile are stored by one
   * more round when it ends. Each round writes the difference from `persisted`, so a failed save
   * (disk full) is retried as a whole and later edits coalesce into it.
   */
  flush(): Promise<void>;
  /** The save running now, if any. */
  running(): Promise<void> | null;
}

export function createSaveLoop<T>(target: {
  /** The value shown now, or null when nothing is open. */
  current(): T | null;
  /** Stores `value` over `persisted`; returns what is stored now (a merge with another window's). */
  store(persisted: T | null, value: T): Promise<T>;
  /** The store returned a merge, not `written`: the value shown takes it in. */
  merged?(written: T, stored: T): void;
  setSave(save: SaveState): void;
  /** What is shown is all stored: the journal of `value` can go. */
  settled(value: T): void;
}): SaveLoop<T> {
  let saving: Promise<void> | null = null;
  let saveAgain = false;

  const loop: SaveLoop<T> = {
    persisted: null,
    running: () => saving,
    flush() {
      if (saving) {
        saveAgain = true;
        return saving;
      }
      saving = (async () => {
        do {
          saveAgain = false;
          const value = target.current();
          if (value === null || value === loop.persisted) break;
          target.setSave({ kind: 'saving' });
          try {
            const stored = await target.store(loop.persisted, value);
            loop.persisted = stored;
            if (stored !== value) target.merged?.(value, stored);
            target.setSave({ kind: 'saved' });
            if (target.current() === stored) target.settled(stored);
          } catch (error) {
            target.setSave({
              kind: 'failed',
              message: error instanceof Error ? error.message : String(error),
              isQuota: isQuotaError(error),
            });
            break;
          }
        } while (saveAgain);
      })().finally(() => {
        saving = null;
      });
      return saving;
    },
  };
  return loop;
}

/**
 * Leaving the page (reload, tab closed, app hidden or quit): whatever is typed is stored into its
 * value now, which journals it synchronously (db/journal.ts), and `save` starts storing it.
 */
export function saveBeforeLeaving(save: () => void): void {
  if (typeof window === 'undefined') return;
  const leave = () => {
    storeAllDrafts();
    save();
  };
  window.addEventListener('pagehide', leave);
  window.addEventListener('beforeunload', leave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
  });
}
