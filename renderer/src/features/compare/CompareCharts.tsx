import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { alignedGmvChart, phaseGmvChart } from '../../../../shared/charts/compareCharts';
import type { Comparison } from '../../../../shared/compare/compare';
import { useAppMessages, useMessages } from '../../i18n';
import { ReviewChart, type ChartRegistry } from '../review/ReviewChart';
import { compareMessages } from './messages';

/** The charts in the order the screen and the PDF show them (their test ids and registry keys). */
export const compareChartIds = ['compare-chart-aligned', 'compare-chart-phases'] as const;

/**
 * Daily GMV aligned on T-0 and GMV by phase, one series per plan: chart data from shared/charts,
 * drawn by the review's one chart card.
 */
export function CompareCharts({ comparison, registry }: { comparison: Comparison; registry: ChartRegistry }) {
  const c = useMessages(compareMessages);
  const m = useAppMessages();
  const aligned = useMemo(() => alignedGmvChart(comparison), [comparison]);
  const phases = useMemo(
    () => phaseGmvChart(comparison, (kind) => m.enums.phaseKind[kind]),
    [comparison, m.enums.phaseKind],
  );
  const currency = comparison.plans[0]?.currency ?? 'CNY';
  const charts = [
    { id: compareChartIds[0], title: c.alignedTitle, data: aligned },
    { id: compareChartIds[1], title: c.phaseTitle, data: phases },
  ];
  return (
    <SimpleGrid cols={2} spacing="md">
      {charts.map((chart) => (
        <ReviewChart
          key={chart.id}
          id={chart.id}
          testId={chart.id}
          headingOrder={3}
          registry={registry}
          title={chart.title}
          data={chart.data}
          currency={currency}
          noDataText={c.noData}
        />
      ))}
    </SimpleGrid>
  );
}
