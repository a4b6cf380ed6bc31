import type { HourKey, HourlyRecord } from '../domain';

/** The key of an hourly record: hour, channel and SKU (docs/warroom.md "Same hours again"). */
export const recordKey = (r: { hour: HourKey; channelId: string | null; sku: string | null }): string =>
  `${r.hour}|${r.channelId ?? ''}|${r.sku ?? ''}`;

/**
 * Where each key stands in a store of hourly records. A merge keeps every stored record at its
 * position and appends new keys, so one table serves a store and every store merged from it.
 * The table holds every key any of those stores ever had (so a key it lacks is in none of them),
 * and a lookup checks the record the table points at: when that record has another key (the
 * table learnt the key in another undo branch), the store being built gets a table of its own.
 * Records arrays are never changed in place.
 */
export interface KeyPositions {
  /** The position of `key` in `current` (the copy being built from the store), or undefined. */
  lookup(current: readonly HourlyRecord[], key: string): number | undefined;
  /** `key` was appended to the copy at `position`. */
  note(key: string, position: number): void;
  /** The finished copy uses this table from now on. */
  adopt(next: readonly HourlyRecord[]): void;
}

const tables = new WeakMap<readonly HourlyRecord[], Map<string, number>>();

function build(records: readonly HourlyRecord[]): Map<string, number> | null {
  const table = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const key = recordKey(records[i]!);
    if (table.has(key)) return null;
    table.set(key, i);
  }
  return table;
}

/**
 * The key table of `records` (remembered, or built once); null when a key is stored twice —
 * data from before keys were unique — which the caller compacts first.
 */
export function positionsOfKeys(records: readonly HourlyRecord[]): KeyPositions | null {
  let own = tables.get(records) ?? build(records);
  if (!own) return null;
  tables.set(records, own);
  return {
    lookup(current, key) {
      const i = own!.get(key);
      if (i === undefined) return undefined;
      if (i < current.length && recordKey(current[i]!) === key) return i;
      own = build(current)!;
      return own.get(key);
    },
    note(key, position) {
      own!.set(key, position);
    },
    adopt(next) {
      tables.set(next, own!);
    },
  };
}
