import { describe, expect, it } from 'vitest';
import { cumulativeChart, dayStrip, hourlyBarsChart } from '../../../shared/charts/warroomCharts';
import { computePacing } from '../../../shared/warroom/pacing';
import { workedPlan, workedPlanWithData } from './worked';

/** docs/warroom.md "Charts and the wall display", worked by hand on the worked example at 04:00. */
describe('war room charts of the worked example at 2026-11-11T04:00', () => {
  const p = computePacing(workedPlanWithData(), { at: '2026-11-11T04:00' });
  const text = { actual: 'A', target: 'T' };

  it('hourly bars: GMV of the elapsed hours beside every hour target', () => {
    const chart = hourlyBarsChart(p, text);
    expect(chart.labels).toHaveLength(24);
    expect(chart.labels[0]).toBe('00:00');
    expect(chart.labels[23]).toBe('23:00');
    const [actual, target] = chart.datasets;
    expect(actual?.data.slice(0, 5)).toEqual([15_000_000, 4_000_000, 3_500_000, 4_500_000, null]);
    expect(target?.data[0]).toBe(20_000_000);
    expect(target?.data[9]).toBe(5_000_000);
    expect(target?.data[10]).toBe(2_500_000);
  });

  it('cumulative lines: actual through 03:00 then blank, target to the goal', () => {
    const [actual, target] = cumulativeChart(p, text).datasets;
    expect(actual?.data.slice(0, 5)).toEqual([15_000_000, 19_000_000, 22_500_000, 27_000_000, null]);
    expect(actual?.data.slice(4).every((v) => v === null)).toBe(true);
    expect(target?.data[0]).toBe(20_000_000);
    expect(target?.data[3]).toBe(35_000_000);
    expect(target?.data[9]).toBe(65_000_000);
    expect(target?.data[23]).toBe(100_000_000);
  });

  it('day strip: today judged against the target of its elapsed hours only', () => {
    const strip = dayStrip(p);
    expect(strip).toHaveLength(1);
    expect(strip[0]).toMatchObject({ date: '2026-11-11', when: 'today', actualMinor: 27_000_000 });
    expect(strip[0]?.pace).toBeCloseTo(0.771429, 6);
  });
});

describe('the day strip before any live figure', () => {
  it('has no day begun: the first campaign day is not "today" with ¥0 against its target', () => {
    const strip = dayStrip(computePacing(workedPlan()));
    expect(strip.map((d) => [d.date, d.when, d.pace])).toEqual([['2026-11-11', 'future', null]]);
  });
});
