import type { Comparison } from '../compare/compare';
import type { PhaseKind } from '../domain';
import type { ReviewChartData } from './reviewCharts';

/**
 * Chart data of the comparison (docs/compare.md), apart from drawing: daily GMV aligned on the
 * peak (T-n … T+n) and GMV by phase kind, one series per plan. Money stays in minor units.
 */

export const comparePalette = ['#4263eb', '#f76707', '#12b886', '#ae3ec9'] as const;

/** "T-2", "T-0", "T+1": a day's place relative to the peak. */
export function peakOffsetLabel(offset: number): string {
  return offset === 0 ? 'T-0' : offset < 0 ? `T${offset}` : `T+${offset}`;
}

/** One GMV series per plan, in the plan's colour of the comparison. */
function planSeries(
  c: Comparison,
  type: 'line' | 'bar',
  series: (number | null)[][],
): ReviewChartData['datasets'] {
  return c.plans.map((p, i) => ({
    label: p.name,
    type,
    data: series[i] ?? [],
    yAxisID: 'money',
    backgroundColor: comparePalette[i % comparePalette.length]!,
    borderColor: comparePalette[i % comparePalette.length]!,
  }));
}

export function alignedGmvChart(c: Comparison): ReviewChartData {
  return {
    labels: c.aligned.offsets.map(peakOffsetLabel),
    datasets: planSeries(c, 'line', c.aligned.series),
  };
}

export function phaseGmvChart(c: Comparison, kindName: (kind: PhaseKind) => string): ReviewChartData {
  return { labels: c.byPhase.kinds.map(kindName), datasets: planSeries(c, 'bar', c.byPhase.series) };
}
