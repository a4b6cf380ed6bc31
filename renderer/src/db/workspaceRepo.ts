import { type Person, type PlanDocument, type Workspace } from '../../../shared/domain';
import { isDeepEqual } from '../../../shared/sync/mergeRecords';
import { mergeWorkspace } from '../../../shared/sync/mergeWorkspace';
import type { CampaignDeskDb } from './database';
import { loadDocument } from './documentRepo';

/**
 * The workspace's records (people, yearly budgets) in their own tables (schema version 3).
 * Like plan documents, a save writes only what changed, compared by identity, in one
 * transaction; the workspace is small, so reading it whole is cheap.
 */
export async function loadWorkspace(db: CampaignDeskDb): Promise<Workspace> {
  return db.transaction('r', db.workspaceTables, () => readWorkspaceTables(db));
}

/**
 * A person as stored: with their place in the roster. People are keyed by a random id, so the
 * table's own order is not the roster's (added Zed, Amy, Mia read back Zed, Mia, Amy); the
 * workload and its workbook follow the roster's order (docs/people.md). Not an index, so no new
 * schema version: a row stored before has no position and, until the next save writes them all,
 * the roster reads in the table's order as it did.
 */
type StoredPerson = Person & { position?: number };

async function readStoredPeople(db: CampaignDeskDb): Promise<StoredPerson[]> {
  const rows: StoredPerson[] = await db.people.toArray();
  // Stable: rows without a position keep the table's order, after those with one.
  return rows.sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
}

function withoutPosition({ position: _, ...person }: StoredPerson): Person {
  return person;
}

/** The roster's rows to store: each person with their place. */
function storedRows(people: readonly Person[]): StoredPerson[] {
  return people.map((p, position) => ({ ...p, position }));
}

async function readWorkspaceTables(db: CampaignDeskDb): Promise<Workspace> {
  const [rows, yearBudgets] = await Promise.all([readStoredPeople(db), db.yearBudgets.toArray()]);
  yearBudgets.sort((a, b) => a.year - b.year);
  return { people: rows.map(withoutPosition), yearBudgets };
}

function changes<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const beforeById = new Map<string, T>(before.map((r) => [r.id, r]));
  const puts: T[] = [];
  for (const r of after) {
    const was = beforeById.get(r.id);
    if (was !== r && !isDeepEqual(was, r)) puts.push(r);
    beforeById.delete(r.id);
  }
  return { puts, deletes: [...beforeById.keys()] };
}

/**
 * Stores `next`'s changes against `prev` (what this window last knew stored; null: nothing),
 * merged with what another window stored meanwhile (shared/sync/mergeWorkspace), all or nothing.
 * Returns the workspace as stored now — `next` itself unless the other window's edits came in —
 * and whether anything was written.
 */
export async function saveWorkspace(
  db: CampaignDeskDb,
  prev: Workspace | null,
  next: Workspace,
): Promise<{ stored: Workspace; wrote: boolean }> {
  return db.transaction('rw', db.workspaceTables, async () => {
    const storedPeople = await readStoredPeople(db);
    const now = await readWorkspaceTables(db);
    const merged = mergeWorkspace(prev, next, now);
    // Positions too: adding, removing or reordering moves the people after.
    const people = changes(storedPeople, storedRows(merged.people));
    const years = changes(now.yearBudgets, merged.yearBudgets);
    if (people.puts.length > 0) await db.people.bulkPut(people.puts);
    if (people.deletes.length > 0) await db.people.bulkDelete(people.deletes);
    if (years.puts.length > 0) await db.yearBudgets.bulkPut(years.puts);
    if (years.deletes.length > 0) await db.yearBudgets.bulkDelete(years.deletes);
    const wrote = people.puts.length + people.deletes.length + years.puts.length + years.deletes.length > 0;
    return { stored: merged, wrote };
  });
}

/** Replaces the whole workspace (a restore, a journal left by a closed page), in one transaction. */
export async function replaceWorkspace(db: CampaignDeskDb, workspace: Workspace): Promise<void> {
  await db.transaction('rw', db.workspaceTables, async () => {
    await db.people.clear();
    await db.yearBudgets.clear();
    if (workspace.people.length > 0) await db.people.bulkPut(storedRows(workspace.people));
    if (workspace.yearBudgets.length > 0) await db.yearBudgets.bulkPut(workspace.yearBudgets);
  });
}

/** Every plan (trash excluded) whose peak day is in `year`, whole, for the annual roll-up. */
export async function loadDocumentsOfYear(db: CampaignDeskDb, year: number): Promise<PlanDocument[]> {
  return db.transaction('r', db.planTables, async () => {
    const prefix = `${year}-`;
    const plans = (await db.plans.toArray()).filter(
      (p) => p.deletedAt === null && p.peakDate.startsWith(prefix),
    );
    const docs = await Promise.all(plans.map((p) => loadDocument(db, p.id)));
    return docs.filter((d): d is PlanDocument => d !== null);
  });
}
