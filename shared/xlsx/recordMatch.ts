import { newId, type PlanId } from '../domain';

/**
 * Matching an imported list of records against the open plan's (xlsx/merge.ts): which plan record
 * each imported one is, the id it keeps or gets, and what a match changes.
 */

export const norm = (s: string): string => s.trim().toLowerCase();

export interface ChangedRow<T> {
  before: T;
  after: T;
  /** Names of the fields whose values differ. */
  fields: string[];
}

export interface RowDiff<T> {
  added: T[];
  changed: ChangedRow<T>[];
  unchanged: T[];
}

/** A record of one of the plan's lists: its id, its plan and its place in the list. */
export interface ListedRecord {
  id: string;
  planId: PlanId;
  order: number;
}

/**
 * Each imported record's match in the open plan: the first plan record with the same key that no
 * earlier imported record took (each plan record is matched once). Keys are compared trimmed and
 * case-insensitively; a record has one key or several, tried in order (a budget category by its
 * Chinese name, then by its English one).
 */
export function matchRecords<T extends ListedRecord>(
  current: readonly T[],
  imported: readonly T[],
  keysOf: (t: T) => readonly string[],
  importedKey: (t: T) => string,
): Map<string, T> {
  const byKey: Map<string, T[]>[] = [];
  for (const t of current) {
    keysOf(t).forEach((raw, k) => {
      const m = (byKey[k] ??= new Map<string, T[]>());
      const key = norm(raw);
      m.set(key, [...(m.get(key) ?? []), t]);
    });
  }
  const taken = new Set<string>();
  const match = new Map<string, T>();
  for (const t of imported) {
    const key = norm(importedKey(t));
    for (const m of byKey) {
      const hit = (m.get(key) ?? []).find((x) => !taken.has(x.id));
      if (!hit) continue;
      taken.add(hit.id);
      match.set(t.id, hit);
      break;
    }
  }
  return match;
}

/** The id each imported record will have in the plan: its match's, or a new one. */
export function idsInPlan<T extends ListedRecord>(
  imported: readonly T[],
  match: Map<string, T>,
): Map<string, T['id']> {
  return new Map(imported.map((t) => [t.id, match.get(t.id)?.id ?? newId<T['id']>()]));
}

/**
 * The imported records against their matches: a match whose `fields` differ is changed (it keeps
 * its id and every other field), an equal one unchanged, and a record without a match is added
 * after the plan's records. `inPlan` points the record's links at the plan's records.
 */
export function diffRecords<T extends ListedRecord>(
  currentCount: number,
  imported: readonly T[],
  match: Map<string, T>,
  fields: readonly (keyof T & string)[],
  inPlan: (t: T) => T,
): RowDiff<T> {
  const diff: RowDiff<T> = { added: [], changed: [], unchanged: [] };
  imported.forEach((t, i) => {
    const before = match.get(t.id);
    const mapped = inPlan(t);
    if (!before) {
      diff.added.push({ ...mapped, order: currentCount + i });
      return;
    }
    const changed = fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(mapped[f]));
    if (changed.length === 0) diff.unchanged.push(before);
    else {
      const after: T = { ...before };
      for (const f of changed) after[f] = mapped[f];
      diff.changed.push({ before, after, fields: changed });
    }
  });
  return diff;
}
