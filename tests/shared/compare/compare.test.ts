import { describe, expect, it } from 'vitest';
import { newId, planDocumentSchema, type PlanDocument } from '../../../shared/domain';
import { alignOnPeak, comparePlans, deltaOf } from '../../../shared/compare/compare';

/** The worked example of docs/compare.md: 2025 双11 (a) against 2026 双11 (b). */
function plan(
  year: number,
  days: [string, number, number, number][],
  ad: { planned: number; actual: number | null },
  goalTarget: number,
  currency = 'CNY',
): PlanDocument {
  const planId = newId<never>();
  const category = { id: newId<never>(), planId, key: 'advertising' };
  const phase = (kind: string, start: string, end: string, order: number) => ({
    id: newId<never>(),
    planId,
    name: kind,
    kind,
    startDate: `${year}-${start}`,
    endDate: `${year}-${end}`,
    order,
  });
  return planDocumentSchema.parse({
    plan: {
      id: planId,
      name: `${year} 双11`,
      type: 'double11',
      currency,
      startDate: `${year}-10-20`,
      endDate: `${year}-11-13`,
      peakDate: `${year}-11-11`,
      createdAt: `${year}-08-01T00:00:00.000Z`,
      updatedAt: `${year}-08-01T00:00:00.000Z`,
    },
    phases: [phase('warmup', '11-01', '11-10', 0), phase('burst', '11-11', '11-11', 1)],
    budgetCategories: [category],
    budgetLines: [
      {
        id: newId(),
        planId,
        categoryId: category.id,
        item: '信息流',
        plannedMinor: ad.planned,
        actualMinor: ad.actual,
      },
    ],
    goals: [{ id: newId(), planId, title: 'GMV', metric: 'gmv', unit: 'money', target: goalTarget }],
    actuals: days.map(([date, uv, buyers, gmvMinor]) => ({
      id: newId(),
      planId,
      date: `${year}-${date}`,
      uv,
      buyers,
      gmvMinor,
    })),
  });
}

const a = plan(
  2025,
  [
    ['11-10', 1000, 40, 400_000],
    ['11-11', 3000, 160, 1_600_000],
  ],
  { planned: 100_000, actual: 120_000 },
  2_500_000,
);
const b = plan(
  2026,
  [
    ['11-09', 1000, 30, 300_000],
    ['11-11', 4000, 220, 2_700_000],
  ],
  { planned: 150_000, actual: null },
  3_000_000,
);

describe('compare campaigns (docs/compare.md)', () => {
  const c = comparePlans([a, b]);
  const rowOf = (key: string) => c.rows.find((r) => r.key === key)!;

  it('lines up the actual KPIs with b − a and (b − a) ÷ |a|', () => {
    expect(rowOf('actual.gmv')).toMatchObject({
      values: [2_000_000, 3_000_000],
      deltas: [{}, { delta: 1_000_000, pct: 0.5 }],
    });
    expect(rowOf('actual.uv').deltas[1]).toEqual({ delta: 1000, pct: 0.25 });
    // Conversion 0.05 both: +0 percentage points, no relative change for a rate.
    expect(rowOf('actual.conversion').values).toEqual([0.05, 0.05]);
    expect(rowOf('actual.conversion').deltas[1]).toEqual({ delta: 0, pct: null });
    expect(rowOf('actual.aov')).toMatchObject({
      values: [10_000, 12_000],
      deltas: [{}, { delta: 2000, pct: 0.2 }],
    });
    // 投产比 of a = 2,000,000 ÷ 120,000; b has no ad actual: blank.
    expect(rowOf('actual.roas').values[0]).toBeCloseTo(16.667, 3);
    expect(rowOf('actual.roas').values[1]).toBeNull();
    expect(rowOf('actual.roas').deltas[1]).toEqual({ delta: null, pct: null });
  });

  it('compares budget by category, goals attainment in points', () => {
    expect(rowOf('budget.planned.advertising')).toMatchObject({
      values: [100_000, 150_000],
      deltas: [{}, { delta: 50_000, pct: 0.5 }],
    });
    expect(rowOf('budget.actual.advertising').values).toEqual([120_000, null]);
    expect(rowOf('goal.gmv').values).toEqual([0.8, 1]);
    expect(rowOf('goal.gmv').deltas[1]!.delta).toBeCloseTo(0.2, 12);
    expect(rowOf('goal.gmv').deltas[1]!.pct).toBeNull();
    // Attainment and profit ROI read to one decimal (as the review shows them), conversion to two.
    expect([rowOf('goal.gmv').unit, rowOf('actual.roi').unit, rowOf('forecast.roi').unit]).toEqual([
      'percent',
      'percent',
      'percent',
    ]);
    expect(rowOf('actual.conversion').unit).toBe('rate');
    expect(rowOf('score').values).toEqual([null, null]);
  });

  it('aligns daily GMV on the peak day, gaps where a plan has no figure', () => {
    expect(c.aligned).toEqual({
      offsets: [-2, -1, 0],
      series: [
        [null, 400_000, 1_600_000],
        [300_000, null, 2_700_000],
      ],
    });
    expect(c.byPhase).toEqual({
      kinds: ['warmup', 'burst'],
      series: [
        [400_000, 1_600_000],
        [300_000, 2_700_000],
      ],
    });
  });

  it('blanks deltas on missing values, a zero reference, and money in another currency', () => {
    expect(deltaOf(null, 5, 'money')).toEqual({ delta: null, pct: null });
    expect(deltaOf(0, 5, 'count')).toEqual({ delta: 5, pct: null });
    expect(deltaOf(-200, -100, 'money')).toEqual({ delta: 100, pct: 0.5 });
    expect(deltaOf(100, 150, 'money', false)).toEqual({ delta: null, pct: null });
    const usd = plan(2026, [['11-11', 10, 1, 1000]], { planned: 1, actual: null }, 1, 'USD');
    expect(comparePlans([a, usd]).rows.find((r) => r.key === 'actual.gmv')!.deltas[1]).toEqual({
      delta: null,
      pct: null,
    });
    expect(alignOnPeak([])).toEqual({ offsets: [], series: [] });
    expect(() => comparePlans([a])).toThrow(/2 to 4/);
  });
});

describe('the comparison workbook', () => {
  it('writes values as numbers and Δ / %Δ as formulas over them, blank where the definition is', async () => {
    const XLSX = await import('xlsx');
    const { buildCompareWorkbook } = await import('../../../shared/compare/compareWorkbook');
    const c = comparePlans([a, b]);
    const bytes = buildCompareWorkbook(
      c,
      {
        sheets: { compare: '对比', daily: '每日', lessons: '经验' },
        title: '活动对比',
        exportedAt: '导出时间',
        section: '部分',
        figure: '指标',
        language: 'zh',
        delta: (p) => `差值 ${p}`,
        pctDelta: (p) => `差值% ${p}`,
        sections: { actual: '实际', forecast: '预测', budget: '预算', goals: '目标', score: '评分' },
        rowName: (r) => r.key,
        offset: 'T',
        lessonKind: { worked: '好', didNotWork: '差', action: '行动' },
      },
      '2026-12-04T10:00:00Z',
    );
    const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });
    const ws = wb.Sheets['对比']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
    const gmv = rows.findIndex((r) => r[1] === 'actual.gmv');
    const excelRow = gmv + 1;
    // ¥20,000.00 and ¥30,000.00 in major units; Δ = D − C, %Δ = (D − C) ÷ |C|.
    expect(rows[gmv]!.slice(2, 6)).toEqual([20_000, 30_000, 10_000, 0.5]);
    expect(ws[`E${excelRow}`].f).toBe(`D${excelRow}-C${excelRow}`);
    expect(ws[`F${excelRow}`].f).toBe(`(D${excelRow}-C${excelRow})/ABS(C${excelRow})`);
    const roas = rows.findIndex((r) => r[1] === 'actual.roas');
    expect(rows[roas]!.slice(3, 6)).toEqual([null, null, null]);
    const daily = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['每日']!, { header: 1, defval: null });
    expect(daily).toEqual([
      ['T', '2025 双11', '2026 双11'],
      ['T-2', null, 3000],
      ['T-1', 4000, null],
      ['T-0', 16000, 27000],
    ]);
  });
});
