import type { Plan, PlanDocument } from '../domain';
import { nameKey } from '../people/names';
import { ownerCollections } from '../people/ownerReview';
import { compareZh, ownerNamesOfTally, tallyOwners } from './ownerTally';

/**
 * The library's search, filters and sort (issue 14.7), defined in docs/library.md. Pure: the
 * library lists plan records with a small summary per plan (task count, owner names) and never
 * whole documents, so these functions see only that.
 */

/** What the library knows of one plan. */
export interface LibraryEntry {
  plan: Plan;
  taskCount: number;
  /** Distinct owner names of the plan's tasks, goals, risks, checklist, lessons and incidents. */
  owners: readonly string[];
}

/** The stored summary of a plan's records, for the library (kept beside the plan record). */
export interface PlanRecordSummary {
  taskCount: number;
  owners: string[];
}

export type LibrarySort = 'updated' | 'name' | 'peak' | 'created';

export interface LibraryFilters {
  query: string;
  /** A calendar year the plan runs in (start to end), or null for any. */
  year: number | null;
  platform: string | null;
  tag: string | null;
  /** An owner name as listed by `libraryFacets` (compared by name key), or null for any. */
  owner: string | null;
  status: Plan['status'] | null;
  showArchived: boolean;
}

export const noLibraryFilters: LibraryFilters = {
  query: '',
  year: null,
  platform: null,
  tag: null,
  owner: null,
  status: null,
  showArchived: false,
};

/** Folded for comparing: NFKC (full-width → ordinary), lower case, spaces collapsed. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The owner names of a set of records: each owner text split, cleaned, once per name key, sorted. */
export function ownerNamesOf(records: Iterable<{ owner?: unknown }>): string[] {
  return ownerNamesOfTally(tallyOwners(records));
}

/** The summary of a whole document (what the library stores when a plan's summary is stale). */
export function summarizeDocument(doc: PlanDocument): PlanRecordSummary {
  const owners = ownerNamesOf(ownerCollections.flatMap((key) => doc[key] as readonly { owner: string }[]));
  return { taskCount: doc.tasks.length, owners };
}

/**
 * A plan's tags as stored: each trimmed and NFKC-folded, empty ones dropped, a tag repeated in
 * another case kept once (the first spelling wins), in the order given.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Every calendar year the plan runs in, from its start to its end date (the peak's year at least). */
export function planYears(plan: Plan): number[] {
  const first = Number(plan.startDate.slice(0, 4));
  const last = Math.max(first, Number(plan.endDate.slice(0, 4)));
  const peak = Number(plan.peakDate.slice(0, 4));
  const years: number[] = [];
  for (let y = Math.min(first, peak); y <= Math.max(last, peak); y++) years.push(y);
  return years;
}

/** Platform key → its shown names (both languages), so "天猫" and "tmall" both find a Tmall plan. */
export type PlatformNames = (platform: string) => readonly string[];

/**
 * The texts a search word is looked for in, folded: name, theme, tags, owner names, platforms (key
 * and shown names). Kept per entry (an entry is replaced, not changed, when its plan changes), so
 * typing a word folds each plan's texts once, not once per keystroke.
 */
const foldedTexts = new WeakMap<PlatformNames, WeakMap<LibraryEntry, readonly string[]>>();
function searchTexts(entry: LibraryEntry, platformNames: PlatformNames): readonly string[] {
  let known = foldedTexts.get(platformNames);
  if (!known) {
    known = new WeakMap();
    foldedTexts.set(platformNames, known);
  }
  let texts = known.get(entry);
  if (!texts) {
    const { plan } = entry;
    texts = [
      plan.name,
      plan.theme,
      ...(plan.tags ?? []),
      ...entry.owners,
      ...plan.platforms.flatMap((p) => [p, ...platformNames(p)]),
    ].map(fold);
    known.set(entry, texts);
  }
  return texts;
}

/**
 * Does one search word find the plan? It does when it is part of the name, theme, a tag, an
 * owner name, a platform (key or shown name), or — a four-digit word — a year the plan runs in.
 */
function wordMatches(entry: LibraryEntry, word: string, platformNames: PlatformNames): boolean {
  if (/^\d{4}$/u.test(word) && planYears(entry.plan).includes(Number(word))) return true;
  return searchTexts(entry, platformNames).some((t) => t.includes(word));
}

/** The query's words (split on spaces, folded); every word must find the plan. */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(' ')
    .filter((w) => w !== '');
}

export function entryMatches(
  entry: LibraryEntry,
  filters: LibraryFilters,
  platformNames: PlatformNames,
  words: readonly string[] = queryWords(filters.query),
): boolean {
  const { plan } = entry;
  if (plan.deletedAt !== null) return false;
  if (!filters.showArchived && plan.archivedAt !== null) return false;
  if (filters.status !== null && plan.status !== filters.status) return false;
  if (filters.year !== null && !planYears(plan).includes(filters.year)) return false;
  if (filters.platform !== null && !plan.platforms.includes(filters.platform)) return false;
  if (filters.tag !== null && !hasTag(plan, filters.tag)) return false;
  if (filters.owner !== null) {
    const key = nameKey(filters.owner);
    if (!entry.owners.some((o) => nameKey(o) === key)) return false;
  }
  return words.every((w) => wordMatches(entry, w, platformNames));
}

/** Does the plan carry this tag? Compared case-insensitively (docs/library.md, "Filters and sort"). */
export function hasTag(plan: Plan, tag: string): boolean {
  const wanted = tag.toLowerCase();
  return (plan.tags ?? []).some((t) => t.toLowerCase() === wanted);
}

/** The tags of these plans, each once (case-insensitively), by how many plans carry them then by name. */
export function tagsInUse(plans: Iterable<Plan>): string[] {
  const tags = new Map<string, { tag: string; count: number }>();
  for (const plan of plans) {
    for (const t of plan.tags ?? []) {
      const hit = tags.get(t.toLowerCase());
      if (hit) hit.count += 1;
      else tags.set(t.toLowerCase(), { tag: t, count: 1 });
    }
  }
  return [...tags.values()].sort((a, b) => b.count - a.count || compareZh(a.tag, b.tag)).map((t) => t.tag);
}

/** Names compared as the library sorts them (made once: a collator is costly to create). */
let nameCollator: Intl.Collator | null = null;

/**
 * The entries in the library's order (ties by name, so the order is stable). Filtering keeps this
 * order, so a screen sorts once per listing and sort, not once per typed word: sorting, comparing
 * Chinese names, was half of a keystroke's search at 200 plans.
 */
export function sortLibrary<E extends LibraryEntry>(entries: readonly E[], sort: LibrarySort): E[] {
  nameCollator ??= new Intl.Collator(['zh-CN', 'en-US']);
  const collator = nameCollator;
  const byName = (a: E, b: E) => collator.compare(a.plan.name, b.plan.name);
  return [...entries].sort((a, b) => {
    let d = 0;
    if (sort === 'peak') d = b.plan.peakDate.localeCompare(a.plan.peakDate);
    else if (sort === 'created') d = b.plan.createdAt.localeCompare(a.plan.createdAt);
    else if (sort === 'updated') d = b.plan.updatedAt.localeCompare(a.plan.updatedAt);
    return d !== 0 ? d : byName(a, b);
  });
}

/** The entries the filters let through, in the order given (a stable sort then a filter is a filter then the sort). */
export function filterLibrary<E extends LibraryEntry>(
  sorted: readonly E[],
  filters: LibraryFilters,
  platformNames: PlatformNames,
): E[] {
  const words = queryWords(filters.query);
  return sorted.filter((e) => entryMatches(e, filters, platformNames, words));
}

export interface LibraryFacets {
  /** Years plans run in, newest first. */
  years: number[];
  platforms: string[];
  /** Tags in use, each once (case-insensitively), by how many plans carry them then by name. */
  tags: string[];
  owners: string[];
}

/** The values the filters offer: those of the plans not in the trash. */
export function libraryFacets(entries: readonly LibraryEntry[]): LibraryFacets {
  const years = new Set<number>();
  const platforms = new Set<string>();
  const owners = new Map<string, string>();
  for (const { plan, owners: names } of entries) {
    if (plan.deletedAt !== null) continue;
    for (const y of planYears(plan)) years.add(y);
    for (const p of plan.platforms) platforms.add(p);
    for (const o of names) if (!owners.has(nameKey(o))) owners.set(nameKey(o), o);
  }
  return {
    years: [...years].sort((a, b) => b - a),
    platforms: [...platforms].sort(),
    tags: tagsInUse(entries.filter((e) => e.plan.deletedAt === null).map((e) => e.plan)),
    owners: [...owners.values()].sort(compareZh),
  };
}
