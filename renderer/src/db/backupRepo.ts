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
  contents!: Table<{ name: string; json: string }, string>;
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

export async function writeStoredBackup(name: string, json: string): Promise<void> {
  const parsed = parseBackupName(name);
  if (!parsed) throw new Error(`Backup name "${name}" does not say when and why it was taken.`);
  const desktop = desktopBackups();
  if (desktop) {
    await desktop.writeBackup({ name, json });
    return;
  }
  const db = browserBackups();
  await db.transaction('rw', db.list, db.contents, async () => {
    await db.contents.put({ name, json });
    await db.list.put({ name, size: new TextEncoder().encode(json).length, ...parsed });
  });
}

export async function readStoredBackup(name: string): Promise<string> {
  const desktop = desktopBackups();
  if (desktop) return desktop.readBackup(name);
  const row = await browserBackups().contents.get(name);
  if (!row) throw new Error(`Backup ${name} no longer exists.`);
  return row.json;
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
  });
}

/** Every plan (trash included), read in one transaction so the backup is one moment's state. */
export async function readAllDocuments(db: CampaignDeskDb): Promise<PlanDocument[]> {
  return db.transaction('r', db.planTables, async () => {
    const ids = (await db.plans.toCollection().primaryKeys()) as PlanDocument['plan']['id'][];
    const docs: PlanDocument[] = [];
    for (const id of ids) {
      const doc = await loadDocument(db, id);
      if (doc) docs.push(doc);
    }
    return docs;
  });
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
