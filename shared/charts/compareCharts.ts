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

export function alignedGmvChart(c: Comparison): ReviewChartData {
  return {
    labels: c.aligned.offsets.map(peakOffsetLabel),
    datasets: c.plans.map((p, i) => ({
      label: p.name,
      type: 'line',
      data: c.aligned.series[i] ?? [],
      yAxisID: 'money',
      backgroundColor: comparePalette[i % comparePalette.length]!,
      borderColor: comparePalette[i % comparePalette.length]!,
    })),
  };
}

export function phaseGmvChart(c: Comparison, kindName: (kind: PhaseKind) => string): ReviewChartData {
  return {
    labels: c.byPhase.kinds.map(kindName),
    datasets: c.plans.map((p, i) => ({
      label: p.name,
      type: 'bar',
      data: c.byPhase.series[i] ?? [],
      yAxisID: 'money',
      backgroundColor: comparePalette[i % comparePalette.length]!,
      borderColor: comparePalette[i % comparePalette.length]!,
    })),
  };
}
