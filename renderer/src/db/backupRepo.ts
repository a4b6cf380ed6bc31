import Dexie, { type Table } from 'dexie';
import { parseBackupName, type BackupReason } from '../../../shared/backup/backupName';
import { backupKindOf, type BackupKind } from '../../../shared/backup/retention';
import type { PlanDocument, Workspace } from '../../../shared/domain';
import { desktopBackups } from '../platform';
import type { CampaignDeskDb } from './database';
import { insertDocuments, loadDocument } from './documentRepo';
import { dropAllSummaries } from './planSummaryRepo';
import { replaceWorkspace } from './workspaceRepo';

/**
 * Where backups live: files in userData/backups on the desktop, a separate IndexedDB database
 * in a browser. Separate on purpose: a backup must survive whatever happens to the app's data.
 */
export const BACKUPS_DB_NAME = 'campaign-desk-backups';

export interface StoredBackup {
  name: string;
  /** When it was taken (ISO 8601 instant). */
  takenAt: string;
  reason: BackupReason;
  /** Automatic, manual or safety: decides how long it is kept (docs/backup-retention.md). */
  kind: BackupKind;
  /**
   * Size in bytes of the JSON as UTF-8. Browser backups taken before issue 10 recorded UTF-16
   * code units instead (the same figure for ASCII, somewhat less for Chinese text).
   */
  size: number;
}

/** As stored in the browser's backups database: the kind is not stored, it follows the reason. */
interface BackupRow {
  name: string;
  takenAt: string;
  reason: BackupReason;
  size: number;
}

class BackupsDb extends Dexie {
  list!: Table<BackupRow, string>;
  /** A backup's text, or its first piece with how many pieces follow (writeStoredBackup). */
  contents!: Table<{ name: string; json: string; more?: number }, string>;
  constructor() {
    super(BACKUPS_DB_NAME, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ list: 'name, takenAt', contents: 'name' });
  }
}

let backupsDb: BackupsDb | null = null;
function browserBackups(): BackupsDb {
  backupsDb ??= new BackupsDb();
  return backupsDb;
}

export async function listStoredBackups(): Promise<StoredBackup[]> {
  const desktop = desktopBackups();
  let rows: StoredBackup[];
  if (desktop) {
    rows = (await desktop.listBackups()).flatMap((entry) => {
      const parsed = parseBackupName(entry.name);
      return parsed
        ? [{ name: entry.name, size: entry.size, ...parsed, kind: backupKindOf(parsed.reason) }]
        : [];
    });
  } else {
    rows = (await browserBackups().list.toArray()).map((row) => ({ ...row, kind: backupKindOf(row.reason) }));
  }
  return rows.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * Stores a backup: `pieces` are its JSON text cut in consecutive parts (joined, they are the file),
 * `size` the text's length in bytes as UTF-8. In a browser each piece is its own row, written one
 * after another in one transaction: a 150 MB backup is never one value for IndexedDB to copy in a
 * single task, and the page paints between two pieces. The first row (the backup's name) says how
 * many follow (`more`); the others are named `<name>#1`, `<name>#2` … and never listed.
 */
export async function writeStoredBackup(
  name: string,
  pieces: readonly string[],
  size: number,
): Promise<void> {
  const parsed = parseBackupName(name);
  if (!parsed) throw new Error(`Backup name "${name}" does not say when and why it was taken.`);
  const desktop = desktopBackups();
  if (desktop) {
    await desktop.writeBackup({ name, json: pieces.join('') });
    return;
  }
  const db = browserBackups();
  await db.transaction('rw', db.list, db.contents, async () => {
    for (let i = 1; i < pieces.length; i++)
      await db.contents.put({ name: pieceName(name, i), json: pieces[i]! });
    await db.contents.put({ name, json: pieces[0] ?? '', more: pieces.length - 1 });
    await db.list.put({ name, size, ...parsed });
  });
}

const pieceName = (name: string, i: number) => `${name}#${i}`;

export async function readStoredBackup(name: string): Promise<string> {
  const desktop = desktopBackups();
  if (desktop) return desktop.readBackup(name);
  const db = browserBackups();
  const row = await db.contents.get(name);
  if (!row) throw new Error(`Backup ${name} no longer exists.`);
  if (!row.more) return row.json;
  const rest = await db.contents.bulkGet(Array.from({ length: row.more }, (_, i) => pieceName(name, i + 1)));
  if (rest.some((r) => r === undefined)) throw new Error(`Backup ${name} is missing a part.`);
  return row.json + rest.map((r) => r!.json).join('');
}

export async function deleteStoredBackup(name: string): Promise<void> {
  const desktop = desktopBackups();
  if (desktop) {
    await desktop.deleteBackup(name);
    return;
  }
  const db = browserBackups();
  await db.transaction('rw', db.list, db.contents, async () => {
    await db.list.delete(name);
    await db.contents.delete(name);
    await db.contents.where('name').startsWith(`${name}#`).delete();
  });
}

/**
 * Every plan (trash included), one at a time, each read in a transaction of its own: a backup of
 * 200 plans and 400,000 records never holds the whole library in one read (the main thread
 * deserialising it all in one go, the summaries' writes waiting behind it). Each plan is one
 * moment's state; a plan deleted meanwhile is left out, one saved meanwhile is read as saved.
 * Backups and restores themselves run one at a time (state/backupStore.ts).
 */
export async function* eachDocument(db: CampaignDeskDb): AsyncGenerator<PlanDocument> {
  const ids = (await db.plans.toCollection().primaryKeys()) as PlanDocument['plan']['id'][];
  for (const id of ids) {
    const doc = await loadDocument(db, id);
    if (doc) yield doc;
  }
}

/** Every plan (trash included), as `eachDocument` reads them. */
export async function readAllDocuments(db: CampaignDeskDb): Promise<PlanDocument[]> {
  const docs: PlanDocument[] = [];
  for await (const doc of eachDocument(db)) docs.push(doc);
  return docs;
}

/**
 * Replaces every plan with these, and the workspace when one is given, in ONE transaction: a
 * failed restore leaves the data as it was.
 */
export async function replaceAllDocuments(
  db: CampaignDeskDb,
  docs: readonly PlanDocument[],
  workspace?: Workspace,
): Promise<void> {
  await db.transaction('rw', [...db.planWriteTables, ...db.workspaceTables], async () => {
    for (const table of db.planTables) await table.clear();
    await dropAllSummaries(db);
    await insertDocuments(db, docs);
    if (workspace) await replaceWorkspace(db, workspace);
  });
}

export async function planExists(db: CampaignDeskDb, planId: string): Promise<boolean> {
  return (await db.plans.get(planId)) !== undefined;
}
