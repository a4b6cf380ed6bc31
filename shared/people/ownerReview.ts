import type { PlanDocument } from '../domain';
import { cleanName, nameKey, splitOwners } from './names';
import { matchName, type NameMatch, type RosterIndex } from './matchOwners';

/** The collections of a plan whose records carry a free-text `owner`. */
export const ownerCollections = ['tasks', 'goals', 'risks', 'checklist', 'lessons', 'incidents'] as const;
type OwnerCollection = (typeof ownerCollections)[number];

/** One distinct owner name found in the plans, with its match and where it occurs. */
export interface OwnerNameRow {
  /** The name as typed (trimmed), the identity of the row. */
  raw: string;
  clean: { name: string; note: string };
  match: NameMatch;
  occurrences: number;
  planIds: string[];
}

export type OwnerDecision = { kind: 'person'; personId: string } | { kind: 'new' } | { kind: 'keep' };

function eachOwner(doc: PlanDocument, visit: (owner: string) => void): void {
  for (const key of ownerCollections) {
    for (const record of doc[key] as readonly { owner: string }[]) {
      if (record.owner.trim().length > 0) visit(record.owner);
    }
  }
}

const kindOrder: Record<NameMatch['kind'], number> = { none: 0, suggested: 1, normalized: 2, exact: 3 };

/** Every distinct owner name in the plans: unmatched and suggested first, then the most frequent. */
export function collectOwnerNames(docs: readonly PlanDocument[], roster: RosterIndex): OwnerNameRow[] {
  const rows = new Map<string, OwnerNameRow>();
  for (const doc of docs) {
    eachOwner(doc, (owner) => {
      for (const raw of splitOwners(owner)) {
        let row = rows.get(raw);
        if (!row) {
          row = { raw, clean: cleanName(raw), match: matchName(raw, roster), occurrences: 0, planIds: [] };
          rows.set(raw, row);
        }
        row.occurrences += 1;
        if (!row.planIds.includes(doc.plan.id)) row.planIds.push(doc.plan.id);
      }
    });
  }
  return [...rows.values()].sort(
    (a, b) =>
      kindOrder[a.match.kind] - kindOrder[b.match.kind] ||
      b.occurrences - a.occurrences ||
      a.raw.localeCompare(b.raw),
  );
}

/** The decision the review starts from: the match (or first suggestion), else a new person. */
export function defaultDecision(row: OwnerNameRow): OwnerDecision {
  return row.match.personId !== null ? { kind: 'person', personId: row.match.personId } : { kind: 'new' };
}

export interface NewPersonProposal {
  id: string;
  name: string;
  /** From a note of its names ("运营" of "张三(运营)"), '' when none has one. */
  department: string;
}

export interface OwnerRewritePlan {
  newPeople: NewPersonProposal[];
  /** raw name → the name owner texts get; names kept as text are absent. */
  nameFor: Map<string, string>;
}

/**
 * Turns the review's decisions into the people to add and the names to write. Names decided
 * "new" with the same key become one person.
 */
export function planOwnerRewrite(
  rows: readonly OwnerNameRow[],
  decisions: ReadonlyMap<string, OwnerDecision>,
  people: readonly { id: string; name: string }[],
  makeId: () => string,
): OwnerRewritePlan {
  const nameById = new Map(people.map((p) => [p.id, p.name]));
  const newByKey = new Map<string, NewPersonProposal>();
  const nameFor = new Map<string, string>();
  for (const row of rows) {
    const decision = decisions.get(row.raw) ?? defaultDecision(row);
    if (decision.kind === 'keep') continue;
    if (decision.kind === 'person') {
      const name = nameById.get(decision.personId);
      if (name !== undefined) nameFor.set(row.raw, name);
      continue;
    }
    const key = nameKey(row.raw);
    let person = newByKey.get(key);
    if (!person) {
      person = { id: makeId(), name: row.clean.name, department: row.clean.note };
      newByKey.set(key, person);
    } else if (person.department === '' && row.clean.note !== '') {
      // "张三" and "张三(运营)" are one new person, whose department the note gives.
      person.department = row.clean.note;
    }
    nameFor.set(row.raw, person.name);
  }
  return { newPeople: [...newByKey.values()], nameFor };
}

/**
 * An owner text rewritten: each mapped name replaced, each person once, joined with "/". A text
 * none of whose names is mapped (all kept as text) stays exactly as written.
 */
export function rewriteOwnerText(owner: string, nameFor: ReadonlyMap<string, string>): string {
  const parts = splitOwners(owner);
  if (!parts.some((p) => nameFor.has(p))) return owner;
  const out: string[] = [];
  for (const p of parts) {
    const name = nameFor.get(p) ?? p;
    if (!out.includes(name)) out.push(name);
  }
  return out.join('/');
}

/** The plan with its owners rewritten, or null when no owner in it changes. */
export function rewriteDocumentOwners(
  doc: PlanDocument,
  nameFor: ReadonlyMap<string, string>,
): PlanDocument | null {
  let changed = false;
  const next: PlanDocument = { ...doc };
  for (const key of ownerCollections) {
    const records = doc[key] as readonly { owner: string }[];
    let touched = false;
    const rewritten = records.map((r) => {
      const owner = rewriteOwnerText(r.owner, nameFor);
      if (owner === r.owner) return r;
      touched = true;
      return { ...r, owner };
    });
    if (touched) {
      changed = true;
      (next as Record<OwnerCollection, unknown>)[key] = rewritten;
    }
  }
  return changed ? next : null;
}
