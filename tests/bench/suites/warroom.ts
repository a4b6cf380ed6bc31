import * as XLSX from 'xlsx';
import { addDays, planDocumentSchema } from '../../../shared/domain';
import { evaluateAlerts } from '../../../shared/warroom/alerts';
import { importHourlyBytes } from '../../../shared/warroom/importFile';
import type { HourlyRow } from '../../../shared/warroom/importHourly';
import { applyHourlyImport } from '../../../shared/warroom/merge';
import { computePacing } from '../../../shared/warroom/pacing';
import { median, round, type BenchRow, type BenchSuite } from '../types';

/**
 * War room (issue 13 point 11), pure Node:
 * - warroom.import.30x24: one .xlsx back-office export of a 30-day campaign — a shop sheet
 *   (720 hours), a channel sheet (10 channels × 720 hours) and the SKU sheet (the 200 SKUs at the
 *   export's hour, with stock) — read, mapped, validated and merged into the plan;
 * - warroom.import.overhead.ratio: that against a bare XLSX.read + sheet_to_json of every sheet;
 * - warroom.import.30x24.skuEveryHour (+ .bare, ratio): the same with every SKU at every hour
 *   (151,920 rows, 10 MB) — reported: SheetJS's own read of it takes seconds;
 * - warroom.merge.newHour / warroom.pace.newHour: one more hour arrives at that size — merged into
 *   the plan, then pacing and alerts recomputed (the budgeted figure).
 */
const DAYS = 30;
const CHANNELS = 10;
const SKUS = 200;
const START = '2026-10-20';
const hh = (h: number) => String(h).padStart(2, '0');

/**
 * The back office's workbook of the campaign so far. `skuHours` 'snapshot': the SKU sheet is one
 * export of the 200 SKUs at the last hour (units, GMV, stock) — what 生意参谋's 商品 export gives;
 * 'every': every SKU at every one of the 720 hours (144,000 rows on two sheets).
 */
function workbook(skuHours: 'snapshot' | 'every'): Uint8Array {
  const shop: (string | number)[][] = [['统计时间', '支付金额', '访客数', '支付买家数', '花费']];
  const channels: (string | number)[][] = [['统计时间', '流量来源', '支付金额', '花费']];
  // 144,000 SKU rows: two sheets of 100 SKUs, as the importer refuses a sheet past 100,000 rows.
  const skuHeader = ['统计时间', '商品ID', '商品名称', '支付件数', '支付金额', '库存'];
  const skus: (string | number)[][][] = [[skuHeader], [skuHeader]];
  for (let d = 0; d < DAYS; d++) {
    const date = addDays(START, d);
    for (let h = 0; h < 24; h++) {
      const t = `${date} ${hh(h)}:00`;
      const wave = 1 + ((h * 7 + d) % 5);
      shop.push([t, 40_000 * wave, 9_000 * wave, 400 * wave, 8_000 * wave]);
      for (let c = 0; c < CHANNELS; c++) channels.push([t, `渠道${c + 1}`, 4_000 * wave + c, 800 * wave]);
      const exportHour = d === DAYS - 1 && h === 23;
      if (skuHours === 'every' || exportHour)
        for (let s = 0; s < SKUS; s++)
          skus[s < SKUS / 2 ? 0 : 1]!.push([
            t,
            `SKU-${s}`,
            `商品 ${s}`,
            wave + (s % 3),
            199 * (wave + (s % 3)),
            5_000 - d * 24 - h,
          ]);
    }
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(shop), '全店');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(channels), '渠道');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(skus[0]!), '商品1');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(skus[1]!), '商品2');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

function plan() {
  const planId = 'bench-warroom';
  return planDocumentSchema.parse({
    plan: {
      id: planId,
      name: 'bench',
      type: 'double11',
      startDate: START,
      endDate: addDays(START, DAYS - 1),
      peakDate: addDays(START, DAYS - 1),
      createdAt: '2026-10-01T00:00:00.000Z',
      updatedAt: '2026-10-01T00:00:00.000Z',
    },
    goals: [{ id: 'g', planId, title: 'GMV', metric: 'gmv', unit: 'money', target: 10_000_000_000 }],
  });
}

const newRow = (hour: string, channelId: string | null, sku: string | null): HourlyRow => ({
  hour,
  channelId: channelId as HourlyRow['channelId'],
  channelName: null,
  sku,
  skuName: '',
  values: {},
  cumulativeSince0: false,
  asOf: null,
  sheet: 'bench',
  excelRow: 2,
});

/** Each of `fns` once per turn, `runs` turns after one to warm up: the median time of each. */
function measureInTurns(fns: readonly (() => void)[], runs: number): number[] {
  for (const fn of fns) fn();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++)
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      fn();
      times[k]!.push(performance.now() - t0);
    });
  return times.map(median);
}

const suite: BenchSuite = () => {
  const base = plan();
  const ctx = {
    planId: base.plan.id,
    currency: 'CNY',
    channels: base.channels,
    products: [],
    defaultDate: null,
    snapshotHour: null,
    fileName: 'bench.xlsx',
    mode: 'auto' as const,
  };
  /**
   * The whole import of `bytes` into the plan, and a bare SheetJS read of the same bytes, timed in
   * turns (one of each, `runs` times, after one of each to warm up), so that the garbage collector
   * and the host's moments weigh on both alike: timed one after the other, three of each, the
   * snapshot's ratio read 1.42–1.89 in four runs of the same build.
   */
  const importOf = (bytes: Uint8Array, expected: number, runs: number) => {
    let imported = base;
    const full = () => {
      const r = importHourlyBytes(bytes, ctx);
      if (!r.value) throw new Error(`warroom bench file unreadable: ${JSON.stringify(r.problems[0])}`);
      imported = applyHourlyImport(base, {
        rows: r.value.rows,
        newChannels: r.value.newChannels,
        source: 'bench.xlsx',
        importedAt: '2026-11-18T00:00:00.000Z',
      });
    };
    const bare = () => {
      const wb = XLSX.read(bytes, { type: 'array' });
      for (const name of wb.SheetNames) XLSX.utils.sheet_to_json(wb.Sheets[name]!, { header: 1 });
    };
    const [fullMs = NaN, bareMs = NaN] = measureInTurns([full, bare], runs);
    if (imported.hourly.length !== expected)
      throw new Error(`warroom bench stored ${imported.hourly.length}, expected ${expected}`);
    return { doc: imported, full: fullMs, bare: bareMs };
  };
  const snapshot = importOf(workbook('snapshot'), DAYS * 24 * (1 + CHANNELS) + SKUS, 9);
  const expected = DAYS * 24 * (1 + CHANNELS + SKUS);
  const every = importOf(workbook('every'), expected, 3);
  let doc = every.doc;
  // One more hour arrives: the back office's export of the last hour again, with new figures for
  // the shop, the 10 channels and the 200 SKUs (211 rows). The merge writes it into the plan
  // (`warroom.merge.newHour`, reported); then pacing and alerts are computed for the new plan
  // (`warroom.pace.newHour`, the budgeted figure: what the war room does when data arrives).
  const lastHour = addDays(START, DAYS - 1) + 'T23:00';
  const hourRows = (n: number): HourlyRow[] => [
    { ...newRow(lastHour, null, null), values: { gmvMinor: 40_000 * n, uv: 9_000 * n, buyers: 400 * n } },
    ...doc.channels.map((c) => ({
      ...newRow(lastHour, c.id, null),
      values: { gmvMinor: 4_000 * n, spendMinor: 800 * n },
    })),
    ...Array.from({ length: SKUS }, (_, s) => ({
      ...newRow(lastHour, null, `SKU-${s}`),
      values: { units: n + (s % 3), gmvMinor: 199 * (n + (s % 3)), stock: 4_000 - n },
    })),
  ];
  evaluateAlerts(doc, computePacing(doc));
  const merges: number[] = [];
  const paces: number[] = [];
  for (let n = 1; n <= 15; n++) {
    const t0 = performance.now();
    const next = applyHourlyImport(doc, {
      rows: hourRows(n),
      newChannels: [],
      ...{
        source: `hour-${n}.xlsx`,
        importedAt: '2026-11-18T00:00:00.000Z',
      },
    });
    const t1 = performance.now();
    evaluateAlerts(next, computePacing(next));
    const t2 = performance.now();
    if (n > 4) {
      merges.push(t1 - t0);
      paces.push(t2 - t1);
    }
    doc = next;
  }
  if (doc.hourly.length !== expected)
    throw new Error(`warroom bench: the new hour added records (${doc.hourly.length})`);
  const pace = median(paces);
  const rows: BenchRow[] = [
    { name: 'warroom.import.30x24', value: round(snapshot.full), unit: 'ms', budget: 500 },
    {
      name: 'warroom.import.overhead.ratio',
      value: round(snapshot.full / snapshot.bare, 2),
      unit: 'ratio',
      budget: 1.5,
    },
    { name: 'warroom.import.30x24.skuEveryHour', value: round(every.full), unit: 'ms', budget: null },
    { name: 'warroom.import.30x24.skuEveryHour.bare', value: round(every.bare), unit: 'ms', budget: null },
    {
      name: 'warroom.import.overhead.ratio.skuEveryHour',
      value: round(every.full / every.bare, 2),
      unit: 'ratio',
      budget: 1.5,
    },
    { name: 'warroom.merge.newHour', value: round(median(merges), 2), unit: 'ms', budget: null },
    { name: 'warroom.pace.newHour', value: round(pace, 2), unit: 'ms', budget: 16 },
  ];
  return Promise.resolve(rows);
};

export default suite;
