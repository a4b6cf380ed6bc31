/**
 * What is known about how one records array was made from another. Records arrays are never
 * changed in place; a merge (another window's save, an hour imported in the war room) makes a copy
 * with a few positions replaced and perhaps records appended. Noting that here lets whoever reads
 * the new array work from the few positions instead of scanning the whole array again — the war
 * room's store holds 150,000 hourly records and a new hour touches a few hundred.
 */
// `from` is held weakly: a strong reference would keep every array of a lineage alive as long as
// the newest one is (one 150,000-record array and its hourly index per hour merged, for as long as
// the window is open). A reader only uses `from` while it still has something built for it.
const derived = new WeakMap<
  readonly unknown[],
  { from: WeakRef<readonly unknown[]>; positions: readonly number[] }
>();

/**
 * `next` is `from` with the records at `positions` replaced or appended and nothing else changed.
 * Every position table of `from` is carried over to `next`, with the keys at those positions.
 */
export function noteDerived<T>(from: readonly T[], next: readonly T[], positions: readonly number[]): void {
  derived.set(next, { from: new WeakRef(from), positions });
  for (const carry of carriers) carry(from, next, positions);
}

/**
 * How `next` was made, when it was noted with `noteDerived` and its source is still alive (a
 * source nothing else holds any more has been collected, and with it whatever was built for it).
 */
export function derivation<T>(
  next: readonly T[],
): { from: readonly T[]; positions: readonly number[] } | undefined {
  const note = derived.get(next);
  const from = note?.from.deref();
  return note && from ? { from: from as readonly T[], positions: note.positions } : undefined;
}

/** Where each key stands in a records array; a key is what `keyOf` says of a record. */
export interface PositionTable<T> {
  /** The position of the record keyed `key` in `list` (the first, if stored twice), or undefined. */
  positionOf(list: readonly T[], key: string): number | undefined;
  /** Whether `list` holds some key twice (data from before its keys were unique). */
  repeatsKeys(list: readonly T[]): boolean;
}

type Carry = (from: readonly unknown[], next: readonly unknown[], positions: readonly number[]) => void;
const carriers: Carry[] = [];

/**
 * Key → position, one table per lineage: an array made by `noteDerived` keeps its source's table
 * (positions do not move; appended keys are added), so one table serves an array and every array
 * merged from it, and a merge does not key every record again. The table holds every key of its
 * array (a key it lacks is not in the array) and may know keys from another branch of the lineage
 * (an undo, then another edit): a lookup checks the record it points at and builds a table of the
 * array's own when that record has another key.
 */
export function positionTable<T>(keyOf: (record: T) => string): PositionTable<T> {
  type Table = { positions: Map<string, number>; repeats: boolean };
  const tables = new WeakMap<readonly T[], Table>();
  const build = (list: readonly T[]): Table => {
    const table: Table = { positions: new Map(), repeats: false };
    for (let i = 0; i < list.length; i++) {
      const key = keyOf(list[i]!);
      if (table.positions.has(key)) table.repeats = true;
      else table.positions.set(key, i);
    }
    tables.set(list, table);
    return table;
  };
  const tableOf = (list: readonly T[]): Table => tables.get(list) ?? build(list);
  carriers.push((from, next, positions) => {
    const table = tables.get(from as readonly T[]);
    // A table that repeats keys stays with its own array: the caller compacts that data first.
    if (!table || table.repeats) return;
    for (const p of positions) table.positions.set(keyOf((next as readonly T[])[p]!), p);
    tables.set(next as readonly T[], table);
  });
  return {
    positionOf(list, key) {
      const i = tableOf(list).positions.get(key);
      if (i === undefined || (i < list.length && keyOf(list[i]!) === key)) return i;
      return build(list).positions.get(key);
    },
    repeatsKeys: (list) => tableOf(list).repeats,
  };
}

const ids = positionTable<{ readonly id: string }>((r) => r.id);

/** The position of the record with `id` in `list`, or undefined when it holds none. */
export const positionOfId = (list: readonly { readonly id: string }[], id: string): number | undefined =>
  ids.positionOf(list, id);
