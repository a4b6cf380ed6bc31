import { Badge, Card, Group, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { todayIso } from '../../../../shared/domain';
import { cumulativeChart, dayStrip, hourlyBarsChart } from '../../../../shared/charts/warroomCharts';
import type { ReviewChartData } from '../../../../shared/charts/reviewCharts';
import type { Pacing } from '../../../../shared/warroom/pacing';
import { SectionCardWithAction } from '../../components/SectionCardWithAction';
import { useMessages } from '../../i18n';
import { useMoney } from '../budget/useMoney';
import { ReviewChart } from '../review/ReviewChart';
import { warroomMessages } from './messages';

/** Hourly bars and cumulative lines of the day, and the strip of campaign days (docs/warroom.md). */
export function WarRoomCharts({ pacing }: { pacing: Pacing }) {
  const m = useMessages(warroomMessages);
  const f = useMoney();
  const text = useMemo(() => ({ actual: m.chartActual, target: m.chartTarget }), [m]);
  const charts = useMemo(() => {
    const hasData = pacing.hours.some((h) => h.gmvMinor !== null);
    const drawn = (data: ReviewChartData) => (hasData ? data : { labels: [], datasets: [] });
    return [
      { id: 'warroom-hourly', title: m.hourlyChart, data: drawn(hourlyBarsChart(pacing, text)) },
      { id: 'warroom-cumulative', title: m.cumulativeChart, data: drawn(cumulativeChart(pacing, text)) },
    ];
  }, [pacing, text, m]);
  const days = useMemo(() => dayStrip(pacing), [pacing]);
  // The strip's "today" is the day of the latest data (shared/charts dayStrip); the calendar's
  // today is named as such, and a day after the data but not after today has no data yet rather
  // than "not begun" (a campaign reviewed after it ended).
  const today = todayIso();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {charts.map((c) => (
          <ReviewChart
            key={c.id}
            id={c.id}
            title={c.title}
            data={c.data}
            currency={f.currency}
            noDataText={m.noHourData}
            height={220}
          />
        ))}
      </SimpleGrid>
      <SectionCardWithAction title={m.dayStrip} padding="sm">
        <ScrollArea type="auto" offsetScrollbars viewportProps={{ tabIndex: 0, 'aria-label': m.dayStrip }}>
          <Group gap="xs" wrap="nowrap" data-testid="warroom-days">
            {days.map((d) => (
              <Card
                key={d.date}
                withBorder
                padding={6}
                miw={112}
                data-testid="warroom-day"
                bg={d.when === 'today' ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Group gap={4} justify="space-between" wrap="nowrap">
                  <Text size="xs" fw={600}>
                    {d.date.slice(5)}
                  </Text>
                  {(d.date === today || d.when === 'today') && (
                    <Badge size="xs" variant="light">
                      {d.date === today ? m.dayToday : m.dayLatest}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">
                  {d.when !== 'future' ? f.money(d.actualMinor) : d.date > today ? m.dayFuture : m.dayNoData}
                </Text>
                <Text size="xs" c={d.pace !== null && d.pace < 0.9 ? 'red.8' : 'dimmed'}>
                  {d.pace === null
                    ? d.targetMinor === null
                      ? '—'
                      : f.money(d.targetMinor)
                    : f.percent(d.pace)}
                </Text>
              </Card>
            ))}
          </Group>
        </ScrollArea>
      </SectionCardWithAction>
    </Stack>
  );
}
