import { areSimilarKeys, nameKey, splitOwners } from './names';

/** The part of a roster person that matching needs (a workspace Person has more). */
export interface NamedPerson {
  id: string;
  name: string;
}

export type MatchKind = 'exact' | 'normalized' | 'suggested' | 'none';

export interface NameMatch {
  kind: MatchKind;
  /** The matched person (exact/normalized), or the first suggestion; null for 'none'. */
  personId: string | null;
  /** Every similar person, for 'suggested' (the first is `personId`). */
  suggestions: string[];
}

/** The roster prepared for many look-ups. */
export interface RosterIndex {
  byName: Map<string, string>;
  byKey: Map<string, string>;
  keys: { id: string; key: string }[];
}

export function indexRoster(people: readonly NamedPerson[]): RosterIndex {
  const byName = new Map<string, string>();
  const byKey = new Map<string, string>();
  const keys: { id: string; key: string }[] = [];
  for (const p of people) {
    if (!byName.has(p.name)) byName.set(p.name, p.id);
    const key = nameKey(p.name);
    if (key.length > 0 && !byKey.has(key)) byKey.set(key, p.id);
    keys.push({ id: p.id, key });
  }
  return { byName, byKey, keys };
}

/** One name (a part of an owner text) against the roster, by the rules of docs/people.md. */
export function matchName(raw: string, roster: RosterIndex): NameMatch {
  const exact = roster.byName.get(raw);
  if (exact !== undefined) return { kind: 'exact', personId: exact, suggestions: [] };
  const key = nameKey(raw);
  const normalized = roster.byKey.get(key);
  if (normalized !== undefined) return { kind: 'normalized', personId: normalized, suggestions: [] };
  const suggestions = roster.keys.filter((k) => areSimilarKeys(key, k.key)).map((k) => k.id);
  const first = suggestions[0];
  if (first !== undefined) return { kind: 'suggested', personId: first, suggestions };
  return { kind: 'none', personId: null, suggestions: [] };
}

/**
 * The people an owner text counts for: its names matched exactly or after normalizing
 * (suggestions do not count until accepted). Each person once.
 */
export function countedOwners(ownerText: string, roster: RosterIndex): string[] {
  const ids: string[] = [];
  for (const part of splitOwners(ownerText)) {
    const m = matchName(part, roster);
    if ((m.kind === 'exact' || m.kind === 'normalized') && m.personId !== null && !ids.includes(m.personId)) {
      ids.push(m.personId);
    }
  }
  return ids;
}

/** Does an owner text name this person (exact or normalized)? For "filter tasks by person". */
export function ownerNamesPerson(ownerText: string, personId: string, roster: RosterIndex): boolean {
  return countedOwners(ownerText, roster).includes(personId);
}
