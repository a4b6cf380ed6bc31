import { create } from 'zustand';
import type { Workspace } from '../../../shared/domain';
import { clearWorkspaceJournal, getDb, loadWorkspace, saveWorkspace, writeWorkspaceJournal } from '../db';
import { mergeWorkspace } from '../../../shared/sync/mergeWorkspace';
import { storeAllDrafts } from './draftStore';
import { currentFieldMergeKey } from './fieldEdit';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Person } from '../../../shared/domain';
import {
  createSaveLoop,
  createUndoHistory,
  historyView,
  NO_HISTORY,
  saveBeforeLeaving,
  type EditableState,
} from './history';
import { announce, onOtherWindows } from './syncTabs';

/**
 * The workspace (people, yearly budgets: records of the whole library, not of one plan). Edits
 * work as the plan's do (state/planStore.ts): `commit` is one named undo step, commits with the
 * same merge key (one field edit, components/useDraftField) stay one step, every edit is
 * journalled synchronously (db/journal.ts) and then stored; leaving the page stores it at once.
 */
interface WorkspaceState extends EditableState<Workspace> {
  workspace: Workspace | null;
  loadError: string | null;
  /** Reads the workspace once (later calls return at once). */
  load(): Promise<void>;
}

let history = createUndoHistory<Workspace>();
let loading: Promise<void> | null = null;

const saver = createSaveLoop<Workspace>({
  current: () => useWorkspaceStore.getState().workspace,
  // Merged with what another window stored meanwhile; the others are told (state/syncTabs).
  store: async (persisted, workspace) => {
    const { stored, wrote } = await saveWorkspace(await getDb(), persisted, workspace);
    if (wrote) announce({ kind: 'workspace' });
    return stored;
  },
  merged(written, stored) {
    // The other window's records came in with the save: the undo steps take them in too.
    history.rebase((w) => mergeWorkspace(written, w, stored));
    const current = useWorkspaceStore.getState().workspace;
    if (!current) return;
    useWorkspaceStore.setState({
      workspace: current === written ? stored : mergeWorkspace(written, current, stored),
    });
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
      const before = get().workspace && history.cancel(mergeKey);
      if (before) replace(before);
    },

    undo: () => step('undo'),
    redo: () => step('redo'),

    retrySave() {
      void saver.flush();
    },
  };
});

/** The workspace for a screen that shows it, read when the screen opens (once a session); null until read. */
export function useWorkspace(): Workspace | null {
  const workspace = useWorkspaceStore((s) => s.workspace);
  useEffect(() => void useWorkspaceStore.getState().load(), []);
  return workspace;
}

const noPeople: readonly Person[] = [];

/** The team's people for a screen that shows them; the same empty list until the workspace is read. */
export function useTeam(): readonly Person[] {
  return useWorkspace()?.people ?? noPeople;
}

/** The workspace's undo history as its Undo/Redo buttons show it. */
export function useWorkspaceHistory() {
  return useWorkspaceStore(useShallow(historyView));
}

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

/**
 * Another window stored the workspace: what this window shows, what it last stored and every
 * undo step take the other's records in (mergeWorkspace), so undo never takes back their edit;
 * an edit of this window not yet stored is stored on top.
 */
async function adoptStoredWorkspace(): Promise<void> {
  if (!saver.persisted) return; // not read yet: the first read gets it
  for (let running = saver.running(); running; running = saver.running()) await running;
  const base = saver.persisted;
  if (!base) return;
  const stored = await loadWorkspace(await getDb());
  if (saver.persisted !== base) return; // a save of ours moved on meanwhile; its merge has it
  const theirs = mergeWorkspace(base, base, stored);
  if (theirs === base) return;
  saver.persisted = theirs;
  history.rebase((w) => mergeWorkspace(base, w, stored));
  const shown = useWorkspaceStore.getState().workspace;
  if (!shown || shown === base) {
    useWorkspaceStore.setState({ workspace: theirs });
    return;
  }
  const next = mergeWorkspace(base, shown, stored);
  useWorkspaceStore.setState({ workspace: next });
  writeWorkspaceJournal(next);
  void saver.flush();
}

onOtherWindows((message) => {
  if (message.kind === 'workspace') void adoptStoredWorkspace();
  else if (message.kind === 'replacedAll' && saver.persisted) reloadWorkspaceAfterRestore();
});

saveBeforeLeaving(() => useWorkspaceStore.getState().retrySave());
