import * as XLSX from 'xlsx';
import { addDays, planDocumentSchema } from '../../../shared/domain';
import { evaluateAlerts } from '../../../shared/warroom/alerts';
import { importHourlyBytes } from '../../../shared/warroom/importFile';
import { applyHourlyImport } from '../../../shared/warroom/merge';
import { computePacing } from '../../../shared/warroom/pacing';
import { median, round, type BenchRow, type BenchSuite } from '../types';

/**
 * War room (issue 13 point 11), pure Node:
 * - warroom.import.30x24: one .xlsx back-office export of a 30-day campaign — a shop sheet
 *   (720 hours), a channel sheet (10 channels × 720 hours) and the SKUs (200 × 720 hours, with
 *   stock, on two sheets) — read, mapped, validated and merged into the plan;
 * - warroom.import.overhead.ratio: that against a bare XLSX.read + sheet_to_json of every sheet;
 * - warroom.pace.newHour: pacing and alerts recomputed after one more hour arrives, at that size.
 */
const DAYS = 30;
const CHANNELS = 10;
const SKUS = 200;
const START = '2026-10-20';
const hh = (h: number) => String(h).padStart(2, '0');

function workbook(): Uint8Array {
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

function measure(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const suite: BenchSuite = () => {
  const bytes = workbook();
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
  let doc = base;
  const full = measure(() => {
    const r = importHourlyBytes(bytes, ctx);
    if (!r.value) throw new Error(`warroom bench file unreadable: ${JSON.stringify(r.problems[0])}`);
    doc = applyHourlyImport(base, r.value.rows, r.value.newChannels, {
      source: 'bench.xlsx',
      importedAt: '2026-11-18T00:00:00.000Z',
    });
  }, 3);
  const expected = DAYS * 24 * (1 + CHANNELS + SKUS);
  if (doc.hourly.length !== expected)
    throw new Error(`warroom bench stored ${doc.hourly.length}, expected ${expected}`);
  const bare = measure(() => {
    const wb = XLSX.read(bytes, { type: 'array' });
    for (const name of wb.SheetNames) XLSX.utils.sheet_to_json(wb.Sheets[name]!, { header: 1 });
  }, 3);
  // One more hour arrives (the last hour's shop row again, a new value): pacing and alerts again.
  const last = doc.hourly.find((r) => r.channelId === null && r.sku === null && r.hour.endsWith('T23:00'))!;
  let n = 0;
  const pace = measure(() => {
    n += 1;
    const next = { ...doc, hourly: doc.hourly.map((r) => (r === last ? { ...r, gmvMinor: n } : r)) };
    evaluateAlerts(next, computePacing(next));
  }, 11);
  const rows: BenchRow[] = [
    { name: 'warroom.import.30x24', value: round(full), unit: 'ms', budget: 500 },
    { name: 'warroom.import.overhead.ratio', value: round(full / bare, 2), unit: 'ratio', budget: 1.5 },
    { name: 'warroom.pace.newHour', value: round(pace, 2), unit: 'ms', budget: 16 },
  ];
  return Promise.resolve(rows);
};

export default suite;
