import { cleanName, nameKey, splitOwners } from '../people/names';

/**
 * The owner names of a plan kept as a tally, so a save can update the library's stored summary
 * from the records it changes alone (docs/library.md, "What the library knows of a plan"): per
 * name key, the name as first spelled and how many records name it. A name whose count drops to
 * zero is gone from the plan.
 */
export type OwnerTally = Readonly<Record<string, { name: string; count: number }>>;

/** The names one owner text gives, by name key (a record naming 张三 twice counts once). */
function namesOf(owner: unknown): Map<string, string> {
  const byKey = new Map<string, string>();
  if (typeof owner !== 'string' || owner.trim() === '') return byKey;
  for (const part of splitOwners(owner)) {
    const key = nameKey(part);
    if (key !== '' && !byKey.has(key)) byKey.set(key, cleanName(part).name);
  }
  return byKey;
}

/** The tally of a set of records, in their order (the first spelling of a name wins). */
export function tallyOwners(records: Iterable<{ owner?: unknown }>): OwnerTally {
  const tally: Record<string, { name: string; count: number }> = {};
  for (const record of records) {
    for (const [key, name] of namesOf(record.owner)) {
      const entry = tally[key];
      if (entry) entry.count += 1;
      else tally[key] = { name, count: 1 };
    }
  }
  return tally;
}

/**
 * The tally after one record changed from `before` to `after` (undefined: not stored). Returns
 * `tally` itself when the record's names did not change.
 */
export function adjustTally(
  tally: OwnerTally,
  before: { owner?: unknown } | undefined,
  after: { owner?: unknown } | undefined,
): OwnerTally {
  const removed = namesOf(before?.owner);
  const added = namesOf(after?.owner);
  let next: Record<string, { name: string; count: number }> | null = null;
  const edit = () => (next ??= { ...tally });
  for (const key of removed.keys()) {
    if (added.has(key)) continue;
    const entry = edit()[key];
    if (!entry) continue;
    if (entry.count <= 1) delete edit()[key];
    else edit()[key] = { ...entry, count: entry.count - 1 };
  }
  for (const [key, name] of added) {
    if (removed.has(key)) continue;
    const entry = edit()[key];
    edit()[key] = entry ? { ...entry, count: entry.count + 1 } : { name, count: 1 };
  }
  return next ?? tally;
}

/**
 * Compares as `a.localeCompare(b, 'zh-CN')` does, with one collator: localeCompare given a locale
 * sets one up at every call, and listing the library sorts every plan's owner names (200 plans).
 */
let zhCollator: Intl.Collator | null = null;
export function compareZh(a: string, b: string): number {
  zhCollator ??= new Intl.Collator('zh-CN');
  return zhCollator.compare(a, b);
}

/** The distinct owner names of a tally, sorted as the library shows them. */
export function ownerNamesOfTally(tally: OwnerTally): string[] {
  return Object.values(tally)
    .map((e) => e.name)
    .sort(compareZh);
}
