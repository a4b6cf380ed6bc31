import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../../shared/domain';
import { importHourlyWorkbook } from '../../../shared/warroom/importFile';
import type { HourlyContext } from '../../../shared/warroom/importHourly';
import { guessHeaderlessMapping } from '../../../shared/warroom/headerless';
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
