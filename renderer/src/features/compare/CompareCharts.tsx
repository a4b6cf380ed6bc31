import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { alignedGmvChart, phaseGmvChart } from '../../../../shared/charts/compareCharts';
import type { Comparison } from '../../../../shared/compare/compare';
import { useAppMessages, useMessages } from '../../i18n';
import { CompareChart } from './CompareChart';
import { compareMessages } from './messages';

/** Daily GMV aligned on T-0 and GMV by phase, one series per plan (chart data from shared/charts). */
export function CompareCharts({ comparison }: { comparison: Comparison }) {
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
        testId="compare-chart-aligned"
        title={c.alignedTitle}
        data={aligned}
        currency={currency}
        noDataText={c.noData}
      />
      <CompareChart
        kind="bar"
        testId="compare-chart-phases"
        title={c.phaseTitle}
        data={phases}
        currency={currency}
        noDataText={c.noData}
      />
    </SimpleGrid>
  );
}
