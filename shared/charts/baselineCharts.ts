import { baselineKpis, type BaselineComparison, type BaselineKpi } from '../figures/baselines';
import type { ReviewChartData } from './reviewCharts';

/** One colour per baseline bar, in the list's order (repeating after six). */
const palette = ['#4263eb', '#ae3ec9', '#12b886', '#f76707', '#1c7ed6', '#868e96'];

/**
 * The lift chart of the named baselines (docs/baselines.md "In the review report"): one group per
 * KPI, one bar per before or last-year baseline, the engine's lift in percent. A long tail is not a
 * bar (its lift changes week by week; its table carries it). Labels come in translated.
 */
export function baselineLiftChart(
  comparison: BaselineComparison,
  kpiNames: Record<BaselineKpi, string>,
): ReviewChartData {
  const bars = comparison.baselines.filter((b) => b.kind !== 'longTail');
  return {
    labels: baselineKpis.map((k) => kpiNames[k]),
    datasets: bars.map((b, i) => {
      const color = palette[i % palette.length] ?? '#4263eb';
      return {
        label: b.baseline.name,
        type: 'bar',
        data: baselineKpis.map((k) => {
          const lift = b.lifts.find((l) => l.kpi === k)?.lift ?? null;
          return lift === null ? null : lift * 100;
        }),
        yAxisID: 'percent',
        backgroundColor: color,
        borderColor: color,
      };
    }),
  };
}
