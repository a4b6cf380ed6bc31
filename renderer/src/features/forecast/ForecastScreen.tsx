import { Card, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconChartFunnel } from '@tabler/icons-react';
import type { Scale } from 'chart.js';
import { useMemo, useState } from 'react';
import type { Recomputed } from '../../../../shared/budget/recompute';
import { computeFigures } from '../../../../shared/figures';
import {
  buildChannelGmvSpendChart,
  buildForecastVsGoalChart,
} from '../../../../shared/charts/forecastCharts';
import { PercentInput } from '../../components/CommitInputs';
import { EmptyState } from '../../components/EmptyState';
import { GoToTabButton } from '../../components/GoToTabButton';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { applyWhatIfEdit, setMarginEdit } from './forecastEdits';
import { ChartCard } from '../../components/charts/ChartCard';
import { useMoney, type MoneyFormat } from '../budget/useMoney';
import { formatRoas, FunnelTable, GoalsTable } from './ForecastTables';
import { forecastMessages } from './messages';
import { SalesCurvePanel } from './SalesCurvePanel';
import { toOverrides, WhatIfPanel, type WhatIfState } from './WhatIfPanel';
import { usePlanFigures } from '../../components/usePlanFigures';

export function ForecastScreen() {
  const m = useMessages(forecastMessages);
  const format = useMoney();
  const [whatIf, setWhatIf] = useState<WhatIfState>({});
  const overrides = useMemo(() => toOverrides(whatIf), [whatIf]);
  const { stored, figures } = usePlanFigures();
  const base = figures.recomputed;
  const shown = useMemo(
    () => (overrides.length === 0 ? base : computeFigures(stored, { whatIf: overrides }).recomputed),
    [base, stored, overrides],
  );
  const f = shown.forecast;
  const t = f.totals;
  const b = base.forecast.totals;
  const isWhatIf = overrides.length > 0;
  const was = (now: string, before: string) => (isWhatIf && now !== before ? m.was(before) : undefined);
  const percentOrDash = (v: number | null) => (v === null ? '—' : format.percent(v, 1));
  /** A figure as the what-if makes it, with what it was before when the what-if changes it. */
  const kpi = (
    label: string,
    show: (totals: typeof t) => string,
    more: { hint?: string; sub?: string; testId?: string } = {},
  ) => {
    const now = show(t);
    return <Kpi label={label} value={now} was={was(now, show(b))} {...more} />;
  };

  if (stored.channels.length === 0) {
    return (
      <ScreenFrame title={m.title} intro={m.intro}>
        <EmptyState
          icon={<IconChartFunnel />}
          body={m.emptyChannels}
          action={<GoToTabButton planId={stored.plan.id} tab="channels" testId="forecast-to-channels" />}
        />
      </ScreenFrame>
    );
  }
  return (
    <ScreenFrame title={m.title} intro={m.intro}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="forecast-kpis">
        {/* Without a channel with UV, conversion and AOV there is no GMV: unknown, not ¥0. */}
        {kpi(m.gmv, (x) => (x.isModelled ? format.money(x.gmvMinor) : '—'), {
          testId: 'forecast-gmv',
          sub: t.isModelled ? undefined : m.incomplete,
        })}
        {kpi(m.orders, (x) => (x.isModelled ? format.number(x.orders, 0) : '—'))}
        {kpi(m.spend, (x) => format.money(x.channelSpendMinor))}
        {kpi(m.totalCost, (x) => format.money(x.totalCostMinor), {
          hint: m.totalCostHint,
          testId: 'forecast-total-cost',
        })}
        {kpi(m.roas, (x) => formatRoas(x.roas, format), { hint: m.roasHint, testId: 'forecast-roas' })}
        {kpi(m.profitRoi, (x) => percentOrDash(x.profitRoi), {
          hint: m.profitRoiHint,
          sub:
            t.profitMinor === null || t.cogsMinor === null
              ? m.noMargin
              : `${m.profit} ${format.money(t.profitMinor)} · ${m.cogs} ${format.money(t.cogsMinor)}`,
          testId: 'forecast-profit-roi',
        })}
      </SimpleGrid>

      <Group align="flex-end" gap="md">
        <PercentInput
          size="xs"
          w={200}
          label={m.margin}
          description={m.marginHint}
          valueFraction={stored.plan.expectedMarginRate ?? null}
          onCommitFraction={(rate) => runEdit(setMarginEdit, rate)}
        />
        <Text size="sm" c="dimmed" pb={4}>
          {t.marginSource === 'products' && t.marginRate !== null
            ? m.marginFromProducts(format.percent(t.marginRate, 1))
            : t.marginSource === 'plan'
              ? m.marginFromPlan
              : m.noMargin}
        </Text>
      </Group>

      <WhatIfPanel
        base={base.forecast}
        state={whatIf}
        onChange={setWhatIf}
        onReset={() => setWhatIf({})}
        onApply={() => {
          runEdit(applyWhatIfEdit, overrides);
          setWhatIf({});
        }}
        format={format}
      />

      <Title order={2} size="h4">
        {m.funnel}
      </Title>
      <FunnelTable forecast={f} phases={stored.phases} format={format} />

      <SalesCurvePanel
        doc={stored}
        curve={figures.salesCurve}
        byPhase={base.forecast.totals.byPhase}
        format={format}
      />

      <Title order={2} size="h4">
        {m.goals}
      </Title>
      <GoalsTable forecast={f} goals={stored.goals} format={format} />

      <ForecastCharts shown={shown.forecast} format={format} planName={stored.plan.name} />
    </ScreenFrame>
  );
}

function Kpi({
  label,
  value,
  hint,
  was,
  sub,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  was?: string;
  sub?: string;
  testId?: string;
}) {
  const title = (
    <Text size="xs" c="dimmed" style={hint ? { textDecoration: 'underline dotted' } : undefined}>
      {label}
    </Text>
  );
  return (
    <Card withBorder padding="xs">
      {hint ? (
        <Tooltip label={hint} multiline w={260}>
          {title}
        </Tooltip>
      ) : (
        title
      )}
      <Text fw={700} size="md" data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="10px" c="dimmed" lh={1.2}>
          {hint}
        </Text>
      )}
      {was && (
        <Text size="xs" c="orange.8">
          {was}
        </Text>
      )}
      {sub && (
        <Text size="xs" c="dimmed">
          {sub}
        </Text>
      )}
    </Card>
  );
}

function ForecastCharts({
  shown,
  format,
  planName,
}: {
  shown: Recomputed['forecast'];
  format: MoneyFormat;
  planName: string;
}) {
  const m = useMessages(forecastMessages);
  const vsGoal = useMemo(
    () => buildForecastVsGoalChart(shown, { forecast: m.forecast, goal: m.goal }),
    [shown, m],
  );
  const gmvSpend = useMemo(
    () => buildChannelGmvSpendChart(shown, { gmv: m.gmv, spend: m.spend }),
    [shown, m],
  );
  const axis = { ticks: { callback: (v: string | number) => format.axis(Number(v)) } };
  const tooltip = {
    callbacks: {
      label: (ctx: { dataset: { label?: string }; raw: unknown }) =>
        `${ctx.dataset.label ?? ''}: ${typeof ctx.raw === 'number' ? format.exact(ctx.raw) : '—'}`,
    },
  };
  // No channel with UV, conversion and AOV: nothing to draw but axes of ¥0.
  const card = {
    planName,
    saveLabel: m.savePng,
    emptyText: shown.totals.isModelled ? undefined : m.chartsEmpty,
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChartCard
          type="bar"
          title={m.forecastVsGoal}
          data={vsGoal}
          options={{
            scales: { x: { stacked: true }, y: { ...axis, stacked: true, beginAtZero: true } },
            plugins: { tooltip },
          }}
          {...card}
        />
        <ChartCard
          type="bar"
          title={m.gmvSpend}
          data={gmvSpend}
          options={{
            // Channel names run long ("On-platform ads (Tmall Wanxiangtai, search ads)"): cut
            // on the axis so the bars keep their height; the tooltip names the channel in full.
            scales: { x: { ticks: { callback: shortTick } }, y: { ...axis, beginAtZero: true } },
            plugins: { tooltip },
          }}
          {...card}
        />
      </SimpleGrid>
    </Stack>
  );
}

function shortTick(this: Scale, value: string | number): string {
  const label = this.getLabelForValue(Number(value));
  return label.length > 14 ? `${label.slice(0, 13)}…` : label;
}
