import { Alert, Card, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import type { YearRollup } from '../../../../shared/figures';
import { FigureTable } from '../../components/FigureTable';
import { listIn, useLocale, useMessages } from '../../i18n';
import { messages } from './messages';
import { RollupTable } from './RollupTable';
import type { YearMoney } from './useYearMoney';

export type View = 'campaigns' | 'categories' | 'channels' | 'months';

/** The year's totals, the chosen view of the roll-up, and the quarters when capped per quarter. */
export function RollupBody({
  rollup,
  f,
  view,
  setView,
}: {
  rollup: YearRollup;
  f: YearMoney;
  view: View;
  setView(v: View): void;
}) {
  const m = useMessages(messages);
  const locale = useLocale();
  const rows =
    view === 'campaigns'
      ? rollup.campaigns
      : view === 'categories'
        ? rollup.byCategory
        : view === 'channels'
          ? rollup.byChannel
          : rollup.byMonth;
  const t = rollup.total;
  const stat = (label: string, value: string, testId: string, color?: string) => (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={color} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
  return (
    <Stack gap="md">
      {rollup.otherCurrency.length > 0 && (
        <Alert color="yellow">
          {m.otherCurrency(
            listIn(
              locale,
              rollup.otherCurrency.map((p) => p.name),
            ),
          )}
        </Alert>
      )}
      <SimpleGrid cols={5} spacing="sm">
        {stat(m.planned, f.money(t.plannedMinor), 'year-planned')}
        {stat(m.committed, f.money(t.committedMinor), 'year-committed')}
        {stat(m.actual, f.money(t.actualMinor), 'year-actual')}
        {stat(
          m.variance,
          t.varianceMinor === null ? '—' : f.signed(t.varianceMinor),
          'year-variance',
          t.varianceMinor !== null && t.varianceMinor > 0 ? 'red' : undefined,
        )}
        {stat(
          m.capLeft,
          rollup.capLeftMinor === null ? m.noCap : f.money(rollup.capLeftMinor),
          'year-cap-left',
          rollup.capLeftMinor !== null && rollup.capLeftMinor < 0 ? 'red' : undefined,
        )}
      </SimpleGrid>
      {rollup.campaigns.length === 0 ? (
        <Text c="dimmed">{m.noPlans(rollup.year)}</Text>
      ) : (
        <>
          <Group justify="space-between">
            <SegmentedControl
              value={view}
              onChange={(v) => setView(v as View)}
              data={(['campaigns', 'categories', 'channels', 'months'] as const).map((v) => ({
                value: v,
                label: m.views[v],
              }))}
            />
            <Text size="sm" c="dimmed">
              {m.plans(rollup.campaigns.length)}
            </Text>
          </Group>
          <RollupTable rows={rows} total={t} f={f} />
        </>
      )}
      {rollup.quarters.some((q) => q.capMinor !== null) && (
        <FigureTable
          withTableBorder
          maw={640}
          data-testid="year-quarters"
          rows={rollup.quarters}
          rowKey={(q) => q.quarter}
          columns={[
            { header: m.quarterHead, cell: (q) => m.quarter(q.quarter) },
            { header: m.planned, cell: (q) => f.money(q.plannedMinor) },
            { header: m.quarterCapHead, cell: (q) => (q.capMinor === null ? '—' : f.money(q.capMinor)) },
            {
              header: m.left,
              cell: (q) => (q.leftMinor === null ? '—' : f.money(q.leftMinor)),
              color: (q) => (q.leftMinor !== null && q.leftMinor < 0 ? 'red' : undefined),
            },
          ]}
        />
      )}
    </Stack>
  );
}
