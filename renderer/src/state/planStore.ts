import { useMemo } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { CollectionKey, Plan, PlanDocument, PlanId } from '../../../shared/domain';
import { mergeDocuments } from '../../../shared/sync/mergeDocuments';
import type { ProfileSource } from '../../../shared/warroom/curve';
import { clearJournal, getDb, loadDocument, writeJournal } from '../db';
import { storeAllDrafts } from './draftStore';
import { currentFieldMergeKey } from './fieldEdit';
import {
  createSaveLoop,
  createUndoHistory,
  historyView,
  NO_HISTORY,
  saveBeforeLeaving,
  type EditableState,
  type UndoHistory,
} from './history';
import { useLibraryStore } from './libraryStore';
import { stampAfter } from './stamp';
import { adoptStored, listenToOtherWindows, saveAndAnnounce, type SyncTarget } from './syncTabs';

interface PlanState extends EditableState<PlanDocument> {
  planId: PlanId | null;
  doc: PlanDocument | null;
  loadError: string | null;
  openPlan(planId: PlanId): Promise<void>;
  closePlan(): void;
  /** Takes the open plan out of the trash (it was moved there in another window). */
  restoreFromTrash(): void;
}

// History lives outside React state: it is large and never rendered directly. Kept per plan so
// switching plans and back keeps each plan's undo stack for the session.
const histories = new Map<PlanId, UndoHistory<PlanDocument>>();
function historyOf(planId: PlanId): UndoHistory<PlanDocument> {
  let h = histories.get(planId);
  if (!h) {
    h = createUndoHistory<PlanDocument>();
    histories.set(planId, h);
  }
  return h;
}

export const isTrashed = (plan: Pick<Plan, 'deletedAt'>): boolean => plan.deletedAt !== null;

// The last document known to be stored is `saver.persisted`; every save writes the diff from it.
const saver = createSaveLoop<PlanDocument>({
  current() {
    const { doc, planId } = usePlanStore.getState();
    return planId ? doc : null;
  },
  // Merges with what another window stored meanwhile, then tells the others (syncTabs).
  store: saveAndAnnounce,
  merged(written, stored) {
    const current = usePlanStore.getState().doc;
    if (current === written) usePlanStore.setState({ doc: stored });
    else if (current?.plan.id === written.plan.id)
      usePlanStore.setState({ doc: mergeDocuments(written, current, stored) });
  },
  setSave: (save) => usePlanStore.setState({ save }),
  settled: (doc) => clearJournal(doc.plan.id),
});

const ownEditListeners = new Set<() => void>();

/**
 * Calls `listener` after each edit made in this window (an edit, undo, redo, a restore from the
 * trash) — not when the window takes in another window's save or the stored form of its own.
 */
export function onOwnPlanEdit(listener: () => void): () => void {
  ownEditListeners.add(listener);
  return () => ownEditListeners.delete(listener);
}

export const usePlanStore = create<PlanState>((set, get) => {
  const flush = () => saver.flush();

  /** Shows and stores a new version of the open plan made in this window, stamped after the last. */
  function replace(next: PlanDocument): void {
    const doc: PlanDocument = {
      ...next,
      plan: { ...next.plan, updatedAt: stampAfter(get().doc?.plan.updatedAt ?? next.plan.updatedAt) },
    };
    set({ doc, ...historyOf(doc.plan.id).flags() });
    for (const listener of ownEditListeners) listener();
    // Synchronously, before the asynchronous save: a reload now finds the edit (db/journal.ts).
    writeJournal(saver.persisted, doc);
    void flush();
  }

  function step(move: 'undo' | 'redo'): void {
    const current = get().doc;
    if (!current || isTrashed(current.plan)) return;
    const previous = historyOf(current.plan.id)[move](current);
    if (previous) replace(previous);
  }

  return {
    planId: null,
    doc: null,
    loadError: null,
    save: { kind: 'saved' },
    ...NO_HISTORY,

    async openPlan(planId) {
      if (get().planId === planId && get().doc) return;
      storeAllDrafts();
      await flush();
      historyOf(planId).closeEdit();
      set({ planId, doc: null, loadError: null });
      try {
        const db = await getDb();
        const doc = await loadDocument(db, planId);
        if (get().planId !== planId) return;
        saver.persisted = doc;
        set({
          doc,
          loadError: doc ? null : 'notFound',
          save: { kind: 'saved' },
          ...historyOf(planId).flags(),
        });
      } catch (error) {
        set({ loadError: error instanceof Error ? error.message : String(error) });
      }
    },

    closePlan() {
      storeAllDrafts();
      const { planId } = get();
      if (planId) historyOf(planId).closeEdit();
      void flush();
      set({ planId: null, doc: null });
    },

    commit(label, recipe, options) {
      const current = get().doc;
      // A plan in the trash (moved there in another window) is not edited until it is restored;
      // PlanLayout says so above every screen.
      if (!current || isTrashed(current.plan)) return;
      const next = recipe(current);
      if (next === current) return;
      historyOf(current.plan.id).record(current, label, options?.mergeKey ?? currentFieldMergeKey());
      replace(next);
    },

    cancelEdit(mergeKey) {
      const { doc } = get();
      if (!doc || isTrashed(doc.plan)) return;
      const before = historyOf(doc.plan.id).cancel(mergeKey);
      if (before) replace(before);
    },

    undo: () => step('undo'),
    redo: () => step('redo'),

    retrySave() {
      void flush();
    },

    restoreFromTrash() {
      const current = get().doc;
      if (!current || !isTrashed(current.plan)) return;
      // Not an undo step: undoing it would put the plan back into the trash behind the planner.
      replace({ ...current, plan: { ...current.plan, deletedAt: null } });
    },
  };
});

/** The open plan. Only rendered inside a plan route, where the document is loaded. */
export function usePlanDoc(): PlanDocument {
  const doc = usePlanStore((s) => s.doc);
  if (!doc) throw new Error('usePlanDoc() used outside an open plan');
  return doc;
}

/** Waits until every edit is stored (tests, closing the window, export). */
export function flushPlanSaves(): Promise<void> {
  storeAllDrafts();
  const { doc } = usePlanStore.getState();
  if (!doc || doc === saver.persisted) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = usePlanStore.subscribe((s) => {
      if (s.save.kind !== 'saving' && (s.doc === saver.persisted || s.save.kind === 'failed')) {
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
    const { persisted } = saver;
    return doc && persisted && open === planId ? { persisted, doc } : null;
  },
  adopt(planId, stored, rebase) {
    const before = saver.persisted;
    saver.persisted = stored;
    historyOf(planId).rebase(rebase);
    const doc = usePlanStore.getState().doc;
    if (!doc) return;
    usePlanStore.setState({ doc: doc === before ? stored : rebase(doc) });
    // Unsaved edits of this window are still to be stored on top of the other's.
    if (doc !== before) usePlanStore.getState().retrySave();
  },
  isSaving: () => saver.running() !== null,
  reloadAll: reloadAfterRestore,
  refreshLibrary: () => void useLibraryStore.getState().refresh(),
  removed(planId) {
    // Deleted for good elsewhere: nothing is left to save into, so the plan closes with a message.
    histories.delete(planId);
    saver.persisted = null;
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
  saver.persisted = null;
  const { planId } = usePlanStore.getState();
  usePlanStore.setState({ planId: null, doc: null, save: { kind: 'saved' }, ...NO_HISTORY });
  if (planId) void usePlanStore.getState().openPlan(planId);
  void useLibraryStore.getState().refresh();
}

saveBeforeLeaving(() => usePlanStore.getState().retrySave());

/**
 * A plan was rewritten from outside its editor (the match-owners review rewrites owners in many
 * plans): its undo history, which describes the plan before the rewrite, is forgotten, and the
 * open copy, if it is that plan (stored first: flushPlanSaves), is read again from the database.
 */
export function forgetPlan(planId: PlanId): void {
  histories.delete(planId);
  if (usePlanStore.getState().planId !== planId) return;
  saver.persisted = null;
  usePlanStore.setState({ planId: null, doc: null, save: { kind: 'saved' }, ...NO_HISTORY });
  void usePlanStore.getState().openPlan(planId);
}

/**
 * The open plan's Undo/Redo state, for the header's buttons: drawn again when a flag or label
 * changes, not for every edit of the plan (a war room takes an hour from another window each hour).
 */
export function usePlanHistory() {
  return usePlanStore(useShallow(historyView));
}

/**
 * What a plan's frame shows of it (its name, dates, whether it is in the trash), kept as the same
 * object while those stay the same: the record itself changes with every save (`updatedAt`).
 */
export function usePlanHeading(): Pick<Plan, 'id' | 'name' | 'startDate' | 'endDate' | 'deletedAt'> | null {
  return usePlanStore(
    useShallow((s) => {
      if (!s.doc) return null;
      const { id, name, startDate, endDate, deletedAt } = s.doc.plan;
      return { id, name, startDate, endDate, deletedAt };
    }),
  );
}

/**
 * Some collections of the open plan, kept as the same object while none of them changes: a merge
 * keeps every untouched collection as it was, so a panel reading its own (the incidents, the
 * risks) is not drawn again for an hour taken into `hourly`.
 */
export function usePlanCollections<K extends CollectionKey>(...keys: K[]): Pick<PlanDocument, K> {
  return usePlanStore(
    useShallow((s) => {
      if (!s.doc) throw new Error('usePlanCollections() used outside an open plan');
      const out = {} as Pick<PlanDocument, K>;
      for (const key of keys) out[key] = s.doc[key];
      return out;
    }),
  );
}

/** The open plan as it is now, for a handler that reads it when it runs rather than on each render. */
export function currentPlanDoc(): PlanDocument {
  const { doc } = usePlanStore.getState();
  if (!doc) throw new Error('currentPlanDoc() used outside an open plan');
  return doc;
}

/**
 * What the war room's profile editor reads (shared/warroom/curve.ts ProfileSource, and the
 * plan's dates), the same object while it stays: the plan record itself changes with every save.
 */
export function usePlanProfileSource(): ProfileSource & { plan: Pick<Plan, 'startDate' | 'endDate'> } {
  const { type, peakDate, keyMoments, startDate, endDate, hourProfiles } = usePlanStore(
    useShallow((s) => {
      if (!s.doc) throw new Error('usePlanProfileSource() used outside an open plan');
      const { type, peakDate, keyMoments, startDate, endDate } = s.doc.plan;
      return { type, peakDate, keyMoments, startDate, endDate, hourProfiles: s.doc.hourProfiles };
    }),
  );
  return useMemo(
    () => ({ plan: { type, peakDate, keyMoments, startDate, endDate }, hourProfiles }),
    [type, peakDate, keyMoments, startDate, endDate, hourProfiles],
  );
}
