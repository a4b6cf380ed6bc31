/**
 * What is known about how one records array was made from another. Records arrays are never
 * changed in place; a merge (another window's save, an hour imported in the war room) makes a copy
 * with a few positions replaced and perhaps records appended. Noting that here lets whoever reads
 * the new array work from the few positions instead of scanning the whole array again — the war
 * room's store holds 150,000 hourly records and a new hour touches a few hundred.
 */
type Rec = { readonly id: string };

const derived = new WeakMap<readonly unknown[], { from: readonly unknown[]; positions: readonly number[] }>();

/** `next` is `from` with the records at `positions` replaced or appended and nothing else changed. */
export function noteDerived<T>(from: readonly T[], next: readonly T[], positions: readonly number[]): void {
  derived.set(next, { from, positions });
  const table = idTables.get(from as readonly Rec[]);
  if (!table) return;
  // Every id of an array stands in its table: a record found at none of the table's positions is
  // not in the array.
  for (const p of positions) table.set((next[p] as Rec).id, p);
  idTables.set(next as readonly Rec[], table);
}

/** How `next` was made, when it was noted with `noteDerived`. */
export function derivation<T>(
  next: readonly T[],
): { from: readonly T[]; positions: readonly number[] } | undefined {
  return derived.get(next) as { from: readonly T[]; positions: readonly number[] } | undefined;
}

// Id → position, one table per lineage: an array made by `noteDerived` keeps its source's table
// (positions do not move; appended ids are added). The table may know ids from another branch of
// the lineage (an undo, then another edit), so a lookup checks the record it points at and builds
// a table of the array's own when that record has another id.
const idTables = new WeakMap<readonly Rec[], Map<string, number>>();

function build(list: readonly Rec[]): Map<string, number> {
  const table = new Map<string, number>();
  for (let i = 0; i < list.length; i++) table.set(list[i]!.id, i);
  return table;
}

/** The position of the record with `id` in `list`, or undefined when it holds none. */
export function positionOfId(list: readonly Rec[], id: string): number | undefined {
  let table = idTables.get(list);
  if (!table) {
    table = build(list);
    idTables.set(list, table);
  }
  const i = table.get(id);
  if (i === undefined || (i < list.length && list[i]!.id === id)) return i;
  const own = build(list);
  idTables.set(list, own);
  return own.get(id);
}
