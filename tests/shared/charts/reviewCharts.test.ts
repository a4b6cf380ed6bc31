import { describe, it, expect } from 'vitest';
import {
  baselineComparisonChart,
  budgetByCategoryChart,
  channelChart,
  dailyTrendChart,
  funnelChart,
  statusColors,
  targetVsActualChart,
  valueAxisTitles,
} from '../../../shared/charts/reviewCharts';
import { goalAttainments } from '../../../shared/review/attainment';
import { sumActuals } from '../../../shared/review/actualsTotals';
import { channelSchema, phaseSchema, taskSchema, type PlanDocument } from '../../../shared/domain';
import { reviewFixture } from '../review/reviewFixture';

function fixtureWithSchedule(): PlanDocument {
  const doc = reviewFixture();
  doc.phases = [
    phaseSchema.parse({
      id: 'p-burst',
      planId: doc.plan.id,
      name: '爆发期',
      startDate: '2026-11-03',
      endDate: '2026-11-05',
      color: '#ff0000',
    }),
    phaseSchema.parse({
      id: 'p-warm',
      planId: doc.plan.id,
      name: '预热期',
      startDate: '2026-10-25',
      endDate: '2026-11-02',
      color: '#00ff00',
    }),
  ];
  doc.tasks = [
    taskSchema.parse({
      id: 't1',
      planId: doc.plan.id,
      title: '零点开抢',
      startDate: '2026-11-03',
      endDate: '2026-11-03',
      isMilestone: true,
    }),
    taskSchema.parse({
      id: 't2',
      planId: doc.plan.id,
      title: '普通任务',
      startDate: '2026-11-02',
      endDate: '2026-11-02',
    }),
  ];
  doc.plan = {
    ...doc.plan,
    keyMoments: [{ id: 'k1', kind: 'presaleStart', label: '预售开始', date: '2026-11-01', time: '20:00' }],
  };
  doc.channels = [
    channelSchema.parse({ id: 'ch-live', planId: doc.plan.id, name: '直播', order: 1 }),
    channelSchema.parse({ id: 'ch-search', planId: doc.plan.id, name: '搜索', order: 0 }),
    channelSchema.parse({ id: 'ch-idle', planId: doc.plan.id, name: '社群', order: 2 }),
  ];
  return doc;
}

const c0 = (doc: ReturnType<typeof fixtureWithSchedule>) =>
  dailyTrendChart(doc, { gmv: 'GMV', uv: 'UV' }).milestones;

describe('dailyTrendChart', () => {
  it('has a label per campaign day, GMV and UV per day, phase bands clipped to the axis and milestones', () => {
    const c = dailyTrendChart(fixtureWithSchedule(), { gmv: 'GMV', uv: 'UV' });
    expect(c.labels).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(c.datasets[0]?.data).toEqual([6_000_000, 9_000_000, 15_000_000]);
    expect(c.datasets[1]?.data).toEqual([100_000, 100_000, 200_000]);
    expect(c.bands).toEqual([
      { label: '预热期', color: '#00ff00', fromIndex: 0, toIndex: 1 },
      { label: '爆发期', color: '#ff0000', fromIndex: 2, toIndex: 2 },
    ]);
    expect(c.milestones).toEqual([
      { label: '预售开始', date: '2026-11-01', index: 0 },
      { label: '零点开抢', date: '2026-11-03', index: 2 },
    ]);
  });

  it('marks a key moment that is also a milestone task once', () => {
    const doc = fixtureWithSchedule();
    const [first] = c0(doc);
    doc.tasks = [
      ...doc.tasks,
      {
        ...doc.tasks[0]!,
        id: 'dup' as never,
        title: first!.label,
        startDate: first!.date,
        isMilestone: true,
      },
    ];
    expect(dailyTrendChart(doc, { gmv: 'GMV', uv: 'UV' }).milestones).toEqual(c0(fixtureWithSchedule()));
  });

  it('leaves gaps (null) on days without actuals', () => {
    const doc = fixtureWithSchedule();
    doc.plan = { ...doc.plan, endDate: '2026-11-04' };
    expect(dailyTrendChart(doc, { gmv: 'GMV', uv: 'UV' }).datasets[0]?.data).toEqual([
      6_000_000,
      9_000_000,
      15_000_000,
      null,
    ]);
  });
});

describe('targetVsActualChart', () => {
  it('shows each goal’s attainment in percent, coloured by status, against 100 %', () => {
    const c = targetVsActualChart(goalAttainments(reviewFixture()), { actual: 'Actual', target: 'Target' });
    expect(c.labels).toEqual(['GMV', '转化率', '投产比']);
    expect(c.datasets[0]?.data[0]).toBeCloseTo(100, 9);
    expect(c.datasets[0]?.data[2]).toBeCloseTo(93.75, 9);
    expect(c.datasets[0]?.backgroundColor).toEqual([statusColors.met, statusColors.near, statusColors.near]);
    expect(c.datasets[1]?.data).toEqual([100, 100, 100]);
  });
});

describe('channelChart', () => {
  it('gives ad spend, GMV and 投产比 per channel in channel order, leaving out channels with no data', () => {
    const c = channelChart(fixtureWithSchedule(), { spend: 'Spend', gmv: 'GMV', roas: 'ROAS' });
    expect(c.labels).toEqual(['搜索', '直播']);
    expect(c.datasets[0]?.data).toEqual([2_500_000, 1_500_000]);
    expect(c.datasets[1]?.data).toEqual([13_000_000, 5_000_000]);
    expect(c.datasets[2]?.data[0]).toBeCloseTo(5.2, 12);
    expect(c.datasets[2]?.data[1]).toBeCloseTo(10 / 3, 12);
  });
});

describe('funnelChart', () => {
  it('steps UV → buyers → orders with the rate of each step', () => {
    const c = funnelChart(sumActuals(reviewFixture().actuals, 'campaign'), {
      uv: 'UV',
      buyers: 'Buyers',
      orders: 'Orders',
      label: 'Funnel',
    });
    expect(c.datasets[0]?.data).toEqual([400_000, 13_000, 14_000]);
    expect(c.stepRates[0]).toBeNull();
    expect(c.stepRates[1]).toBeCloseTo(0.0325, 12);
    expect(c.stepRates[2]).toBeCloseTo(14 / 13, 12);
  });
});

describe('baselineComparisonChart', () => {
  it('aligns both periods by day number', () => {
    const c = baselineComparisonChart(reviewFixture(), {
      campaign: '2026',
      baseline: '2025',
      dayLabel: (n) => `D${n}`,
    });
    expect(c.labels).toEqual(['D1', 'D2', 'D3']);
    expect(c.datasets[0]?.data).toEqual([6_000_000, 9_000_000, 15_000_000]);
    expect(c.datasets[1]?.data).toEqual([18_000_000, null, null]);
  });
});

describe('budgetByCategoryChart', () => {
  it('sums planned and actual per category, null actual where nothing is recorded', () => {
    const c = budgetByCategoryChart(reviewFixture(), {
      planned: 'Planned',
      actual: 'Actual',
      uncategorised: 'Other',
      categoryName: (id) => id.replace('cat-', ''),
    });
    expect(c.labels).toEqual(['ads', 'kol', 'disc', 'mat']);
    expect(c.datasets[0]?.data).toEqual([3_000_000, 2_000_000, 1_500_000, 500_000]);
    expect(c.datasets[1]?.data).toEqual([2_500_000, 1_500_000, 1_200_000, null]);
  });
});

describe('value axis titles', () => {
  it('names each axis of a two-axis chart by its series (the daily chart: ¥ GMV left, visitors right)', () => {
    const c = dailyTrendChart(fixtureWithSchedule(), { gmv: 'GMV', uv: '访客数' });
    expect(valueAxisTitles(c.datasets)).toEqual({ money: 'GMV', count: '访客数' });
  });

  it('leaves a one-axis chart untitled, and joins the series sharing an axis', () => {
    expect(
      valueAxisTitles([
        { label: '计划', yAxisID: 'money' },
        { label: '实际', yAxisID: 'money' },
      ]),
    ).toEqual({});
    expect(
      valueAxisTitles([
        { label: '计划', yAxisID: 'money' },
        { label: '实际', yAxisID: 'money' },
        { label: '达成率', yAxisID: 'percent' },
      ]),
    ).toEqual({ money: '计划 / 实际', percent: '达成率' });
  });
});
