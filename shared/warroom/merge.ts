import {
  newId,
  type Channel,
  type HourKey,
  type HourlyId,
  type HourlyRecord,
  type PlanDocument,
  type PlanId,
} from '../domain';
import { hourlyMetrics, type HourlyMetric, type HourlyRow } from './importHourly';
import { noteDerived, positionTable } from '../sync/lineage';

/** One figure that an import changes: it was stored before with another value. */
export interface HourlyChange {
  hour: HourKey;
  channelId: string | null;
  sku: string | null;
  metric: HourlyMetric;
  before: number;
  after: number;
}

export interface HourlyMerge {
  records: HourlyRecord[];
  /** Keys new to the plan. */
  added: number;
  /** Keys already stored whose figures the import replaced (same values count as unchanged). */
  replaced: number;
  changes: HourlyChange[];
}

/** The key of an hourly record: hour, channel and SKU (docs/warroom.md "Same hours again"). */
export const recordKey = (r: { hour: HourKey; channelId: string | null; sku: string | null }): string =>
  `${r.hour}|${r.channelId ?? ''}|${r.sku ?? ''}`;

/** Where each key stands in a store, kept along the stores merged from it (sync/lineage). */
const keyPositions = positionTable<HourlyRecord>(recordKey);

/** Data stored before keys were unique: one record a key, at the first position, the last value. */
function compact(records: readonly HourlyRecord[]): HourlyRecord[] {
  const byKey = new Map<string, HourlyRecord>();
  for (const r of records) byKey.set(recordKey(r), r);
  return [...byKey.values()];
}

const stockIsLevel = (m: HourlyMetric): boolean => m === 'stock';

/**
 * Same hours again replace, never add (docs/warroom.md): rows are keyed by hour, channel and SKU;
 * a figure in the import replaces the stored one, figures it does not carry are kept. A row that
 * is cumulative since 00:00 becomes the hour's value by subtracting the hours before it already
 * stored for the same channel/SKU that day. Pure: `existing` is not changed.
 */
export function mergeHourly(
  existing: readonly HourlyRecord[],
  incoming: readonly HourlyRow[],
  opts: { planId: PlanId; source: string; importedAt: string },
): HourlyMerge {
  // The stored records keep their positions and new keys are appended, so the war room's
  // index of a 150,000-record store is brought up to date from the positions written here
  // (hourlyIndex) instead of comparing every record; and the key → position table of the store
  // is kept with it, so one more hour does not key every stored record again.
  const unique = keyPositions.repeatsKeys(existing) ? compact(existing) : existing;
  const records = unique.slice();
  const written: number[] = [];
  const appended = new Map<string, number>();
  const at = (key: string): number | undefined => keyPositions.positionOf(unique, key) ?? appended.get(key);
  const put = (key: string, r: HourlyRecord): void => {
    const i = at(key);
    if (i === undefined) {
      appended.set(key, records.length);
      written.push(records.length);
      records.push(r);
    } else {
      records[i] = r;
      written.push(i);
    }
  };
  // The stored records of each day and channel/SKU, so a cumulative row subtracts the hours
  // before it without walking every stored record. Built from the days the cumulative rows fall
  // on, when the first one arrives.
  let byGroup: Map<string, Map<string, HourlyRecord>> | null = null;
  const groupOf = (r: { hour: HourKey; channelId: string | null; sku: string | null }): string =>
    `${r.hour.slice(0, 10)}|${r.channelId ?? ''}|${r.sku ?? ''}`;
  const remember = (key: string, r: HourlyRecord): void => {
    if (!byGroup) return;
    const g = groupOf(r);
    const list = byGroup.get(g) ?? new Map<string, HourlyRecord>();
    list.set(key, r);
    byGroup.set(g, list);
  };
  const touched = new Set<string>();
  const changes: HourlyChange[] = [];
  let added = 0;
  let replaced = 0;
  // Per-hour rows first, then the cumulative ones in time order, so each subtracts what is known.
  const cumulative = incoming.filter((r) => r.cumulativeSince0).sort((a, b) => (a.hour < b.hour ? -1 : 1));
  const ordered = [...incoming.filter((r) => !r.cumulativeSince0), ...cumulative];
  for (const row of ordered) {
    const key = recordKey(row);
    const values = { ...row.values };
    if (row.cumulativeSince0) {
      if (!byGroup) {
        byGroup = new Map();
        const days = new Set(cumulative.map((r) => r.hour.slice(0, 10)));
        for (const r of records) if (days.has(r.hour.slice(0, 10))) remember(recordKey(r), r);
      }
      const sameGroup = byGroup.get(groupOf(row));
      for (const m of hourlyMetrics) {
        const v = values[m];
        if (v === undefined || stockIsLevel(m)) continue;
        let before = 0;
        if (sameGroup) for (const r of sameGroup.values()) if (r.hour < row.hour) before += r[m] ?? 0;
        values[m] = Math.max(0, v - before);
      }
    }
    const i = at(key);
    const old = i === undefined ? undefined : records[i];
    const base: HourlyRecord = old ?? {
      id: newId<HourlyId>(),
      planId: opts.planId,
      hour: row.hour,
      channelId: row.channelId,
      sku: row.sku,
      skuName: row.skuName,
      gmvMinor: null,
      uv: null,
      buyers: null,
      orders: null,
      units: null,
      stock: null,
      spendMinor: null,
      refundsMinor: null,
      complaints: null,
      source: opts.source,
      importedAt: opts.importedAt,
      asOf: null,
    };
    const next: HourlyRecord = {
      ...base,
      skuName: row.skuName || base.skuName,
      source: opts.source,
      importedAt: opts.importedAt,
      asOf: row.asOf,
    };
    let differs = false;
    for (const m of hourlyMetrics) {
      const v = values[m];
      if (v === undefined) continue;
      const prev = base[m];
      if (old && prev !== null && prev !== v && !touched.has(key)) {
        changes.push({
          hour: row.hour,
          channelId: row.channelId,
          sku: row.sku,
          metric: m,
          before: prev,
          after: v,
        });
      }
      if (prev !== v) differs = true;
      next[m] = v;
    }
    if (!old) added++;
    else if (differs && !touched.has(key)) replaced++;
    touched.add(key);
    put(key, next);
    remember(key, next);
  }
  noteDerived(unique, records, written);
  return { records, added, replaced, changes };
}

/** What an hourly import brings: its rows, the channels it adds, where and when it came from. */
export interface HourlyImport {
  rows: readonly HourlyRow[];
  newChannels: readonly Channel[];
  source: string;
  importedAt: string;
}

/** The recipe of an import: new channels added, hourly records merged — one undoable edit. */
export function applyHourlyImport(
  doc: PlanDocument,
  { rows, newChannels, source, importedAt }: HourlyImport,
): PlanDocument {
  const merged = mergeHourly(doc.hourly, rows, { planId: doc.plan.id, source, importedAt });
  const known = new Set(doc.channels.map((c) => c.id));
  return {
    ...doc,
    channels: [...doc.channels, ...newChannels.filter((c) => !known.has(c.id))],
    hourly: merged.records,
  };
}
