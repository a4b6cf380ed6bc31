import { useMemo } from 'react';
import { baselineLiftChart } from '../../../../../shared/charts/baselineCharts';
import type { BaselineComparison } from '../../../../../shared/figures/baselines';
import { useMessages } from '../../../i18n';
import { ReviewChart, type ChartRegistry } from '../ReviewChart';
import { baselineMessages } from './messages';

/** 基线提升: the campaign's lift per KPI against each before and last-year baseline (docs/baselines.md). */
export function BaselineLiftChart({
  comparison,
  currency,
  registry,
}: {
  comparison: BaselineComparison;
  currency: string;
  registry?: ChartRegistry;
}) {
  const m = useMessages(baselineMessages);
  const data = useMemo(() => baselineLiftChart(comparison, m.kpi), [comparison, m]);
  return (
    <ReviewChart
      id="baselineLift"
      title={m.liftChart}
      data={data}
      currency={currency}
      noDataText={m.liftChartEmpty}
      registry={registry}
    />
  );
}
