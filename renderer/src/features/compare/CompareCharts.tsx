import { SimpleGrid } from '@mantine/core';
import type { Chart as ChartJs } from 'chart.js';
import { useMemo } from 'react';
import { alignedGmvChart, phaseGmvChart } from '../../../../shared/charts/compareCharts';
import type { Comparison } from '../../../../shared/compare/compare';
import { useAppMessages, useMessages } from '../../i18n';
import { CompareChart } from './CompareChart';
import { compareMessages } from './messages';

/** The charts in the order the screen and the PDF show them (their test ids and registry keys). */
export const compareChartIds = ['compare-chart-aligned', 'compare-chart-phases'] as const;

/** Daily GMV aligned on T-0 and GMV by phase, one series per plan (chart data from shared/charts). */
export function CompareCharts({
  comparison,
  registry,
}: {
  comparison: Comparison;
  registry: Map<string, ChartJs>;
}) {
  const c = useMessages(compareMessages);
  const m = useAppMessages();
  const aligned = useMemo(() => alignedGmvChart(comparison), [comparison]);
  const phases = useMemo(
    () => phaseGmvChart(comparison, (kind) => m.enums.phaseKind[kind]),
    [comparison, m.enums.phaseKind],
  );
  const currency = comparison.plans[0]?.currency ?? 'CNY';
  return (
    <SimpleGrid cols={2} spacing="md">
      <CompareChart
        kind="line"
        testId={compareChartIds[0]}
        registry={registry}
        title={c.alignedTitle}
        data={aligned}
        currency={currency}
        noDataText={c.noData}
      />
      <CompareChart
        kind="bar"
        testId={compareChartIds[1]}
        registry={registry}
        title={c.phaseTitle}
        data={phases}
        currency={currency}
        noDataText={c.noData}
      />
    </SimpleGrid>
  );
}
