import { SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { PlanDocument } from '../../../../shared/domain';
import { useFormat, useMessages } from '../../i18n';
import { phaseBandsPlugin } from '../../components/charts/phaseBandsPlugin';
import { messages } from './messages';
import { HoursCard } from './HoursCard';
import { GoToTabButton } from '../../components/GoToTabButton';
import { ReviewChart, type ChartRegistry } from './ReviewChart';
import type { ReviewCharts } from './useReviewCharts';

/** The six review charts and the hours of a day; the report shows the same ones and takes their images for the PDF. */
export function ChartsGrid({
  doc,
  charts,
  registry,
  cols = 2,
  showWays = false,
}: {
  doc: PlanDocument;
  charts: ReviewCharts;
  registry?: ChartRegistry;
  cols?: number;
  /** Under an empty chart, a button to where its figures are entered (on screen, not in the report). */
  showWays?: boolean;
}) {
  const all = useMessages(messages);
  const m = all.charts;
  const f = useFormat();
  const currency = doc.plan.currency;
  const dailyPlugin = useMemo(
    () => phaseBandsPlugin(charts.daily.bands, { names: 'header', milestones: charts.daily.milestones }),
    [charts.daily],
  );
  const toActuals = showWays ? (
    <GoToTabButton planId={doc.plan.id} tab="review" section="actuals" label={all.tabs.actuals} />
  ) : undefined;
  const toBudget = showWays ? <GoToTabButton planId={doc.plan.id} tab="budget" /> : undefined;
  const common = { currency, noDataText: m.noData, noDataAction: toActuals, registry };
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
        <ReviewChart
          id="targetVsActual"
          title={m.targetVsActual}
          data={charts.targetVsActual}
          {...common}
          {...(doc.goals.length === 0 && {
            noDataText: m.noGoalsData,
            noDataAction: showWays ? <GoToTabButton planId={doc.plan.id} tab="goals" /> : undefined,
          })}
        />
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
            ['baseline', m.noBaselineData, toActuals],
            ['budget', m.noBudgetData, toBudget],
          ] as const
        ).map(([id, empty, way]) => (
          <ReviewChart
            key={id}
            id={id}
            title={m[id]}
            data={charts[id]}
            {...common}
            noDataText={empty}
            noDataAction={way}
          />
        ))}
      </SimpleGrid>
      <HoursCard doc={doc} registry={registry} />
    </Stack>
  );
}
