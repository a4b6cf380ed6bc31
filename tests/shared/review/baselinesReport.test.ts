import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { baselineLiftChart } from '../../../shared/charts/baselineCharts';
import { computeFigures } from '../../../shared/figures';
import { compareWithBaselines } from '../../../shared/figures/baselines';
import { buildReviewWorkbook } from '../../../shared/review/reportWorkbook';
import { lastYearPlan, thisYearPlan } from '../../e2e/baselinesSeed';
import { reviewWorkbookLabels as labels } from './reviewWorkbookLabels';

/**
 * docs/baselines.md "In the review report": the worked example's three baselines (活动前 4 天,
 * 去年同期 = 2025 黑五, 长尾 2 周) in the review workbook and the lift chart. Expected values are
 * the document's hand-worked ones (GMV / day ¥60,000 vs ¥6,000 = +900 %; vs ¥43,333.33 = +38.5 %;
 * AOV ¥300 vs ¥288.89 = +3.85 %; long-tail week 1 ¥17,000, +41.7 %, returning 80 %).
 */
const last = lastYearPlan('2025 黑五');
const doc = thisYearPlan('2026 黑五', last);
const comparison = compareWithBaselines(doc, [last]);

function sheet(withBaselines = true): XLSX.WorkSheet | undefined {
  const bytes = buildReviewWorkbook(doc, computeFigures(doc), labels, {
    perMajor: 100,
    exportedAt: '2026-12-10 10:00',
    language: 'zh',
    baselines: withBaselines ? comparison : undefined,
  });
  return XLSX.read(bytes, { type: 'array' }).Sheets['基线对比'];
}

describe('named baselines in the review workbook', () => {
  const ws = sheet()!;
  const v = (a: string) => ws[a]?.v as unknown;

  it('the before-baseline’s lift table: GMV/day 60,000 vs 6,000 = +900 %, AOV 300 vs 240 = +25 %', () => {
    expect([v('A5'), v('B5')]).toEqual(['活动前 4 天', '活动前']);
    expect([v('A6'), v('B6'), v('C6'), v('D6')]).toEqual(['指标', '本次活动', '基线', '较基线·日均']);
    expect([v('A7'), v('B7'), v('C7'), v('D7')]).toEqual(['支付金额 / 日', 60_000, 6_000, 9]);
    expect([v('B8'), v('C8'), v('D8')]).toEqual([5_000, 1_000, 4]);
    expect(v('D10')).toBeCloseTo(193 / 27, 9);
    expect([v('A11'), v('B11'), v('C11'), v('D11')]).toEqual(['客单价', 300, 240, 0.25]);
  });

  it('last year aligned on the peak: GMV/day 43,333.33, +38.5 %; AOV 288.89, +3.85 %', () => {
    expect([v('A13'), v('B13')]).toEqual(['去年同期', '去年同期']);
    expect(v('C15')).toBe(43_333.33);
    expect(v('D15')).toBeCloseTo(5 / 13, 9);
    expect(v('C17')).toBe(150);
    expect(v('D17')).toBeCloseTo(1 / 3, 9);
    expect(v('C19')).toBe(288.89);
    expect(v('D19')).toBeCloseTo(30_000 / 28_889 - 1, 9);
  });

  it('the long tail by week: week 1 from 12-01, 2 days, ¥17,000, +41.7 %, returning 80 %', () => {
    expect([v('A21'), v('B21')]).toEqual(['长尾', '长尾']);
    expect(v('A22')).toBe('周');
    expect(v('A23')).toBe(1);
    expect(XLSX.SSF.format('yyyy-mm-dd', v('B23') as number)).toBe('2026-12-01');
    expect(XLSX.SSF.format('yyyy-mm-dd', v('C23') as number)).toBe('2026-12-07');
    expect([v('D23'), v('E23')]).toEqual([2, 17_000]);
    expect(v('F23')).toBeCloseTo(17_000 / 2 / 6_000 - 1, 9);
    expect(v('H23')).toBeCloseTo(0.5, 9);
    expect(v('I23')).toBe(226.67);
    expect(v('K23')).toBeCloseTo(0.8, 9);
    expect([v('A24'), v('D24'), v('E24')]).toEqual([2, 1, 6_600]);
    expect(v('F24')).toBeCloseTo(0.1, 9);
  });

  it('a plan without named baselines has no baselines sheet', () => {
    expect(sheet(false)).toBeUndefined();
  });
});

describe('the baselines’ lift chart', () => {
  it('one bar per before or last-year baseline, the lift in percent; the long tail is no bar', () => {
    const chart = baselineLiftChart(comparison, {
      gmv: 'GMV',
      uv: 'UV',
      buyers: 'B',
      orders: 'O',
      aov: 'AOV',
    });
    expect(chart.labels).toEqual(['GMV', 'UV', 'B', 'O', 'AOV']);
    expect(chart.datasets.map((d) => d.label)).toEqual(['活动前 4 天', '去年同期']);
    expect(chart.datasets.every((d) => d.yAxisID === 'percent' && d.type === 'bar')).toBe(true);
    const [before, lastYear] = chart.datasets;
    expect(before?.data[0]).toBeCloseTo(900, 9);
    expect(before?.data[4]).toBeCloseTo(25, 9);
    expect(lastYear?.data[0]).toBeCloseTo(500 / 13, 9);
    expect(lastYear?.data[1]).toBeCloseTo(25, 9);
  });
});
