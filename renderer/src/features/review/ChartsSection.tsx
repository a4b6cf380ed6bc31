import { SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { PlanDocument } from '../../../../shared/domain';
import { useFormat, useMessages } from '../../i18n';
import { phaseBandsPlugin } from '../../components/charts/phaseBandsPlugin';
import { messages } from './messages';
import { HoursCard } from './HoursCard';
import { ReviewChart, type ChartRegistry } from './ReviewChart';
import type { ReviewCharts } from './useReviewCharts';

/** The six review charts and the hours of a day; the report shows the same ones and takes their images for the PDF. */
export function ChartsGrid({
  doc,
  charts,
  registry,
  cols = 2,
}: {
  doc: PlanDocument;
  charts: ReviewCharts;
  registry?: ChartRegistry;
  cols?: number;
}) {
  const m = useMessages(messages).charts;
  const f = useFormat();
  const currency = doc.plan.currency;
  const dailyPlugin = useMemo(
    () => phaseBandsPlugin(charts.daily.bands, { names: 'header', milestones: charts.daily.milestones }),
    [charts.daily],
  );
  const common = { currency, noDataText: m.noData, registry };
  const funnelFooter = (i: number) => {
    const rate = charts.funnel.stepRates[i];
    return rate == null ? '' : m.stepRate(f.percent(rate, 2));
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={cols} spacing="sm">
        <ReviewChart
          id="daily"
          title={m.daily}
          data={charts.daily}
          plugins={[dailyPlugin]}
          formatLabel={(d) => f.date(d, 'short')}
          {...common}
        />
        <ReviewChart id="targetVsActual" title={m.targetVsActual} data={charts.targetVsActual} {...common} />
        <ReviewChart id="channels" title={m.channels} data={charts.channels} {...common} />
        <ReviewChart
          id="funnel"
          title={m.funnel}
          data={charts.funnel}
          horizontal
          footer={funnelFooter}
          {...common}
        />
        {/* Their figures come from elsewhere than the actuals: the empty text says from where. */}
        {(
          [
            ['baseline', m.noBaselineData],
            ['budget', m.noBudgetData],
          ] as const
        ).map(([id, empty]) => (
          <ReviewChart key={id} id={id} title={m[id]} data={charts[id]} {...common} noDataText={empty} />
        ))}
      </SimpleGrid>
      <HoursCard doc={doc} registry={registry} />
    </Stack>
  );
}
