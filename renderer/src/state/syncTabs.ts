import type { PlanDocument, PlanId } from '../../../shared/domain';
import { mergeStoredIntoDocument, type ChangedIds } from '../../../shared/sync/mergeDocuments';
import { getDb } from '../db';
import { isEmptyChange, readStoredRecords, saveMerging } from '../db/syncRepo';

/**
 * Two windows or tabs on the same data stay consistent. After every save a window posts the
 * ids it changed on BroadcastChannel('campaign-desk'); the others read those records back from
 * IndexedDB and merge them into what they show, field by field against the version they last
 * stored (shared/sync). Saves themselves merge with what is stored (db/syncRepo), so edits to
 * different fields of the same record made in two windows both survive.
 */
export const CHANNEL_NAME = 'campaign-desk';

export type SyncMessage =
  | { kind: 'saved'; planId: PlanId; changed: ChangedIds }
  /** Every plan was replaced (a restore): reload everything. */
  | { kind: 'replacedAll' }
  /**
   * The list of plans changed (created, archived, trashed …); `removedPlanId` names a plan that
   * was deleted for good, so a window that has it open stops editing it.
   */
  | { kind: 'library'; removedPlanId?: PlanId }
  /** The workspace (team roster, yearly budgets) was stored: read it again and merge. */
  | { kind: 'workspace' };

let channel: BroadcastChannel | null = null;
function getChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL_NAME);
    // Node (unit tests) would otherwise stay alive for the open channel.
    (channel as { unref?: () => void }).unref?.();
  }
  return channel;
}

export function announce(message: SyncMessage): void {
  getChannel()?.postMessage(message);
}

/**
 * Stores `doc`'s changes against `base` (merged with another window's writes) and tells the
 * other windows. Returns the document as stored now: `doc` itself, or `doc` with the other
 * window's fields merged in.
 */
export async function saveAndAnnounce(base: PlanDocument | null, doc: PlanDocument): Promise<PlanDocument> {
  const db = await getDb();
  const { stored, changed } = await saveMerging(db, base, doc);
  if (!isEmptyChange(changed)) announce({ kind: 'saved', planId: doc.plan.id, changed });
  return mergeStoredIntoDocument(doc, doc, changed, stored);
}

export interface SyncTarget {
  /** The open plan's last stored version and what the window shows, or null when none is open. */
  current(planId: PlanId): { persisted: PlanDocument; doc: PlanDocument } | null;
  /** Moves both forward together; `rebase` also applies to every undo/redo step of the plan. */
  adopt(planId: PlanId, persisted: PlanDocument, rebase: (doc: PlanDocument) => PlanDocument): void;
  /** A save is in flight; incoming changes wait for it. */
  isSaving(): boolean;
  reloadAll(): void;
  refreshLibrary(): void;
  /** The open plan was deleted for good in another window. */
  removed(planId: PlanId): void;
}

type Listener = (message: SyncMessage) => void;
const listeners = new Set<Listener>();

/**
 * Calls `listener` with every message of another window — for the stores that hold their own
 * read of the data (the workspace, the screens that look across plans). Returns the unsubscribe.
 */
export function onOtherWindows(listener: Listener): () => void {
  listeners.add(listener);
  startListening();
  return () => listeners.delete(listener);
}

/**
 * For a store holding its own read of the plans (workload, annual budget, year calendar): after
 * another window saved a plan, `one(planId)` reads that plan again; after a library change or a
 * restore, `all()` reads everything. Only while `isLoaded()`; one read at a time, and messages
 * that arrive meanwhile are folded into the next read (a burst of saves is one read per plan).
 */
export function onOtherWindowsPlans(
  isLoaded: () => boolean,
  one: (planId: PlanId) => Promise<void>,
  all: () => Promise<void>,
): () => void {
  const pending = new Set<PlanId>();
  let pendingAll = false;
  let running = false;
  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (pendingAll || pending.size > 0) {
        if (pendingAll) {
          pendingAll = false;
          pending.clear();
          await all();
        } else {
          const [planId] = pending as Iterable<PlanId>;
          if (planId === undefined) break;
          pending.delete(planId);
          await one(planId);
        }
      }
    } finally {
      running = false;
    }
  }
  return onOtherWindows((message) => {
    if (message.kind === 'workspace' || !isLoaded()) return;
    if (message.kind === 'saved') pending.add(message.planId);
    else pendingAll = true;
    void drain();
  });
}

async function untilIdle(target: SyncTarget): Promise<void> {
  while (target.isSaving()) await new Promise((r) => setTimeout(r, 20));
}

/** Handles one message from another window. Exported for tests. */
export async function receive(message: SyncMessage, target: SyncTarget): Promise<void> {
  if (message.kind === 'workspace') return;
  if (message.kind === 'replacedAll') {
    target.reloadAll();
    return;
  }
  target.refreshLibrary();
  if (message.kind === 'library') {
    if (message.removedPlanId && target.current(message.removedPlanId)) target.removed(message.removedPlanId);
    return;
  }
  await adoptStored(message.planId, message.changed, target);
}

/**
 * Reads the given records of the open plan back from IndexedDB and merges them into what the
 * window shows (another window's save, or this window's own library action on the open plan).
 */
export async function adoptStored(planId: PlanId, changed: ChangedIds, target: SyncTarget): Promise<void> {
  if (!target.current(planId)) return;
  await untilIdle(target);
  const db = await getDb();
  const stored = await readStoredRecords(db, planId, changed);
  const now = target.current(planId);
  if (!now) return;
  const base = now.persisted;
  const theirs = mergeStoredIntoDocument(base, base, changed, stored);
  if (theirs === base) return;
  target.adopt(planId, theirs, (doc) => mergeStoredIntoDocument(base, doc, changed, stored));
}

let listening = false;
let planTarget: SyncTarget | null = null;

function startListening(): void {
  const ch = getChannel();
  if (!ch || listening) return;
  listening = true;
  ch.addEventListener('message', (event: MessageEvent<SyncMessage>) => {
    if (planTarget) void receive(event.data, planTarget);
    for (const listener of listeners) listener(event.data);
  });
}

/** Starts listening to other windows (once) on behalf of the open plan. */
export function listenToOtherWindows(target: SyncTarget): void {
  planTarget = target;
  startListening();
}
