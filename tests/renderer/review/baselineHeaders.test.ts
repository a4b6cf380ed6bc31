import { describe, expect, it } from 'vitest';
import { goalSchema, reviewSchema, type PlanDocument } from '../../../shared/domain';
import { computeFigures } from '../../../shared/figures';
import { compareWithBaselines } from '../../../shared/figures/baselines';
import { makeFormatters } from '../../../renderer/src/i18n';
import { messages } from '../../../renderer/src/features/review/messages';
import { attainmentBaselineHeaders } from '../../../renderer/src/features/review/AttainmentSection';
import { baselineMessages } from '../../../renderer/src/features/review/baselines/messages';
import { baselineReportTables } from '../../../renderer/src/features/review/baselines/baselineReport';
import { thisYearPlan } from '../../e2e/baselinesSeed';

/**
 * The attainment table's "vs baseline" and the Baselines tab's lift compare the same campaign with
 * the same days before it, one on totals and one per day (docs/baselines.md), so on the worked
 * example they read +650 % and +900 %. Each header says which it is, so the two are not read as
 * one figure that contradicts itself.
 */
function workedExample(): PlanDocument {
  const doc = thisYearPlan('2026 黑五');
  const goal = goalSchema.parse({
    id: 'g-gmv',
    planId: doc.plan.id,
    title: 'GMV',
    metric: 'gmv',
    unit: 'money',
    target: 20_000_000,
  });
  // An older review with one label: its before-baseline is 11-12 … 11-15 (4 days, ¥24,000).
  return {
    ...doc,
    goals: [goal],
    review: reviewSchema.parse({ planId: doc.plan.id, baselineLabel: '活动前 4 天' }),
  };
}

describe('totals vs baseline and per-day vs baseline say which they are', () => {
  const doc = workedExample();

  it('the two figures differ on the worked example: +650 % on totals, +900 % per day', () => {
    // Totals: ¥180,000 over 3 campaign days ÷ ¥24,000 over 4 baseline days − 1 = 6.5.
    expect(computeFigures(doc).goals[0]?.changeVsBaseline).toBeCloseTo(180_000 / 24_000 - 1, 9);
    // Per day: ¥60,000 ÷ ¥6,000 − 1 = 9.
    const before = compareWithBaselines(doc, []).baselines[0];
    expect(before?.kind === 'before' ? before.lifts.find((l) => l.kpi === 'gmv')?.lift : null).toBeCloseTo(
      9,
      9,
    );
  });

  it('中文: 较基线·合计 on the attainment table, 较基线·日均 on the baselines tab and in the report', () => {
    expect(attainmentBaselineHeaders(doc, messages['zh-CN']).vsBaseline).toBe('较基线·合计（活动前 4 天）');
    const tables = baselineReportTables(
      compareWithBaselines(doc, []),
      baselineMessages['zh-CN'],
      makeFormatters('zh-CN'),
      'CNY',
    );
    expect(tables[0]?.table.headers).toEqual(['指标', '本次活动', '基线', '较基线·日均']);
    expect(tables[0]?.table.rows[0]).toEqual(['支付金额 / 日', '¥60,000.00', '¥6,000.00', '+900.0%']);
  });

  it('English: vs baseline, totals on the attainment table; vs baseline, per day on the baselines tab', () => {
    expect(attainmentBaselineHeaders(doc, messages['en-US']).vsBaseline).toBe(
      'vs baseline, totals (活动前 4 天)',
    );
    const tables = baselineReportTables(
      compareWithBaselines(doc, []),
      baselineMessages['en-US'],
      makeFormatters('en-US'),
      'CNY',
    );
    expect(tables[0]?.table.headers[3]).toBe('vs baseline, per day');
  });

  it('a plan without a before-baseline still says totals', () => {
    const plain = { ...doc, review: reviewSchema.parse({ planId: doc.plan.id, baselines: [] }) };
    expect(attainmentBaselineHeaders(plain, messages['zh-CN']).vsBaseline).toBe('较基线·合计');
    expect(attainmentBaselineHeaders(plain, messages['en-US']).vsBaseline).toBe('vs baseline, totals');
  });
});
