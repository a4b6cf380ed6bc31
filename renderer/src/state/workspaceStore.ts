import { create } from 'zustand';
import type { Workspace } from '../../../shared/domain';
import { clearWorkspaceJournal, getDb, loadWorkspace, saveWorkspace, writeWorkspaceJournal } from '../db';
import { storeAllDrafts } from './draftStore';
import { currentFieldMergeKey } from './fieldEdit';
import { isQuotaError, UNDO_LIMIT, type SaveState } from './planStore';

/**
 * The workspace (people, yearly budgets: records of the whole library, not of one plan). Edits
 * work as the plan's do (state/planStore.ts): `commit` is one named undo step, commits with the
 * same merge key (one field edit, components/useDraftField) stay one step, every edit is
 * journalled synchronously (db/journal.ts) and then stored; leaving the page stores it at once.
 */
export type WorkspaceRecipe = (workspace: Workspace) => Workspace;

interface Step {
  workspace: Workspace;
  label: string;
}

interface WorkspaceState {
  workspace: Workspace | null;
  loadError: string | null;
  save: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** Reads the workspace once (later calls return at once). */
  load(): Promise<void>;
  commit(label: string, recipe: WorkspaceRecipe, options?: { mergeKey?: string }): void;
  /** Takes back the merged step of `mergeKey` when it is still the latest (Escape in a field). */
  cancelEdit(mergeKey: string): void;
  undo(): void;
  redo(): void;
  retrySave(): void;
}

let past: Step[] = [];
let future: Step[] = [];
let persisted: Workspace | null = null;
let saving: Promise<void> | null = null;
let saveAgain = false;
let openMergeKey: string | null = null;
let loading: Promise<void> | null = null;

export const useWorkspaceStore = create<WorkspaceState>((set, get) => {
  const flags = () => ({
    canUndo: past.length > 0,
    canRedo: future.length > 0,
    undoLabel: past.at(-1)?.label ?? null,
    redoLabel: future.at(-1)?.label ?? null,
  });

  function flush(): Promise<void> {
    if (saving) {
      saveAgain = true;
      return saving;
    }
    saving = (async () => {
      do {
        saveAgain = false;
        const { workspace } = get();
        if (!workspace || workspace === persisted) break;
        set({ save: { kind: 'saving' } });
        try {
          await saveWorkspace(await getDb(), persisted, workspace);
          persisted = workspace;
          set({ save: { kind: 'saved' } });
          if (get().workspace === persisted) clearWorkspaceJournal();
        } catch (error) {
          set({
            save: {
              kind: 'failed',
              message: error instanceof Error ? error.message : String(error),
              isQuota: isQuotaError(error),
            },
          });
          break;
        }
      } while (saveAgain);
    })().finally(() => {
      saving = null;
    });
    return saving;
  }

  function replace(workspace: Workspace): void {
    set({ workspace, ...flags() });
    // Synchronously, before the asynchronous save: a reload now finds the edit.
    writeWorkspaceJournal(workspace);
    void flush();
  }

  return {
    workspace: null,
    loadError: null,
    save: { kind: 'saved' },
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,

    load() {
      loading ??= (async () => {
        try {
          const workspace = await loadWorkspace(await getDb());
          persisted = workspace;
          set({ workspace, loadError: null });
        } catch (error) {
          loading = null;
          set({ loadError: error instanceof Error ? error.message : String(error) });
        }
      })();
      return loading;
    },

    commit(label, recipe, options) {
      const current = get().workspace;
      if (!current) return;
      const next = recipe(current);
      if (next === current) return;
      const mergeKey = options?.mergeKey ?? currentFieldMergeKey();
      const joins = mergeKey !== null && mergeKey === openMergeKey && past.length > 0;
      if (!joins) {
        past.push({ workspace: current, label });
        if (past.length > UNDO_LIMIT) past.shift();
      }
      openMergeKey = mergeKey;
      future = [];
      replace(next);
    },

    cancelEdit(mergeKey) {
      if (openMergeKey === mergeKey) get().undo();
    },

    undo() {
      const current = get().workspace;
      const step = past.pop();
      if (!current || !step) return;
      openMergeKey = null;
      future.push({ workspace: current, label: step.label });
      replace(step.workspace);
    },

    redo() {
      const current = get().workspace;
      const step = future.pop();
      if (!current || !step) return;
      openMergeKey = null;
      past.push({ workspace: current, label: step.label });
      replace(step.workspace);
    },

    retrySave() {
      void flush();
    },
  };
});

/**
 * Waits until every workspace edit is stored, or a save failed (closing the window, a backup, an
 * export). Waits out a save already running too: it may be storing an older state.
 */
export async function flushWorkspaceSaves(): Promise<void> {
  storeAllDrafts();
  useWorkspaceStore.getState().retrySave();
  while (saving) await saving;
}

/**
 * After a restore replaced everything: the undo steps describe data that no longer exists, and
 * the workspace is read again.
 */
export function reloadWorkspaceAfterRestore(): void {
  past = [];
  future = [];
  openMergeKey = null;
  persisted = null;
  loading = null;
  useWorkspaceStore.setState({ workspace: null, save: { kind: 'saved' }, canUndo: false, canRedo: false });
  void useWorkspaceStore.getState().load();
}

function storeBeforeLeaving(): void {
  storeAllDrafts();
  useWorkspaceStore.getState().retrySave();
}
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', storeBeforeLeaving);
  window.addEventListener('beforeunload', storeBeforeLeaving);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') storeBeforeLeaving();
  });
}
