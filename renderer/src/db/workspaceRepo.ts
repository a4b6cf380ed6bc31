import { emptyWorkspace, type Workspace } from '../../../shared/domain';
import type { CampaignDeskDb } from './database';

/**
 * The workspace's records (people, yearly budgets) in their own tables (schema version 3).
 * Like plan documents, a save writes only what changed, compared by identity, in one
 * transaction; the workspace is small, so reading it whole is cheap.
 */
export async function loadWorkspace(db: CampaignDeskDb): Promise<Workspace> {
  return db.transaction('r', db.workspaceTables, async () => {
    const [people, yearBudgets] = await Promise.all([db.people.toArray(), db.yearBudgets.toArray()]);
    yearBudgets.sort((a, b) => a.year - b.year);
    return { people, yearBudgets };
  });
}

function changes<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const beforeById = new Map<string, T>(before.map((r) => [r.id, r]));
  const puts: T[] = [];
  for (const r of after) {
    if (beforeById.get(r.id) !== r) puts.push(r);
    beforeById.delete(r.id);
  }
  return { puts, deletes: [...beforeById.keys()] };
}

/** Stores what `next` changes against `prev` (null: nothing is known to be stored), all or nothing. */
export async function saveWorkspace(
  db: CampaignDeskDb,
  prev: Workspace | null,
  next: Workspace,
): Promise<void> {
  const base = prev ?? emptyWorkspace();
  const people = changes(base.people, next.people);
  const years = changes(base.yearBudgets, next.yearBudgets);
  await db.transaction('rw', db.workspaceTables, async () => {
    if (people.puts.length > 0) await db.people.bulkPut(people.puts);
    if (people.deletes.length > 0) await db.people.bulkDelete(people.deletes);
    if (years.puts.length > 0) await db.yearBudgets.bulkPut(years.puts);
    if (years.deletes.length > 0) await db.yearBudgets.bulkDelete(years.deletes);
  });
}

/** Replaces the whole workspace (a restore, a journal left by a closed page), in one transaction. */
export async function replaceWorkspace(db: CampaignDeskDb, workspace: Workspace): Promise<void> {
  await db.transaction('rw', db.workspaceTables, async () => {
    await db.people.clear();
    await db.yearBudgets.clear();
    if (workspace.people.length > 0) await db.people.bulkPut(workspace.people);
    if (workspace.yearBudgets.length > 0) await db.yearBudgets.bulkPut(workspace.yearBudgets);
  });
}
