import { create } from 'zustand';
import type { PlanDocument, PlanId } from '../../../shared/domain';
import { mergeDocuments } from '../../../shared/sync/mergeDocuments';
import { clearJournal, getDb, loadDocument, writeJournal } from '../db';
import { storeAllDrafts } from './draftStore';
import { currentFieldMergeKey } from './fieldEdit';
import { useLibraryStore } from './libraryStore';
import { adoptStored, listenToOtherWindows, saveAndAnnounce, type SyncTarget } from './syncTabs';

/** At least 100 undo steps per plan (issue 7); a little headroom costs nothing with shared structure. */
export const UNDO_LIMIT = 200;

export type Recipe = (doc: PlanDocument) => PlanDocument;

interface History {
  past: { doc: PlanDocument; label: string }[];
  future: { doc: PlanDocument; label: string }[];
}

export type SaveState =
  { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string; isQuota: boolean };

interface PlanState {
  planId: PlanId | null;
  doc: PlanDocument | null;
  loadError: string | null;
  save: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  openPlan(planId: PlanId): Promise<void>;
  closePlan(): void;
  /**
   * One undo step named `label`. Commits with the same `mergeKey` one after another (a field
   * storing what is typed as the planner types) stay one undo step: the first keeps the document
   * from before the edit, the later ones only move the current document on.
   */
  commit(label: string, recipe: Recipe, options?: { mergeKey?: string }): void;
  /** Takes back the merged step of `mergeKey` when it is still the latest (Escape in a field). */
  cancelEdit(mergeKey: string): void;
  undo(): void;
  redo(): void;
  retrySave(): void;
  /** Takes the open plan out of the trash (it was moved there in another window). */
  restoreFromTrash(): void;
}

// History lives outside React state: it is large and never rendered directly. Kept per plan so
// switching plans and back keeps each plan's undo stack for the session.
const histories = new Map<PlanId, History>();
function historyOf(planId: PlanId): History {
  let h = histories.get(planId);
  if (!h) {
    h = { past: [], future: [] };
    histories.set(planId, h);
  }
  return h;
}

// The last document known to be stored; every save writes the diff from it to the current one,
// so a failed save (disk full) is retried as a whole and later edits coalesce into it.
let persisted: PlanDocument | null = null;
let saving: Promise<void> | null = null;
let saveAgain = false;
// The mergeKey of the latest undo step, while later commits may still join it.
let openMergeKey: string | null = null;
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

export const isTrashed = (doc: PlanDocument): boolean => doc.plan.deletedAt !== null;

export const usePlanStore = create<PlanState>((set, get) => {
  function historyFlags(planId: PlanId) {
    const h = historyOf(planId);
    return {
      canUndo: h.past.length > 0,
      canRedo: h.future.length > 0,
      undoLabel: h.past.at(-1)?.label ?? null,
      redoLabel: h.future.at(-1)?.label ?? null,
    };
  }

  async function flush(): Promise<void> {
    if (saving) {
      saveAgain = true;
      return saving;
    }
    saving = (async () => {
      do {
        saveAgain = false;
        const { doc, planId } = get();
        if (!doc || !planId || doc === persisted) break;
        set({ save: { kind: 'saving' } });
        try {
          // Merges with what another window stored meanwhile, then tells the others (syncTabs).
          const stored = await saveAndAnnounce(persisted, doc);
          persisted = stored;
          if (stored !== doc) {
            const current = get().doc;
            if (current === doc) set({ doc: stored });
            else if (current?.plan.id === planId) set({ doc: mergeDocuments(doc, current, stored) });
          }
          set({ save: { kind: 'saved' } });
          if (get().doc === persisted) clearJournal(planId);
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

  function replace(doc: PlanDocument): void {
    set({ doc, ...historyFlags(doc.plan.id) });
    // Synchronously, before the asynchronous save: a reload now finds the edit (db/journal.ts).
    writeJournal(persisted, doc);
    void flush();
  }

  return {
    planId: null,
    doc: null,
    loadError: null,
    save: { kind: 'saved' },
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,

    async openPlan(planId) {
      if (get().planId === planId && get().doc) return;
      storeAllDrafts();
      await flush();
      openMergeKey = null;
      set({ planId, doc: null, loadError: null });
      try {
        const db = await getDb();
        const doc = await loadDocument(db, planId);
        if (get().planId !== planId) return;
        persisted = doc;
        set({ doc, loadError: doc ? null : 'notFound', save: { kind: 'saved' }, ...historyFlags(planId) });
      } catch (error) {
        set({ loadError: error instanceof Error ? error.message : String(error) });
      }
    },

    closePlan() {
      storeAllDrafts();
      openMergeKey = null;
      void flush();
      set({ planId: null, doc: null });
    },

    commit(label, recipe, options) {
      const current = get().doc;
      // A plan in the trash (moved there in another window) is not edited until it is restored;
      // PlanLayout says so above every screen.
      if (!current || isTrashed(current)) return;
      const next = recipe(current);
      if (next === current) return;
      const stamped: PlanDocument = { ...next, plan: { ...next.plan, updatedAt: new Date().toISOString() } };
      const h = historyOf(current.plan.id);
      const mergeKey = options?.mergeKey ?? currentFieldMergeKey();
      const joins = mergeKey !== null && mergeKey === openMergeKey && h.past.length > 0;
      if (!joins) {
        h.past.push({ doc: current, label });
        if (h.past.length > UNDO_LIMIT) h.past.shift();
      }
      openMergeKey = mergeKey;
      h.future = [];
      replace(stamped);
    },

    cancelEdit(mergeKey) {
      if (openMergeKey === mergeKey) get().undo();
    },

    undo() {
      const current = get().doc;
      if (!current || isTrashed(current)) return;
      const h = historyOf(current.plan.id);
      const step = h.past.pop();
      if (!step) return;
      openMergeKey = null;
      h.future.push({ doc: current, label: step.label });
      replace(step.doc);
    },

    redo() {
      const current = get().doc;
      if (!current || isTrashed(current)) return;
      const h = historyOf(current.plan.id);
      const step = h.future.pop();
      if (!step) return;
      openMergeKey = null;
      h.past.push({ doc: current, label: step.label });
      replace(step.doc);
    },

    retrySave() {
      void flush();
    },

    restoreFromTrash() {
      const current = get().doc;
      if (!current || !isTrashed(current)) return;
      const now = new Date().toISOString();
      // Not an undo step: undoing it would put the plan back into the trash behind the planner.
      replace({ ...current, plan: { ...current.plan, deletedAt: null, updatedAt: now } });
    },
  };
});

/** The open plan. Only rendered inside a plan route, where the document is loaded. */
export function usePlanDoc(): PlanDocument {
  const doc = usePlanStore((s) => s.doc);
  if (!doc) throw new Error('usePlanDoc() used outside an open plan');
  return doc;
}

export function useCommit(): PlanState['commit'] {
  return usePlanStore((s) => s.commit);
}

/** Waits until every edit is stored (tests, closing the window, export). */
export function flushPlanSaves(): Promise<void> {
  storeAllDrafts();
  const { doc } = usePlanStore.getState();
  if (!doc || doc === persisted) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = usePlanStore.subscribe((s) => {
      if (s.save.kind !== 'saving' && (s.doc === persisted || s.save.kind === 'failed')) {
        stop();
        resolve();
      }
    });
    usePlanStore.getState().retrySave();
  });
}

/**
 * How other windows' changes reach this one (state/syncTabs.ts): the stored version and the
 * shown document move together, and the undo steps are rebased so undoing never reverts
 * another window's edit.
 */
const syncTarget: SyncTarget = {
  current(planId) {
    const { doc, planId: open } = usePlanStore.getState();
    return doc && persisted && open === planId ? { persisted, doc } : null;
  },
  adopt(planId, stored, rebase) {
    const before = persisted;
    persisted = stored;
    const h = historyOf(planId);
    h.past = h.past.map((step) => ({ ...step, doc: rebase(step.doc) }));
    h.future = h.future.map((step) => ({ ...step, doc: rebase(step.doc) }));
    const doc = usePlanStore.getState().doc;
    if (!doc) return;
    usePlanStore.setState({ doc: doc === before ? stored : rebase(doc) });
    // Unsaved edits of this window are still to be stored on top of the other's.
    if (doc !== before) usePlanStore.getState().retrySave();
  },
  isSaving: () => saving !== null,
  reloadAll: reloadAfterRestore,
  refreshLibrary: () => void useLibraryStore.getState().refresh(),
  removed(planId) {
    // Deleted for good elsewhere: nothing is left to save into, so the plan closes with a message.
    histories.delete(planId);
    persisted = null;
    usePlanStore.setState({ doc: null, loadError: 'deletedElsewhere', save: { kind: 'saved' } });
  },
};
listenToOtherWindows(syncTarget);

// This window's own library actions on the plan it still holds (archived or trashed from the
// list, then opened again): the open document takes the stored plan record, so the trash banner
// shows here too and edits stop.
useLibraryStore.subscribe((library) => {
  const { doc } = usePlanStore.getState();
  if (!doc) return;
  const summary = library.plans.find((p) => p.plan.id === doc.plan.id);
  if (!summary) return;
  if (summary.plan.deletedAt === doc.plan.deletedAt && summary.plan.archivedAt === doc.plan.archivedAt)
    return;
  void adoptStored(doc.plan.id, { plan: [doc.plan.id] }, syncTarget);
});

/**
 * After every plan was replaced (a restore here or in another window): forgets the undo
 * history, which describes data that no longer exists, and reloads the open plan.
 */
export function reloadAfterRestore(): void {
  histories.clear();
  persisted = null;
  const { planId } = usePlanStore.getState();
  usePlanStore.setState({ planId: null, doc: null, save: { kind: 'saved' }, canUndo: false, canRedo: false });
  if (planId) void usePlanStore.getState().openPlan(planId);
  void useLibraryStore.getState().refresh();
}

/**
 * Leaving the page (reload, tab closed, app hidden or quit): whatever is typed is stored into the
 * plan now, which journals it synchronously (db/journal.ts) and starts the save.
 */
function storeBeforeLeaving(): void {
  storeAllDrafts();
  usePlanStore.getState().retrySave();
}
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', storeBeforeLeaving);
  window.addEventListener('beforeunload', storeBeforeLeaving);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') storeBeforeLeaving();
  });
}

/**
 * A plan was rewritten from outside its editor (the match-owners review rewrites owners in many
 * plans): its undo history, which describes the plan before the rewrite, is forgotten, and the
 * open copy, if it is that plan (stored first: flushPlanSaves), is read again from the database.
 */
export function forgetPlan(planId: PlanId): void {
  histories.delete(planId);
  if (usePlanStore.getState().planId !== planId) return;
  persisted = null;
  usePlanStore.setState({ planId: null, doc: null, save: { kind: 'saved' }, canUndo: false, canRedo: false });
  void usePlanStore.getState().openPlan(planId);
}
