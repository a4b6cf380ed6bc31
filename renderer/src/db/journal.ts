import { workspaceSchema, type PlanDocument, type PlanId, type Workspace } from '../../../shared/domain';
import type { CampaignDeskDb } from './database';
import { applyDiff, diffDocuments, type DocumentDiff } from './documentRepo';
import { replaceWorkspace } from './workspaceRepo';

/**
 * The crash journal. IndexedDB writes are asynchronous: a reload, a closed tab or a killed
 * window can end the page while a save is still in flight, and the edit would be lost although
 * the planner saw it on screen. So every edit not yet stored is also written, synchronously, to
 * localStorage as the records it changes; a stored save clears it, and the next start applies
 * whatever is left before anything reads the database (getDb).
 */
const PREFIX = 'campaign-desk:journal:';

interface JournalEntry {
  planId: PlanId;
  /** The unsaved document's plan.updatedAt: a stored plan at or after it already holds the edit. */
  updatedAt: string;
  diff: DocumentDiff;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Records what `doc` changes against the stored `persisted` version. Never throws. */
export function writeJournal(persisted: PlanDocument | null, doc: PlanDocument): void {
  const store = storage();
  if (!store) return;
  const diff = diffDocuments(persisted, doc);
  const key = PREFIX + doc.plan.id;
  try {
    if (diff.isEmpty) store.removeItem(key);
    else store.setItem(key, JSON.stringify({ planId: doc.plan.id, updatedAt: doc.plan.updatedAt, diff }));
  } catch {
    // Full (a whole import at once): the IndexedDB save is still on its way; the journal is a
    // second line of defence, not the store.
    store.removeItem(key);
  }
}

export function clearJournal(planId: PlanId): void {
  storage()?.removeItem(PREFIX + planId);
}

function readEntries(store: Storage): { key: string; entry: JournalEntry | null }[] {
  const out: { key: string; entry: JournalEntry | null }[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      out.push({ key, entry: JSON.parse(store.getItem(key) ?? 'null') as JournalEntry | null });
    } catch {
      out.push({ key, entry: null });
    }
  }
  return out;
}

/**
 * Stores what an earlier page left in the journal, when the database does not hold it yet.
 * Returns the plans it restored edits into.
 */
export async function replayJournals(db: CampaignDeskDb): Promise<PlanId[]> {
  const store = storage();
  if (!store) return [];
  const replayed: PlanId[] = [];
  for (const { key, entry } of readEntries(store)) {
    if (entry && entry.diff && typeof entry.updatedAt === 'string') {
      const stored = await db.plans.get(entry.planId);
      // A plan deleted for good stays deleted; a plan stored at or after the journal has the edit.
      if (stored && stored.updatedAt < entry.updatedAt) {
        await applyDiff(db, entry.planId, entry.diff);
        replayed.push(entry.planId);
      }
    }
    store.removeItem(key);
  }
  return replayed;
}

/**
 * The workspace's journal (people, yearly budgets): the same defence as the plans' one. The
 * workspace is small, so the whole unsaved workspace is written; a stored save clears it.
 */
const WORKSPACE_KEY = 'campaign-desk:workspace-journal';

export function writeWorkspaceJournal(workspace: Workspace): void {
  const store = storage();
  if (!store) return;
  try {
    store.setItem(WORKSPACE_KEY, JSON.stringify(workspace));
  } catch {
    store.removeItem(WORKSPACE_KEY);
  }
}

export function clearWorkspaceJournal(): void {
  storage()?.removeItem(WORKSPACE_KEY);
}

/** Stores the workspace an earlier page journalled but did not get to store. True when it did. */
export async function replayWorkspaceJournal(db: CampaignDeskDb): Promise<boolean> {
  const store = storage();
  const text = store?.getItem(WORKSPACE_KEY);
  if (!store || !text) return false;
  store.removeItem(WORKSPACE_KEY);
  let parsed;
  try {
    parsed = workspaceSchema.safeParse(JSON.parse(text));
  } catch {
    return false;
  }
  if (!parsed.success) return false;
  await replaceWorkspace(db, parsed.data);
  return true;
}
