import { describe, expect, it } from 'vitest';
import {
  buildAllocationChart,
  buildPlannedVsActualChart,
  buildSpendCurveChart,
} from '../../../shared/charts/budgetCharts';
import { buildChannelGmvSpendChart, buildForecastVsGoalChart } from '../../../shared/charts/forecastCharts';
import { computeBudgetSummary } from '../../../shared/budget/totals';
import { computeForecast } from '../../../shared/forecast/funnel';
import type { BudgetCategoryId, ChannelId, GoalId, PhaseId, PlanId } from '../../../shared/domain';
import { category, channel, line, makeDoc, phase } from '../budget/fixture';

const doc = makeDoc(
  {
    budgetCategories: [
      category('ads', 'advertising'),
      category('kol', 'kol', 1),
      category('gift', 'gifts', 2),
    ],
    channels: [
      channel('tm', { name: '天猫', expectedUv: 10_000, cvr: 0.05, aovMinor: 20_000 }),
      channel('dy', { name: '抖音', expectedUv: 5_000, cvr: 0.02, aovMinor: 10_000, order: 1 }),
    ],
    phases: [phase('warm', '2026-11-01', '2026-11-02'), phase('burst', '2026-11-03', '2026-11-04', 1)],
    budgetLines: [
      line('a', {
        categoryId: 'ads' as BudgetCategoryId,
        channelId: 'tm' as ChannelId,
        plannedMinor: 60_000,
        actualMinor: 50_000,
        paymentDate: '2026-11-01',
      }),
      line('b', {
        categoryId: 'kol' as BudgetCategoryId,
        channelId: 'dy' as ChannelId,
        plannedMinor: 40_000,
        phaseId: 'burst' as PhaseId,
      }),
    ],
    goals: [
      {
        id: 'g' as GoalId,
        planId: 'plan-test' as PlanId,
        title: '',
        metric: 'gmv',
        unit: 'money',
        customUnit: '',
        target: 12_000_000,
        direction: 'higher',
        targetMax: null,
        baseline: null,
        baselinePeriod: '',
        deadline: null,
        owner: '',
        rationale: '',
        weight: 1,
        order: 0,
      },
    ],
  },
  { startDate: '2026-11-01', endDate: '2026-11-04', budgetCapMinor: 120_000 },
);

describe('budget chart data', () => {
  const summary = computeBudgetSummary(doc);
  const label = (k: string | null) => k ?? '—';

  it('allocation by category leaves out empty groups; by channel follows the channels', () => {
    const byCat = buildAllocationChart(summary.byCategory, label, 'Planned');
    expect(byCat.labels).toEqual(['ads', 'kol']);
    expect(byCat.datasets[0]?.data).toEqual([60_000, 40_000]);
    const byChannel = buildAllocationChart(summary.byChannel, label, 'Planned');
    expect(byChannel.labels).toEqual(['tm', 'dy']);
  });

  it('planned vs actual shows no actual bar for a group with nothing recorded', () => {
    const c = buildPlannedVsActualChart(summary.byCategory, label, { planned: 'P', actual: 'A' });
    expect(c.datasets.map((d) => d.data)).toEqual([
      [60_000, 40_000],
      [50_000, null],
    ]);
  });

  it('the cumulative spend curve reaches the planned total, with phase bands and the cap', () => {
    const c = buildSpendCurveChart(doc, { planned: 'P', actual: 'A', cap: 'Cap' });
    expect(c.labels).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']);
    // 'a' lands on its payment date; 'b' is spread over its phase: 20,000 on 11-03 and 11-04
    expect(c.datasets[0]?.data).toEqual([60_000, 60_000, 80_000, 100_000]);
    expect(c.datasets[1]?.data).toEqual([50_000, null, null, null]);
    expect(c.datasets[2]?.data).toEqual([120_000, 120_000, 120_000, 120_000]);
    expect(c.bands).toEqual([
      { label: 'warm', color: '#ff0000', fromIndex: 0, toIndex: 1 },
      { label: 'burst', color: '#ff0000', fromIndex: 2, toIndex: 3 },
    ]);
  });
});

describe('forecast chart data', () => {
  const f = computeForecast(doc);

  it('stacks forecast GMV by channel beside the GMV goal', () => {
    // 天猫 10,000 × 5 % × ¥200 = ¥100,000; 抖音 5,000 × 2 % × ¥100 = ¥10,000; goal ¥120,000
    const c = buildForecastVsGoalChart(f, { forecast: 'F', goal: 'G' });
    expect(c.labels).toEqual(['F', 'G']);
    expect(c.datasets.map((d) => [d.label, d.data])).toEqual([
      ['天猫', [10_000_000, null]],
      ['抖音', [1_000_000, null]],
      ['G', [null, 12_000_000]],
    ]);
  });

  it('GMV and spend per channel', () => {
    const c = buildChannelGmvSpendChart(f, { gmv: 'GMV', spend: 'S' });
    expect(c.datasets.map((d) => d.data)).toEqual([
      [10_000_000, 1_000_000],
      [60_000, 40_000],
    ]);
  });
});
