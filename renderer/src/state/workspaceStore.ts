import { create } from 'zustand';
import type { Workspace } from '../../../shared/domain';
import { clearWorkspaceJournal, getDb, loadWorkspace, saveWorkspace, writeWorkspaceJournal } from '../db';
import { storeAllDrafts } from './draftStore';
import { currentFieldMergeKey } from './fieldEdit';
import {
  createSaveLoop,
  createUndoHistory,
  NO_HISTORY,
  saveBeforeLeaving,
  type HistoryFlags,
  type SaveState,
} from './history';

/**
 * The workspace (people, yearly budgets: records of the whole library, not of one plan). Edits
 * work as the plan's do (state/planStore.ts): `commit` is one named undo step, commits with the
 * same merge key (one field edit, components/useDraftField) stay one step, every edit is
 * journalled synchronously (db/journal.ts) and then stored; leaving the page stores it at once.
 */
export type WorkspaceRecipe = (workspace: Workspace) => Workspace;

interface WorkspaceState extends HistoryFlags {
  workspace: Workspace | null;
  loadError: string | null;
  save: SaveState;
  /** Reads the workspace once (later calls return at once). */
  load(): Promise<void>;
  commit(label: string, recipe: WorkspaceRecipe, options?: { mergeKey?: string }): void;
  /** Takes back the merged step of `mergeKey` when it is still the latest (Escape in a field). */
  cancelEdit(mergeKey: string): void;
  undo(): void;
  redo(): void;
  retrySave(): void;
}

let history = createUndoHistory<Workspace>();
let loading: Promise<void> | null = null;

const saver = createSaveLoop<Workspace>({
  current: () => useWorkspaceStore.getState().workspace,
  store: async (persisted, workspace) => {
    await saveWorkspace(await getDb(), persisted, workspace);
    return workspace;
  },
  setSave: (save) => useWorkspaceStore.setState({ save }),
  settled: clearWorkspaceJournal,
});

export const useWorkspaceStore = create<WorkspaceState>((set, get) => {
  function replace(workspace: Workspace): void {
    set({ workspace, ...history.flags() });
    // Synchronously, before the asynchronous save: a reload now finds the edit.
    writeWorkspaceJournal(workspace);
    void saver.flush();
  }

  function step(move: 'undo' | 'redo'): void {
    const current = get().workspace;
    const previous = current && history[move](current);
    if (previous) replace(previous);
  }

  return {
    workspace: null,
    loadError: null,
    save: { kind: 'saved' },
    ...NO_HISTORY,

    load() {
      loading ??= (async () => {
        try {
          const workspace = await loadWorkspace(await getDb());
          saver.persisted = workspace;
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
      history.record(current, label, options?.mergeKey ?? currentFieldMergeKey());
      replace(next);
    },

    cancelEdit(mergeKey) {
      if (history.isOpenEdit(mergeKey)) get().undo();
    },

    undo: () => step('undo'),
    redo: () => step('redo'),

    retrySave() {
      void saver.flush();
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
  for (let running = saver.running(); running; running = saver.running()) await running;
}

/**
 * After a restore replaced everything: the undo steps describe data that no longer exists, and
 * the workspace is read again.
 */
export function reloadWorkspaceAfterRestore(): void {
  history = createUndoHistory<Workspace>();
  saver.persisted = null;
  loading = null;
  useWorkspaceStore.setState({ workspace: null, save: { kind: 'saved' }, ...NO_HISTORY });
  void useWorkspaceStore.getState().load();
}

saveBeforeLeaving(() => useWorkspaceStore.getState().retrySave());
