import type { HourKey, HourlyRecord, IsoDate } from '../domain';
import { derivation } from '../sync/lineage';

/**
 * The hourly records grouped by day, with each day's sums for the pacing (docs/warroom.md
 * "Pacing"). A 30-day store holds ~150,000 records; when one more hour arrives only its day is
 * summed again — the other days' sums are reused — so the war room keeps up as data comes in.
 *
 * Records are never changed in place (a merge makes new objects for the keys it touches and
 * keeps the others), and a merge keeps every stored record at its position and appends new keys.
 * So the index of a new array is found by comparing it, position by position, with the array
 * indexed last: the days of the positions that hold another object are summed again.
 */

/** One SKU's figures over one day's records (or the elapsed part of a day). */
export interface SkuDay {
  units: number;
  gmv: number;
  /** The stock of the latest hour that has one (the later record when two share that hour). */
  stock: number | null;
  stockHour: HourKey | null;
  /** The first name written, by hour (the earlier record when two share that hour). */
  name: string;
  nameHour: HourKey | null;
}

export interface DaySums {
  /** Shop rows (no channel, no SKU) by hour; the later record wins when a key repeats. */
  shop: Map<HourKey, HourlyRecord>;
  /** Σ GMV of the channel rows by hour. */
  channelHour: Map<HourKey, number>;
  /** Σ GMV and spend by channel id. */
  channels: Map<string, { gmv: number; spend: number }>;
  skus: Map<string, SkuDay>;
}

export interface DayBucket {
  date: IsoDate;
  /** Positions in `records`, ascending. */
  positions: readonly number[];
  sums: DaySums;
}

export interface HourlyIndex {
  records: readonly HourlyRecord[];
  days: ReadonlyMap<IsoDate, DayBucket>;
}

/** Sums of `records` (in their order), only the hours before `before` when given. */
export function sumDay(records: Iterable<HourlyRecord>, before: HourKey | null = null): DaySums {
  const out: DaySums = { shop: new Map(), channelHour: new Map(), channels: new Map(), skus: new Map() };
  for (const r of records) {
    if (before !== null && r.hour >= before) continue;
    if (r.sku !== null) {
      let s = out.skus.get(r.sku);
      if (!s) {
        s = { units: 0, gmv: 0, stock: null, stockHour: null, name: '', nameHour: null };
        out.skus.set(r.sku, s);
      }
      s.units += r.units ?? 0;
      s.gmv += r.gmvMinor ?? 0;
      if (r.stock !== null && (s.stockHour === null || r.hour >= s.stockHour)) {
        s.stock = r.stock;
        s.stockHour = r.hour;
      }
      if (r.skuName && (s.nameHour === null || r.hour < s.nameHour)) {
        s.name = r.skuName;
        s.nameHour = r.hour;
      }
    } else if (r.channelId !== null) {
      out.channelHour.set(r.hour, (out.channelHour.get(r.hour) ?? 0) + (r.gmvMinor ?? 0));
      const c = out.channels.get(r.channelId) ?? { gmv: 0, spend: 0 };
      c.gmv += r.gmvMinor ?? 0;
      c.spend += r.spendMinor ?? 0;
      out.channels.set(r.channelId, c);
    } else out.shop.set(r.hour, r);
  }
  return out;
}

/** The records of a day of the index, in the array's order. */
export function recordsOfDay(index: HourlyIndex, date: IsoDate): HourlyRecord[] {
  const bucket = index.days.get(date);
  return bucket ? bucket.positions.map((p) => index.records[p]!) : [];
}

function bucketOf(records: readonly HourlyRecord[], date: IsoDate, positions: number[]): DayBucket {
  return { date, positions, sums: sumDay(positions.map((p) => records[p]!)) };
}

/** The index built from nothing: every day grouped and summed. */
export function buildHourlyIndex(records: readonly HourlyRecord[]): HourlyIndex {
  const positions = new Map<IsoDate, number[]>();
  for (let i = 0; i < records.length; i++) {
    const date = records[i]!.hour.slice(0, 10);
    const list = positions.get(date);
    if (list) list.push(i);
    else positions.set(date, [i]);
  }
  const days = new Map<IsoDate, DayBucket>();
  for (const [date, list] of positions) days.set(date, bucketOf(records, date, list));
  return { records, days };
}

/**
 * The index of `next` from the index of an earlier array: null when `next` is not that array
 * with some positions replaced and records appended (a removal, an undo past a merge), or when
 * so much changed that building it again is as quick.
 */
export function updateHourlyIndex(
  prev: HourlyIndex,
  next: readonly HourlyRecord[],
  candidates: Iterable<number> | null = null,
): HourlyIndex | null {
  const old = prev.records;
  if (next.length < old.length) return null;
  const limit = Math.max(64, next.length >> 3);
  const dirty = new Map<IsoDate, number[]>();
  const positionsOf = (date: IsoDate): number[] => {
    let list = dirty.get(date);
    if (!list) {
      list = [...(prev.days.get(date)?.positions ?? [])];
      dirty.set(date, list);
    }
    return list;
  };
  let changed = 0;
  for (const i of candidates ?? next.keys()) {
    const was = i < old.length ? old[i]! : null;
    const now = next[i]!;
    if (was === now) continue;
    if (++changed > limit) return null;
    const to = now.hour.slice(0, 10);
    const from = was ? was.hour.slice(0, 10) : null;
    if (from === to) {
      positionsOf(to);
      continue;
    }
    if (from !== null) {
      const list = positionsOf(from);
      list.splice(list.indexOf(i), 1);
    }
    positionsOf(to).push(i);
  }
  if (changed === 0) return { records: next, days: prev.days };
  const days = new Map(prev.days);
  for (const [date, list] of dirty) {
    if (list.length === 0) days.delete(date);
    else
      days.set(
        date,
        bucketOf(
          next,
          date,
          list.sort((a, b) => a - b),
        ),
      );
  }
  return { records: next, days };
}

// Memo of the pure functions above: the index of an array already seen, and the last few built
// as bases for the next array (an undo goes back to a shorter array; the edit after it starts
// from there). Records arrays are immutable, so a hit is always right.
const seen = new WeakMap<readonly HourlyRecord[], HourlyIndex>();
const RECENT = 4;
const recent: HourlyIndex[] = [];

/** The index of `records`: remembered, brought up to date from a recent one, or built. */
export function hourlyIndex(records: readonly HourlyRecord[]): HourlyIndex {
  const hit = seen.get(records);
  if (hit) return hit;
  // How the array was made, when a merge noted it (sync/lineage): only its written positions.
  const note = derivation(records);
  const from = note && seen.get(note.from);
  const noted = from ? updateHourlyIndex(from, records, new Set(note.positions)) : null;
  if (noted) return remember(records, noted);
  const base = recent.find((r) => r.records.length <= records.length);
  return remember(records, (base && updateHourlyIndex(base, records)) ?? buildHourlyIndex(records));
}

function remember(records: readonly HourlyRecord[], index: HourlyIndex): HourlyIndex {
  seen.set(records, index);
  recent.unshift(index);
  if (recent.length > RECENT) recent.pop();
  return index;
}
