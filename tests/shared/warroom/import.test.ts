import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, HourlyRecord, PlanId } from '../../../shared/domain';
import { problemWhere } from '../../../shared/xlsx/problems';
import { importHourlyBytes, importHourlyWorkbook } from '../../../shared/warroom/importFile';
import type { HourlyContext, HourlyRow } from '../../../shared/warroom/importHourly';
import { parseHourCell } from '../../../shared/warroom/hours';
import { mergeHourly } from '../../../shared/warroom/merge';
import { pasteToWorkbook } from '../../../shared/warroom/paste';
import { parseQuickEntry } from '../../../shared/warroom/quickEntry';

const dir = resolve(import.meta.dirname, '../../fixtures/warroom');
const bytesOf = (name: string) => new Uint8Array(readFileSync(resolve(dir, name)));
const planId = 'plan-w' as PlanId;
const channel = (id: string, name: string): Channel =>
  ({
    id,
    planId,
    name,
    kind: 'searchAds',
    expectedUv: null,
    ctr: null,
    cvr: null,
    aovMinor: null,
    plannedSpendMinor: null,
    notes: '',
    order: 0,
  }) as Channel;

function ctx(fileName: string, extra: Partial<HourlyContext> = {}): HourlyContext {
  return {
    planId,
    currency: 'CNY',
    channels: [channel('ch-ztc', '直通车')],
    products: [],
    defaultDate: null,
    snapshotHour: null,
    fileName,
    mode: 'auto',
    ...extra,
  };
}
const shopOf = (rows: HourlyRow[]) => rows.filter((r) => r.channelId === null && r.sku === null);

describe('hours as back offices write them', () => {
  it.each([
    ['00:00-01:00', 0, null],
    ['23:00-24:00', 23, null],
    ['0点', 0, null],
    ['10时', 10, null],
    ['00', 0, null],
    ['2026-11-11 10:00', 10, '2026-11-11'],
    ['2026/11/11 20:00:00', 20, '2026-11-11'],
  ])('%s is hour %i', (text, hour, date) => {
    expect(parseHourCell(text)).toMatchObject({ ok: true, hour, date });
  });
  it('reads Excel times and refuses nonsense', () => {
    expect(parseHourCell(10 / 24)).toMatchObject({ ok: true, hour: 10 });
    expect(parseHourCell({ kind: 'date', date: '2026-11-11', time: '20:00' })).toMatchObject({
      hour: 20,
      date: '2026-11-11',
    });
    expect(parseHourCell('25点')).toEqual({ ok: false });
    expect(parseHourCell('上午')).toEqual({ ok: false });
  });
});

describe('importing hourly files', () => {
  it('a cumulative UTF-8 CSV is recognised as cumulative and turned into per-hour values', () => {
    const r = importHourlyBytes(bytesOf('shop-cumulative.csv'), ctx('shop-cumulative.csv'));
    expect(r.problems).toEqual([]);
    const v = r.value!;
    expect(v.sheets[0]!.mode).toBe('cumulative');
    expect(v.sheets[0]!.columnModes.gmv).toBe('cumulative');
    const rows = shopOf(v.rows);
    // The date comes from the title row "2026-11-11 实时分时数据（累计）".
    expect(rows.map((x) => x.hour)).toEqual([
      '2026-11-11T00:00',
      '2026-11-11T01:00',
      '2026-11-11T02:00',
      '2026-11-11T03:00',
    ]);
    // ¥150,000 / 190,000 / 225,000 / 270,000 cumulative → 150,000 / 40,000 / 35,000 / 45,000 per hour.
    expect(rows.map((x) => x.values.gmvMinor)).toEqual([15_000_000, 4_000_000, 3_500_000, 4_500_000]);
    expect(rows.map((x) => x.values.buyers)).toEqual([2400, 520, 450, 540]);
    expect(rows.map((x) => x.values.refundsMinor)).toEqual([600_000, 300_000, 320_000, 400_000]);
  });

  it('a GBK CSV of channels per hour ("0点") keeps per-hour values and adds the unknown channel', () => {
    const r = importHourlyBytes(bytesOf('channels-gbk.csv'), ctx('channels-gbk.csv'));
    expect(r.problems).toEqual([]);
    const v = r.value!;
    expect(v.sheets[0]!.mode).toBe('perHour');
    expect(v.sheets[0]!.shape).toBe('channel');
    expect(v.newChannels.map((c) => c.name)).toEqual(['达人直播']);
    const ztc = v.rows.filter((x) => x.channelId === 'ch-ztc');
    expect(ztc.map((x) => x.values.gmvMinor)).toEqual([1_500_000, 1_500_000, 1_500_000, 1_500_000]);
    const live = v.rows.filter((x) => x.channelId === v.newChannels[0]!.id);
    expect(live.map((x) => x.values.spendMinor)).toEqual([1_000_000, 500_000, 500_000, 500_000]);
  });

  it('an .xlsx SKU sheet with real Excel times reads units, money and the stock level', () => {
    const r = importHourlyBytes(bytesOf('sku-times.xlsx'), ctx('sku-times.xlsx'));
    expect(r.problems).toEqual([]);
    const v = r.value!;
    expect(v.sheets[0]!.shape).toBe('sku');
    expect(v.sheets[0]!.columnModes.stock).toBe('level');
    const s1 = v.rows.filter((x) => x.sku === 'SKU-001');
    expect(s1.map((x) => x.hour)).toEqual([
      '2026-11-11T00:00',
      '2026-11-11T01:00',
      '2026-11-11T02:00',
      '2026-11-11T03:00',
    ]);
    expect(s1.map((x) => x.values.units)).toEqual([100, 30, 40, 50]);
    expect(s1.map((x) => x.values.stock)).toEqual([320, 290, 250, 200]);
    expect(s1[0]!.skuName).toBe('保温杯');
  });

  it('an .xls with "2026-11-11 10:00" date-times', () => {
    const r = importHourlyBytes(bytesOf('shop-legacy.xls'), ctx('shop-legacy.xls'));
    expect(r.problems).toEqual([]);
    expect(r.value!.rows.map((x) => [x.hour, x.values.gmvMinor])).toEqual([
      ['2026-11-11T10:00', 5_200_000],
      ['2026-11-11T11:00', 4_800_000],
    ]);
  });

  it('a bad cell is named file › sheet › cell (header), and its row is not imported', () => {
    const r = importHourlyBytes(
      bytesOf('shop-bad-cell.csv'),
      ctx('shop-bad-cell.csv', { defaultDate: '2026-11-11' }),
    );
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(problemWhere(errors[0]!, 'zh')).toBe('shop-bad-cell.csv › Sheet1 › B4（支付金额）');
    expect(errors[0]!.message.zh).toContain('约三万');
    expect(r.value!.rows.map((x) => x.hour)).toEqual(['2026-11-11T00:00', '2026-11-11T01:00']);
  });

  it('hours without a date anywhere are refused, naming the cell', () => {
    const r = importHourlyBytes(bytesOf('shop-bad-cell.csv'), ctx('x.csv'));
    expect(r.problems.some((p) => p.code === 'missingHour' && p.column === 'A' && p.row === 2)).toBe(true);
  });

  it('a file with no hourly header is refused as a whole', () => {
    const r = importHourlyBytes(
      new TextEncoder().encode('任务名称,开始日期\n压测,2026-11-01\n'),
      ctx('tasks.csv'),
    );
    expect(r.value).toBeNull();
    expect(r.problems[0]!.code).toBe('noHourlyHeaderRow');
  });
});

describe('paste and quick entry', () => {
  it('a tab-separated paste with a header goes through the same importer', () => {
    const text = '时段\t支付金额\t访客数\n10:00-11:00\t¥52,000\t14,000\n11:00-12:00\t¥48,000\t13,000\n';
    const wb = pasteToWorkbook(text);
    const r = importHourlyWorkbook(wb.value!, ctx('paste', { defaultDate: '2026-11-11' }));
    expect(r.problems).toEqual([]);
    expect(r.value!.rows.map((x) => [x.hour, x.values.gmvMinor, x.values.uv])).toEqual([
      ['2026-11-11T10:00', 5_200_000, 14_000],
      ['2026-11-11T11:00', 4_800_000, 13_000],
    ]);
  });

  it('a paste without a header is read as hour, GMV, visitors, buyers — and says so', () => {
    const wb = pasteToWorkbook('10:00\t52000\t14000\t700\n11:00\t48000\t13000\t650');
    expect(wb.problems).toEqual([]);
    const r = importHourlyWorkbook(wb.value!, ctx('paste', { defaultDate: '2026-11-11' }));
    expect(r.problems.map((p) => p.code)).toEqual(['headerAssumed']);
    expect(r.problems[0]!.message.zh).toContain('时段、支付金额、访客数、支付买家数');
    expect(r.problems[0]!.message.en).toContain('Hour, GMV, Visitors, Buyers');
    expect(r.value!.rows.map((x) => x.values.buyers)).toEqual([700, 650]);
  });

  it('"截至 10:40 支付金额 ¥1,234,567 买家 8,901" is a cumulative shop total in hour 10', () => {
    const q = parseQuickEntry('截至 10:40 支付金额 ¥1,234,567 买家 8,901', '2026-11-11', 'CNY');
    expect(q.problems).toEqual([]);
    expect(q.value).toMatchObject({
      hour: '2026-11-11T10:00',
      asOf: '2026-11-11T10:40',
      cumulativeSince0: true,
      values: { gmvMinor: 123_456_700, buyers: 8901 },
    });
    expect(parseQuickEntry('as of 9:05 GMV 1.2万 orders 300', '2026-11-11', 'CNY').value?.values).toEqual({
      gmvMinor: 1_200_000,
      orders: 300,
    });
    expect(parseQuickEntry('截至 10:40 心情 好 5', '2026-11-11', 'CNY').problems[0]!.code).toBe(
      'unknownQuickLabel',
    );
    expect(parseQuickEntry('支付金额 100', '2026-11-11', 'CNY').value).toBeNull();
  });

  it('refuses a day no calendar has, a negative figure and one too large to keep exactly, naming each', () => {
    const feb30 = parseQuickEntry('2026-02-30 as of 10:40 GMV 1,000', '2026-11-11', 'CNY');
    expect(feb30.value).toBeNull();
    expect(feb30.problems.map((p) => [p.code, p.params.value])).toEqual([['impossibleDate', '2026-02-30']]);
    const negative = parseQuickEntry('as of 12:40 GMV -1,000', '2026-11-11', 'CNY');
    expect(negative.value).toBeNull();
    expect(negative.problems.map((p) => [p.code, p.params.field, p.params.value])).toEqual([
      ['negativeNotAllowed', 'GMV', '-1,000'],
    ]);
    const huge = parseQuickEntry('as of 14:40 buyers 10 refunds 99999999999999999999', '2026-11-11', 'CNY');
    expect(huge.value).toBeNull();
    expect(huge.problems.map((p) => [p.code, p.params.field])).toEqual([['figureTooLarge', 'refunds']]);
  });
});

describe('merging: same hours replace, never add', () => {
  const opts = { planId, source: 'a.csv', importedAt: '2026-11-11T02:00:00.000Z' };
  const row = (hour: string, gmv: number, extra: Partial<HourlyRow> = {}): HourlyRow => ({
    hour,
    channelId: null,
    channelName: null,
    sku: null,
    skuName: '',
    values: { gmvMinor: gmv },
    cumulativeSince0: false,
    asOf: null,
    sheet: 's',
    excelRow: 2,
    ...extra,
  });

  it('importing the same file twice leaves the same totals', () => {
    const first = mergeHourly([], [row('2026-11-11T00:00', 100), row('2026-11-11T01:00', 50)], opts);
    const again = mergeHourly(
      first.records,
      [row('2026-11-11T00:00', 100), row('2026-11-11T01:00', 50)],
      opts,
    );
    expect(again.records).toHaveLength(2);
    expect(again.records.reduce((s, r) => s + (r.gmvMinor ?? 0), 0)).toBe(150);
    expect(again).toMatchObject({ added: 0, replaced: 0, changes: [] });
  });

  it('a corrected hour wins and the change is reported old → new', () => {
    const first = mergeHourly([], [row('2026-11-11T00:00', 100), row('2026-11-11T01:00', 50)], opts);
    const fixed = mergeHourly(first.records, [row('2026-11-11T01:00', 65)], { ...opts, source: 'fix.csv' });
    expect(fixed.changes).toEqual([
      { hour: '2026-11-11T01:00', channelId: null, sku: null, metric: 'gmvMinor', before: 50, after: 65 },
    ]);
    expect(fixed.replaced).toBe(1);
    expect(fixed.records.find((r) => r.hour === '2026-11-11T01:00')?.source).toBe('fix.csv');
    // Untouched records are the very same objects (the store diffs by identity).
    expect(fixed.records[0]).toBe(first.records[0]);
  });

  it('a cumulative row subtracts the hours already stored that day (quick entry at 10:40)', () => {
    const stored: HourlyRecord[] = mergeHourly(
      [],
      Array.from({ length: 10 }, (_, h) => row(`2026-11-11T${String(h).padStart(2, '0')}:00`, 10_000_000)),
      opts,
    ).records;
    const q = parseQuickEntry('截至 10:40 支付金额 ¥1,234,567', '2026-11-11', 'CNY').value!;
    const merged = mergeHourly(stored, [q], opts);
    // ¥1,234,567 − 10 × ¥100,000 = ¥234,567 in the (partial) hour 10.
    const h10 = merged.records.find((r) => r.hour === '2026-11-11T10:00')!;
    expect(h10.gmvMinor).toBe(23_456_700);
    expect(h10.asOf).toBe('2026-11-11T10:40');
  });
});
