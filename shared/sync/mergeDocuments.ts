import { collectionKeys, type CollectionKey, type PlanDocument } from '../domain/document';
import { noteDerived, positionOfId } from './lineage';
import { mergeRecord } from './mergeRecords';

/** Ids of the records a save touched, per collection ('plan' and 'review' hold the plan id). */
export type ChangedIds = Partial<Record<CollectionKey | 'plan' | 'review', string[]>>;

/** What is stored now for touched records; a missing or `undefined` entry means "not stored". */
export interface StoredRecords {
  plan: PlanDocument['plan'] | undefined;
  review: PlanDocument['review'] | undefined;
  records: Partial<Record<CollectionKey, Map<string, unknown>>>;
}

type Rec = { id: string; order?: number };

/**
 * `list` with the records of `versions` put in (an `undefined` version removes the record). Where
 * nothing is removed the copy keeps every record at its position and appends the new ones, and
 * says so (sync/lineage), so the next reader of the copy — a merge, the war room's hourly index —
 * looks at the written positions only.
 */
function withRecords(list: readonly Rec[], versions: ReadonlyMap<string, Rec | undefined>): Rec[] {
  const out: (Rec | undefined)[] = list.slice();
  const written: number[] = [];
  let removed = false;
  let added = false;
  for (const [id, v] of versions) {
    const i = positionOfId(list, id);
    if (i === undefined) {
      if (!v) continue;
      written.push(out.length);
      out.push(v);
      added = true;
    } else {
      written.push(i);
      out[i] = v;
      if (!v) removed = true;
    }
  }
  const records = removed ? out.filter((r): r is Rec => r !== undefined) : (out as Rec[]);
  // A record another window added goes where its `order` puts it, as a fresh load would.
  if (added && records.some((r) => typeof r.order === 'number')) {
    return records.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  }
  if (!removed) noteDerived(list, records, written);
  return records;
}

/** The records of `list` whose ids are in `ids`, by id. */
function recordsById(list: readonly Rec[], ids: readonly string[]): Map<string, Rec> {
  const out = new Map<string, Rec>();
  for (const id of ids) {
    const i = positionOfId(list, id);
    if (i !== undefined) out.set(id, list[i]!);
  }
  return out;
}

/**
 * `mine` with every touched record three-way merged against `base` and the stored version.
 * With `base === mine` it simply takes the stored records (the new "last stored" document).
 * Untouched collections keep their identity, so the store's diffing stays cheap.
 */
export function mergeStoredIntoDocument(
  base: PlanDocument,
  mine: PlanDocument,
  changed: ChangedIds,
  stored: StoredRecords,
): PlanDocument {
  let next: PlanDocument = mine;
  if (changed.plan && stored.plan) {
    const plan = mergeRecord(base.plan, mine.plan, stored.plan) ?? mine.plan;
    if (plan !== mine.plan) next = { ...next, plan };
  }
  if (changed.review) {
    const review =
      mergeRecord(base.review ?? undefined, mine.review ?? undefined, stored.review ?? undefined) ?? null;
    if (review !== mine.review) next = { ...next, review };
  }
  for (const key of collectionKeys) {
    const ids = changed[key];
    if (!ids || ids.length === 0) continue;
    const storedById = stored.records[key];
    // Only the changed records are looked up: a war room's store holds 150,000 hourly records and
    // another window's new hour changes a few hundred of them.
    const baseById = recordsById(base[key], ids);
    const mineById = mine[key] === base[key] ? baseById : recordsById(mine[key], ids);
    const versions = new Map<string, Rec | undefined>();
    let differs = false;
    for (const id of ids) {
      const merged = mergeRecord(baseById.get(id), mineById.get(id), storedById?.get(id) as Rec | undefined);
      versions.set(id, merged);
      if (merged !== mineById.get(id)) differs = true;
    }
    if (differs) next = { ...next, [key]: withRecords(mine[key], versions) } as PlanDocument;
  }
  return next;
}

/** Ids of records that differ (by identity) between two versions of a document. */
export function changedIdsBetween(base: PlanDocument | null, next: PlanDocument): ChangedIds {
  const changed: ChangedIds = {};
  if (!base || base.plan !== next.plan) changed.plan = [next.plan.id];
  if ((base?.review ?? null) !== next.review) changed.review = [next.plan.id];
  for (const key of collectionKeys) {
    const before: readonly Rec[] = base ? base[key] : [];
    const after: readonly Rec[] = next[key];
    if (before === after) continue;
    const beforeById = new Map<string, Rec>(before.map((r) => [r.id, r]));
    const ids: string[] = [];
    for (const r of after) {
      if (beforeById.get(r.id) !== r) ids.push(r.id);
      beforeById.delete(r.id);
    }
    ids.push(...beforeById.keys());
    if (ids.length > 0) changed[key] = ids;
  }
  return changed;
}

/** The touched records of a document, as a StoredRecords (absent ones as `undefined`). */
export function recordsOf(doc: PlanDocument, changed: ChangedIds): StoredRecords {
  const out: StoredRecords = {
    plan: changed.plan ? doc.plan : undefined,
    review: changed.review ? doc.review : undefined,
    records: {},
  };
  for (const key of collectionKeys) {
    const ids = changed[key];
    if (!ids) continue;
    const byId = new Map<string, Rec>(doc[key].map((r: Rec) => [r.id, r]));
    out.records[key] = new Map(ids.map((id) => [id, byId.get(id)]));
  }
  return out;
}

/**
 * Three-way merge of whole documents: `theirs` is what is stored now, `base` what this window
 * last knew stored, `mine` what it shows. Only records that changed between base and theirs
 * are looked at.
 */
export function mergeDocuments(base: PlanDocument, mine: PlanDocument, theirs: PlanDocument): PlanDocument {
  if (theirs === base) return mine;
  const changed = changedIdsBetween(base, theirs);
  return mergeStoredIntoDocument(base, mine, changed, recordsOf(theirs, changed));
}
