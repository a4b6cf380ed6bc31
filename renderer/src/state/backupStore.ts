import { create } from 'zustand';
import {
  backupFrame,
  parseBackup,
  reidentifyDocument,
  serializeBackup,
  shareFileName,
  utf8Length,
  type BackupProblem,
} from '../../../shared/backup/backupFile';
import { backupNameFor, type BackupReason } from '../../../shared/backup/backupName';
import { backupKindOf, chooseBackupsToKeep } from '../../../shared/backup/retention';
import type { BackupFile, PlanId, Workspace } from '../../../shared/domain';
import { getDb, insertDocument, loadDocument, loadWorkspace } from '../db';
import {
  deleteStoredBackup,
  eachDocument,
  listStoredBackups,
  planExists,
  readStoredBackup,
  replaceAllDocuments,
  writeStoredBackup,
  type StoredBackup,
} from '../db/backupRepo';
import { openFile, saveFile } from '../platform';
import { useLibraryStore } from './libraryStore';
import { flushPlanSaves, onOwnPlanEdit, reloadAfterRestore } from './planStore';
import { announce } from './syncTabs';
import { flushWorkspaceSaves, reloadWorkspaceAfterRestore } from './workspaceStore';

/**
 * Automatic local backups (issue 7): at start when the last is older than 15 minutes, every
 * 15 minutes while the planner edits, and before every import, restore and schema upgrade
 * (the upgrade one is taken in db/migrations.ts). Which are kept is docs/backup-retention.md:
 * the 10 latest automatic, every manual, safety ones for 7 days, one a day for 30 days.
 */
export const BACKUP_INTERVAL_MS = 15 * 60_000;
const APP_VERSION = '0.1.0';
const jsonFilters = [{ name: 'Campaign Desk', extensions: ['json'] }];
const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

export interface Persistence {
  /** null when the browser cannot tell (no StorageManager). */
  isPersisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

interface BackupState {
  backups: StoredBackup[];
  isLoaded: boolean;
  error: string | null;
  persistence: Persistence;
  /** The backup that undoes the last restore, while the planner may still want it. */
  undoRestoreName: string | null;
  refresh(): Promise<void>;
}

export const useBackupStore = create<BackupState>((set) => ({
  backups: [],
  isLoaded: false,
  error: null,
  persistence: { isPersisted: null, usageBytes: null, quotaBytes: null },
  undoRestoreName: null,
  async refresh() {
    try {
      set({ backups: await listStoredBackups(), isLoaded: true, error: null });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error), isLoaded: true });
    }
  },
}));

let chain: Promise<unknown> = Promise.resolve();
/** Backups and restores run one at a time, in the order asked. */
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = chain.then(work, work);
  chain = next.catch(() => undefined);
  return next;
}

async function pruneOldBackups(now: Date, pinned: readonly string[]): Promise<void> {
  const all = await listStoredBackups();
  const kept = chooseBackupsToKeep(all, { now, utcOffsetMinutes: -now.getTimezoneOffset(), pinned });
  const keep = new Set(kept.map((b) => b.name));
  for (const b of all) if (!keep.has(b.name)) await deleteStoredBackup(b.name);
}

/** Gives the browser a turn (paint, input) before going on; not slowed in a hidden window as timers are. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

interface BackupText {
  /** The file's JSON text in consecutive pieces of about PIECE_CHARS (joined, they are the file). */
  pieces: string[];
  /** Bytes as UTF-8. */
  size: number;
  plans: number;
  workspace: Workspace;
}

/** Plans are gathered into pieces of about this many characters, each stored on its own. */
const PIECE_CHARS = 4_000_000;

/**
 * Every plan (trash included) and the workspace as the backup file's text, written plan by plan:
 * each plan read in a transaction of its own and turned into JSON, the browser given a turn
 * between two plans, and the text kept in pieces (never one 150 MB string). A library of 200
 * plans and 400,000 records is backed up without holding the screen for the whole of it (issue
 * 14.8); joined, the pieces are the text `serializeBackup` writes (backupFile.test.ts).
 */
async function backupText(exportedAt: Date): Promise<BackupText> {
  await flushPlanSaves();
  const db = await getDb();
  const pieces: string[] = [];
  let group: string[] = [];
  let groupChars = 0;
  let plans = 0;
  let size = 0;
  const closeGroup = () => {
    if (group.length === 0) return;
    pieces.push((pieces.length > 0 ? ',' : '') + group.join(','));
    group = [];
    groupChars = 0;
  };
  for await (const doc of eachDocument(db)) {
    const part = JSON.stringify(doc);
    group.push(part);
    groupChars += part.length;
    plans += 1;
    size += utf8Length(part);
    if (groupChars >= PIECE_CHARS) closeGroup();
    await nextTask();
  }
  closeGroup();
  const workspace = await storedWorkspace();
  const { open, close } = backupFrame({ exportedAt, appVersion: APP_VERSION, workspace });
  // The frame around the plans, and a comma between two plans.
  size += utf8Length(open) + utf8Length(close) + Math.max(0, plans - 1);
  if (pieces.length === 0) pieces.push('');
  pieces[0] = open + pieces[0]!;
  pieces[pieces.length - 1] += close;
  return { pieces, size, plans, workspace };
}

/** The workspace (people, yearly budgets) as stored, for backups and "Export all data". */
async function storedWorkspace(): Promise<Workspace> {
  await flushWorkspaceSaves();
  return loadWorkspace(await getDb());
}

let lastBackupAt = 0;

/**
 * Stores a backup of every plan now. The import flow calls `takeBackup('import')` before it
 * writes; restores call it with 'beforeRestore'. Resolves with the backup, or null when there
 * was nothing to back up.
 */
export function takeBackup(reason: BackupReason): Promise<StoredBackup | null> {
  return serially(() => takeBackupNow(reason));
}

/** `pinned`: backups this pruning must not delete (the one a restore reads from). */
async function takeBackupNow(
  reason: BackupReason,
  pinned: readonly string[] = [],
): Promise<StoredBackup | null> {
  const now = new Date();
  const { pieces, size, plans, workspace } = await backupText(now);
  // An empty library has nothing to lose; a backup before a restore is kept even then, so the
  // restore can be undone back to empty.
  const isEmpty = plans === 0 && workspace.people.length === 0 && workspace.yearBudgets.length === 0;
  if (isEmpty && reason !== 'beforeRestore') return null;
  const name = backupNameFor(now, reason);
  await writeStoredBackup(name, pieces, size);
  lastBackupAt = now.getTime();
  editedSinceBackup = false;
  await pruneOldBackups(now, pinned);
  await useBackupStore.getState().refresh();
  return { name, takenAt: now.toISOString(), reason, kind: backupKindOf(reason), size };
}

export type RestoreResult = { ok: true; plans: number } | { ok: false; problem: BackupProblem };

/** `restoredFrom`: the stored backup being restored, which this restore must never delete. */
async function replaceEverything(file: BackupFile, restoredFrom: string | null): Promise<RestoreResult> {
  const before = await takeBackupNow('beforeRestore', restoredFrom ? [restoredFrom] : []);
  // A file written before the workspace existed says nothing about it: the current one stays.
  await replaceAllDocuments(await getDb(), file.plans, file.workspace);
  reloadAfterRestore();
  reloadWorkspaceAfterRestore();
  announce({ kind: 'replacedAll' });
  useBackupStore.setState({ undoRestoreName: before?.name ?? null });
  return { ok: true, plans: file.plans.length };
}

/** Restores a stored backup: the current state is backed up first, so this can be undone. */
export function restoreBackup(name: string): Promise<RestoreResult> {
  return serially(async () => {
    const parsed = parseBackup(await readStoredBackup(name));
    if (!parsed.ok) return parsed;
    return replaceEverything(parsed.file, name);
  });
}

/** Deletes a stored backup by hand (the only way a manual backup goes). */
export function deleteBackup(name: string): Promise<void> {
  return serially(async () => {
    await deleteStoredBackup(name);
    if (useBackupStore.getState().undoRestoreName === name)
      useBackupStore.setState({ undoRestoreName: null });
    await useBackupStore.getState().refresh();
  });
}

/** Reads a stored backup for the preview. */
export async function previewBackup(name: string): Promise<ReturnType<typeof parseBackup>> {
  return parseBackup(await readStoredBackup(name));
}

/** "Export all data": every plan in one versioned JSON file. */
export async function exportAllData(): Promise<boolean> {
  const now = new Date();
  const json = (await backupText(now)).pieces.join('');
  const day = now.toISOString().slice(0, 10);
  return saveFile(
    `campaign-desk-${day}.json`,
    new TextEncoder().encode(json),
    jsonFilters,
    'application/json',
  );
}

export type FileResult =
  | { kind: 'cancelled' }
  | { kind: 'problem'; fileName: string; problem: BackupProblem }
  | { kind: 'restored'; fileName: string; plans: number }
  | { kind: 'added'; fileName: string; planId: PlanId; planName: string; isCopy: boolean };

async function pickBackupFile(): Promise<{ name: string; parsed: ReturnType<typeof parseBackup> } | null> {
  const picked = await openFile(jsonFilters, MAX_BACKUP_BYTES);
  if (!picked) return null;
  return { name: picked.name, parsed: parseBackup(new TextDecoder().decode(picked.data)) };
}

/** "Restore from file": checks the file, then asks `confirm` before replacing everything. */
export async function restoreFromFile(confirm: (plans: number) => Promise<boolean>): Promise<FileResult> {
  const file = await pickBackupFile();
  if (!file) return { kind: 'cancelled' };
  if (!file.parsed.ok) return { kind: 'problem', fileName: file.name, problem: file.parsed.problem };
  const backup = file.parsed.file;
  if (!(await confirm(backup.plans.length))) return { kind: 'cancelled' };
  const result = await serially(() => replaceEverything(backup, null));
  return result.ok
    ? { kind: 'restored', fileName: file.name, plans: result.plans }
    : { kind: 'problem', fileName: file.name, problem: result.problem };
}

/** Saves one plan as a `.campaign.json` share file. */
export async function exportShareFile(planId: PlanId): Promise<boolean> {
  await flushPlanSaves();
  const doc = await loadDocument(await getDb(), planId);
  if (!doc) return false;
  const json = serializeBackup([doc], { exportedAt: new Date(), appVersion: APP_VERSION });
  return saveFile(shareFileName(doc), new TextEncoder().encode(json), jsonFilters, 'application/json');
}

/** Adds the plans of a share file as new plans (fresh ids when one already exists here). */
export async function addSharedText(text: string, fileName: string): Promise<FileResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return { kind: 'problem', fileName, problem: parsed.problem };
  const first = parsed.file.plans[0];
  if (!first) return { kind: 'problem', fileName, problem: { kind: 'notBackup' } };
  return serially(async () => {
    await takeBackupNow('import');
    const db = await getDb();
    const isCopy = await planExists(db, first.plan.id);
    const doc = isCopy ? reidentifyDocument(first) : first;
    await insertDocument(db, doc);
    await useLibraryStore.getState().refresh();
    announce({ kind: 'library' });
    return { kind: 'added', fileName, planId: doc.plan.id, planName: doc.plan.name, isCopy };
  });
}

export async function openShareFile(): Promise<FileResult> {
  const picked = await openFile(jsonFilters, MAX_BACKUP_BYTES);
  if (!picked) return { kind: 'cancelled' };
  return addSharedText(new TextDecoder().decode(picked.data), picked.name);
}

let editedSinceBackup = false;
let started = false;

/** Whether this window edited a plan since the last backup (what the 15-minute timer waits for). */
export const editedSinceLastBackup = (): boolean => editedSinceBackup;

/** Asks the browser to keep our data under storage pressure, and reads how much is used. */
export async function checkPersistence(): Promise<void> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return;
  let isPersisted = await storage.persisted();
  if (!isPersisted) isPersisted = await storage.persist();
  const estimate = await storage.estimate();
  useBackupStore.setState({
    persistence: { isPersisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null },
  });
}

/** Called once the database is open: the start backup, then the 15-minute timer while editing. */
export function startAutomaticBackups(): void {
  if (started) return;
  started = true;
  void checkPersistence();
  void (async () => {
    const backups = await listStoredBackups();
    const newest = backups[0] ? Date.parse(backups[0].takenAt) : 0;
    lastBackupAt = newest;
    if (Date.now() - newest >= BACKUP_INTERVAL_MS) await takeBackup('start');
    else await useBackupStore.getState().refresh();
  })();
  // Only this window's own edits: another window's save taken in here is that window's to back up,
  // else both windows' timers would back up the same data.
  onOwnPlanEdit(() => {
    editedSinceBackup = true;
  });
  setInterval(() => {
    if (editedSinceBackup && Date.now() - lastBackupAt >= BACKUP_INTERVAL_MS) void takeBackup('timer');
  }, 60_000);
}
