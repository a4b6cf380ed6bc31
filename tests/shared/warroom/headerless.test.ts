import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../../shared/domain';
import { importHourlyWorkbook } from '../../../shared/warroom/importFile';
import type { HourlyContext } from '../../../shared/warroom/importHourly';
import { guessHeaderlessMapping, knownSkus } from '../../../shared/warroom/headerless';
import { pasteToWorkbook } from '../../../shared/warroom/paste';
import type { SheetMapping } from '../../../shared/xlsx/read/rows';

/**
 * A paste of bare rows (no header) on the mapping screen: what each column is guessed from its
 * values, the planner can say otherwise, and the rows read exactly as with a header. Expected hour
 * keys and minor units are worked by hand from the rows (CNY: 1 yuan = 100 minor units).
 */
const ctx: HourlyContext = {
  planId: 'plan-h' as PlanId,
  currency: 'CNY',
  channels: [],
  products: [],
  defaultDate: '2026-11-11',
  snapshotHour: null,
  fileName: 'paste',
  mode: 'perHour',
};
const gridOf = (text: string) => pasteToWorkbook(text).value!;
const picked = (m: SheetMapping | null) =>
  Object.fromEntries(Object.entries(m?.columns ?? {}).filter(([, v]) => v !== null));

describe('guessing the columns of a paste without a header', () => {
  it('a column of times is the hour, the large numbers are GMV, the rest visitors then buyers', () => {
    const wb = gridOf('10:00\t123456\t8901\t300\n11:00\t98765\t7000\t250');
    const m = guessHeaderlessMapping(wb.sheets[0]!);
    expect(m?.headerRow).toBe(-1);
    expect(picked(m)).toEqual({ hour: 0, gmv: 1, uv: 2, buyers: 3 });
  });

  it('GMV is the column with a currency mark or decimals even when it is not the largest or leftmost', () => {
    const m = guessHeaderlessMapping(gridOf('10点\t18901\t¥1,234.50\n11点\t17000\t¥987.00').sheets[0]!);
    expect(picked(m)).toEqual({ hour: 0, gmv: 2, uv: 1 });
    const d = guessHeaderlessMapping(gridOf('5000\t10:00-11:00\t432.1\n6000\t11:00-12:00\t20.5').sheets[0]!);
    expect(picked(d)).toEqual({ hour: 1, gmv: 2, uv: 0 });
  });

  it('a first row of words the importer does not know is taken as a header, not data', () => {
    const m = guessHeaderlessMapping(gridOf('钟点\t营业额\t人次\n10:00\t100\t5\n11:00\t200\t6').sheets[0]!);
    expect(m?.headerRow).toBe(0);
    expect(picked(m)).toEqual({ hour: 0, gmv: 1, uv: 2 });
  });

  it('no column of hours: no guess', () => {
    expect(guessHeaderlessMapping(gridOf('压测\t2026-11-01\n预热\t2026-11-02').sheets[0]!)).toBeNull();
  });
});

describe('reading a paste without a header', () => {
  it('bare rows become hour records with money in minor units', () => {
    const r = importHourlyWorkbook(gridOf('10:00\t123456\t8901\n11:00\t¥98,765.43\t7,000'), ctx);
    expect(r.problems.map((p) => p.code)).toEqual(['headerAssumed']);
    // 123456 yuan = 12,345,600 fen; ¥98,765.43 = 9,876,543 fen.
    expect(r.value!.rows.map((x) => [x.hour, x.values.gmvMinor, x.values.uv])).toEqual([
      ['2026-11-11T10:00', 12_345_600, 8901],
      ['2026-11-11T11:00', 9_876_543, 7000],
    ]);
    expect(r.value!.sheets[0]!.headerless).toBe(true);
  });

  it('the planner says what each column is: column C is buyers, column B ignored', () => {
    const wb = gridOf('10:00\t123456\t8901\n11:00\t98765\t7000');
    const guessed = importHourlyWorkbook(wb, ctx).value!.sheets[0]!.mapping;
    const mine: SheetMapping = {
      ...guessed,
      columns: { ...guessed.columns, gmv: null, uv: null, buyers: 2 },
    };
    const r = importHourlyWorkbook(wb, ctx, [mine]);
    expect(r.problems).toEqual([]);
    expect(r.value!.rows.map((x) => [x.hour, x.values])).toEqual([
      ['2026-11-11T10:00', { buyers: 8901 }],
      ['2026-11-11T11:00', { buyers: 7000 }],
    ]);
  });

  it('"first row is a header" leaves the first row out; "first row is data" reads it', () => {
    const wb = gridOf('9:00\t500\n10:00\t700');
    const guessed = importHourlyWorkbook(wb, ctx).value!.sheets[0]!.mapping;
    expect(importHourlyWorkbook(wb, ctx, [guessed]).value!.rows.map((x) => x.hour)).toEqual([
      '2026-11-11T09:00',
      '2026-11-11T10:00',
    ]);
    const header = importHourlyWorkbook(wb, ctx, [{ ...guessed, headerRow: 0 }]);
    expect(header.value!.rows.map((x) => [x.hour, x.values.gmvMinor])).toEqual([
      ['2026-11-11T10:00', 70_000],
    ]);
  });

  it('a bad cell is refused naming its row, column and what the column was mapped to', () => {
    const r = importHourlyWorkbook(gridOf('10:00\t123456\t8901\n11:00\t12x\t7000\n12:00\t5\t6'), ctx);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'notANumber', row: 2, column: 'B', header: '支付金额' });
    expect(r.value!.sheets[0]!.rejectedRows).toEqual([2]);
  });
});

/**
 * Channel and SKU columns of bare rows (docs/warroom.md, "Channel and SKU columns"): a text column
 * is the channel, the SKU or the product name when most of its cells name one the plan knows.
 */
describe('guessing the channel and SKU columns of a paste without a header', () => {
  const hints = {
    channels: ['直通车', '达人直播'],
    products: knownSkus([], [{ sku: 'SKU-001', skuName: '保温杯' }]),
  };

  it('a column of the plan’s channel names is the channel; the figures are guessed as before', () => {
    const m = guessHeaderlessMapping(
      gridOf('02:00\t直通车\t16000\t4000\n03:00\t达人直播\t30000\t5000').sheets[0]!,
      hints,
    );
    expect(picked(m)).toEqual({ hour: 0, channel: 1, gmv: 2, uv: 3 });
  });

  it('known 流量来源 words are a channel even when the plan has no such channel', () => {
    const m = guessHeaderlessMapping(
      gridOf('10:00\t手淘搜索\t5000\n10:00\t万相台\t3000\n10:00\t自主访问\t900').sheets[0]!,
    );
    expect(picked(m)).toEqual({ hour: 0, channel: 1, gmv: 2 });
  });

  it('a column of known SKU ids is the SKU, of their names the product name', () => {
    const sku = guessHeaderlessMapping(
      gridOf('02:00\tSKU-001\t40\t3960\n03:00\tsku-001\t30\t2970').sheets[0]!,
      hints,
    );
    expect(picked(sku)).toEqual({ hour: 0, sku: 1, uv: 2, gmv: 3 });
    const name = guessHeaderlessMapping(gridOf('02:00\t保温杯\t40\t3960').sheets[0]!, hints);
    expect(picked(name)).toEqual({ hour: 0, skuName: 1, uv: 2, gmv: 3 });
  });

  it('numeric SKU ids the plan knows are the SKU, not a figure', () => {
    const numeric = { channels: [], products: [{ sku: '60123456', name: '保温杯' }] };
    const m = guessHeaderlessMapping(
      gridOf('02:00\t60123456\t3960\n03:00\t60123456\t2970').sheets[0]!,
      numeric,
    );
    expect(picked(m)).toEqual({ hour: 0, sku: 1, gmv: 2 });
  });

  it('a text column naming nothing the plan knows is left to the planner', () => {
    const m = guessHeaderlessMapping(gridOf('02:00\t天猫超市\t16000').sheets[0]!, hints);
    expect(picked(m)).toEqual({ hour: 0, gmv: 2 });
  });

  it('the rows then read per channel and per SKU, ¥16,000 = 1,600,000 fen', () => {
    const channels = [
      { id: 'ch-ztc', name: '直通车' },
      { id: 'ch-live', name: '达人直播' },
    ] as unknown as HourlyContext['channels'];
    const r = importHourlyWorkbook(gridOf('02:00\t直通车\t16000\t4000'), { ...ctx, channels });
    expect(r.value!.rows.map((x) => [x.hour, x.channelId, x.values.gmvMinor, x.values.uv])).toEqual([
      ['2026-11-11T02:00', 'ch-ztc', 1_600_000, 4000],
    ]);
    const s = importHourlyWorkbook(gridOf('02:00\t保温杯\t40\t3960'), { ...ctx, products: hints.products });
    expect(s.value!.rows.map((x) => [x.sku, x.values.gmvMinor])).toEqual([['SKU-001', 396_000]]);
  });

  it('knownSkus: the products first, then the hourly data’s other SKUs, each once', () => {
    expect(
      knownSkus(
        [{ sku: 'A', name: '杯' }],
        [
          { sku: 'A', skuName: 'x' },
          { sku: null, skuName: '' },
          { sku: 'B', skuName: '壶' },
          { sku: 'B', skuName: '壶' },
        ],
      ),
    ).toEqual([
      { sku: 'A', name: '杯' },
      { sku: 'B', name: '壶' },
    ]);
  });
});
