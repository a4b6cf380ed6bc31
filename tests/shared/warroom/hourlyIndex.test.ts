import { describe, expect, it } from 'vitest';
import type { ChannelId, HourKey, HourlyId, PlanDocument } from '../../../shared/domain';
import { buildHourlyIndex, hourlyIndex } from '../../../shared/warroom/hourlyIndex';
import type { HourlyRow } from '../../../shared/warroom/importHourly';
import { applyHourlyImport } from '../../../shared/warroom/merge';
import { computePacing } from '../../../shared/warroom/pacing';
import { workedPlan } from './worked';

/**
 * The war room sums the hourly records day by day and, when a new hour arrives, sums only the
 * days whose records changed (shared/warroom/hourlyIndex.ts). Each step below compares that
 * incremental pacing with the pacing of an index built from nothing.
 */
const hh = (h: number) => String(h).padStart(2, '0');

function row(hour: HourKey, who: { channelId?: ChannelId; sku?: string }, gmv: number): HourlyRow {
  return {
    hour,
    channelId: who.channelId ?? null,
    channelName: null,
    sku: who.sku ?? null,
    skuName: who.sku ? `商品 ${who.sku}` : '',
    values: who.sku
      ? { gmvMinor: gmv, units: Math.round(gmv / 10_000), stock: 5_000 - gmv / 1_000 }
      : who.channelId
        ? { gmvMinor: gmv, spendMinor: Math.round(gmv / 4) }
        : { gmvMinor: gmv, uv: gmv / 100, buyers: gmv / 2_000 },
    cumulativeSince0: false,
    asOf: null,
    sheet: 'test',
    excelRow: 2,
  };
}

function hourRows(hour: HourKey, level: number): HourlyRow[] {
  return [
    row(hour, {}, 1_000_000 * level),
    row(hour, { channelId: 'ch-ztc' as ChannelId }, 300_000 * level),
    row(hour, { channelId: 'ch-live' as ChannelId }, 500_000 * level),
    row(hour, { sku: 'SKU-001' }, 200_000 * level),
    row(hour, { sku: 'SKU-002' }, 100_000 * level),
  ];
}

const stamp = (source: string) => ({ source, importedAt: '2026-11-12T00:00:00.000Z' });

/** The worked plan over three days (10–12 Nov) with every hour of the 10th and the 11th to 09:00. */
function threeDays(): PlanDocument {
  const base = workedPlan();
  const doc = {
    ...base,
    plan: { ...base.plan, startDate: '2026-11-10', endDate: '2026-11-12' },
    phases: base.phases.map((p) => ({ ...p, startDate: '2026-11-10', endDate: '2026-11-12' })),
  };
  const rows: HourlyRow[] = [];
  for (let h = 0; h < 24; h++) rows.push(...hourRows(`2026-11-10T${hh(h)}:00`, 1 + (h % 4)));
  for (let h = 0; h < 10; h++) rows.push(...hourRows(`2026-11-11T${hh(h)}:00`, 2 + (h % 3)));
  return applyHourlyImport(doc, { rows, newChannels: [], ...stamp('day.csv') });
}

const full = (doc: PlanDocument, at?: HourKey) =>
  computePacing(doc, { at: at ?? null, index: buildHourlyIndex(doc.hourly) });

describe('pacing from the day index: incremental equals computed from nothing', () => {
  const start = threeDays();
  computePacing(start);
  const startDays = hourlyIndex(start.hourly).days;

  it('a new hour arrives: only its day is summed again, the figures are those of a full pass', () => {
    const next = applyHourlyImport(start, {
      rows: hourRows('2026-11-11T10:00', 5),
      newChannels: [],
      ...stamp('10.csv'),
    });
    expect(computePacing(next)).toEqual(full(next));
    expect(computePacing(next).at).toBe('2026-11-11T11:00');
    const days = hourlyIndex(next.hourly).days;
    expect(days.get('2026-11-10')).toBe(startDays.get('2026-11-10'));
    expect(days.get('2026-11-11')).not.toBe(startDays.get('2026-11-11'));
  });

  it('a corrected hour of an earlier day, and pacing at moments inside and between days', () => {
    const fixed = applyHourlyImport(start, {
      rows: hourRows('2026-11-10T20:00', 9),
      newChannels: [],
      ...stamp('fix.csv'),
    });
    for (const at of [
      undefined,
      '2026-11-10T00:00',
      '2026-11-10T21:00',
      '2026-11-11T00:00',
      '2026-11-11T02:00',
      '2026-11-13T00:00',
    ] as const)
      expect(computePacing(fixed, { at: at ?? null })).toEqual(full(fixed, at));
    const days = hourlyIndex(fixed.hourly).days;
    expect(days.get('2026-11-11')).toBe(startDays.get('2026-11-11'));
    expect(days.get('2026-11-10')).not.toBe(startDays.get('2026-11-10'));
    // The corrected hour counts once, with its new value: 9 × ¥10,000 instead of 1 × ¥10,000.
    const before = computePacing(start, { at: '2026-11-11T00:00' }).gmv.actualMinor;
    const after = computePacing(fixed, { at: '2026-11-11T00:00' }).gmv.actualMinor;
    expect(after - before).toBe(8_000_000);
  });

  it('a record moved to another day, and records removed (built again), still equal a full pass', () => {
    const moved = {
      ...start,
      hourly: start.hourly.map((r, i) => (i === 3 ? { ...r, hour: '2026-11-11T09:00' } : r)),
    };
    expect(computePacing(moved, { at: '2026-11-11T10:00' })).toEqual(full(moved, '2026-11-11T10:00'));
    const fewer = { ...moved, hourly: moved.hourly.filter((r) => r.sku !== 'SKU-002') };
    expect(computePacing(fewer)).toEqual(full(fewer));
    expect(computePacing(fewer).skus.map((s) => s.sku)).toEqual(['SKU-001']);
  });
});

describe('a merge keeps positions, so the next merge and the index start from what it wrote', () => {
  const start = threeDays();
  const count = (doc: PlanDocument, hour: HourKey) => doc.hourly.filter((r) => r.hour === hour).length;

  it('undo, then another hour: neither branch stores a key twice or loses one', () => {
    computePacing(start);
    // Branch A: 10:00 arrives. Undo (back to `start`), branch B: 11:00 arrives instead — the key
    // table learnt 10:00's keys at the positions B now fills with 11:00's.
    const a = applyHourlyImport(start, {
      rows: hourRows('2026-11-11T10:00', 5),
      newChannels: [],
      ...stamp('a.csv'),
    });
    const b = applyHourlyImport(start, {
      rows: hourRows('2026-11-11T11:00', 6),
      newChannels: [],
      ...stamp('b.csv'),
    });
    expect(count(a, '2026-11-11T10:00')).toBe(5);
    expect(count(b, '2026-11-11T10:00')).toBe(0);
    expect(count(b, '2026-11-11T11:00')).toBe(5);
    // Redo-like: A again gets 10:00 once more (a corrected value) — replaced, not added.
    const a2 = applyHourlyImport(a, {
      rows: hourRows('2026-11-11T10:00', 7),
      newChannels: [],
      ...stamp('a2.csv'),
    });
    expect(a2.hourly).toHaveLength(a.hourly.length);
    expect(count(a2, '2026-11-11T10:00')).toBe(5);
    // And B, corrected at 10:00 for the first time: added, its 11:00 kept.
    const b2 = applyHourlyImport(b, {
      rows: hourRows('2026-11-11T10:00', 8),
      newChannels: [],
      ...stamp('b2.csv'),
    });
    expect(b2.hourly).toHaveLength(b.hourly.length + 5);
    expect(count(b2, '2026-11-11T11:00')).toBe(5);
    for (const doc of [a, b, a2, b2]) expect(computePacing(doc)).toEqual(full(doc));
    // ¥10,000 × 7 for the shop's 10:00 in A2, the last value of a key written twice.
    const shop10 = a2.hourly.find((r) => r.hour === '2026-11-11T10:00' && !r.channelId && !r.sku);
    expect(shop10?.gmvMinor).toBe(7_000_000);
  });

  it('a key twice in one import is stored once, with the later value', () => {
    const rows = [...hourRows('2026-11-11T12:00', 1), ...hourRows('2026-11-11T12:00', 3)];
    const doc = applyHourlyImport(start, { rows, newChannels: [], ...stamp('twice.csv') });
    expect(count(doc, '2026-11-11T12:00')).toBe(5);
    expect(computePacing(doc)).toEqual(full(doc));
  });

  it('a key stored twice (data from before keys were unique) is kept once, with the last value', () => {
    const shop9 = start.hourly.find((r) => r.hour === '2026-11-11T09:00' && !r.channelId && !r.sku)!;
    const stored = {
      ...start,
      hourly: [...start.hourly, { ...shop9, id: 'h-old-copy' as HourlyId, gmvMinor: 4_400_000 }],
    };
    const doc = applyHourlyImport(stored, {
      rows: hourRows('2026-11-11T10:00', 5),
      newChannels: [],
      ...stamp('10.csv'),
    });
    expect(doc.hourly).toHaveLength(start.hourly.length + 5);
    const shop9s = doc.hourly.filter((r) => r.hour === '2026-11-11T09:00' && !r.channelId && !r.sku);
    // ¥44,000, the value stored last for 09:00, counted once.
    expect(shop9s.map((r) => r.gmvMinor)).toEqual([4_400_000]);
    expect(computePacing(doc)).toEqual(full(doc));
  });
});
