import { SimpleGrid } from '@mantine/core';
import type { Chart, ChartOptions } from 'chart.js';
import { useMemo, useRef } from 'react';
import { Bar, Doughnut, Line } from 'react-chartjs-2';
import type { BudgetSummary } from '../../../../shared/budget/totals';
import {
  buildAllocationChart,
  buildPlannedVsActualChart,
  buildSpendCurveChart,
} from '../../../../shared/charts/budgetCharts';
import type { PlanDocument } from '../../../../shared/domain';
import { useMessages } from '../../i18n';
import { ChartCard } from './ChartCard';
import { whiteBackground } from '../../components/charts/chartSetup';
import { phaseBandsPlugin } from '../../components/charts/phaseBandsPlugin';
import { budgetMessages } from './messages';
import type { MoneyFormat } from './useMoney';

/** The budget's four charts; the data comes from shared/charts/budgetCharts.ts. */
export function BudgetCharts({
  doc,
  summary,
  format,
  categoryLabel,
  channelLabel,
}: {
  doc: PlanDocument;
  summary: BudgetSummary;
  format: MoneyFormat;
  categoryLabel: (key: string | null) => string;
  channelLabel: (key: string | null) => string;
}) {
  const m = useMessages(budgetMessages);
  const byCategory = useMemo(
    () => buildAllocationChart(summary.byCategory, categoryLabel, m.planned),
    [summary, categoryLabel, m],
  );
  const byChannel = useMemo(
    () => buildAllocationChart(summary.byChannel, channelLabel, m.planned),
    [summary, channelLabel, m],
  );
  const plannedVsActual = useMemo(
    () =>
      buildPlannedVsActualChart(summary.byCategory, categoryLabel, { planned: m.planned, actual: m.actual }),
    [summary, categoryLabel, m],
  );
  const curve = useMemo(
    () => buildSpendCurveChart(doc, { planned: m.planned, actual: m.actual, cap: m.capLine }),
    [doc, m],
  );
  const categoryRef = useRef<Chart<'doughnut'> | null>(null);
  const channelRef = useRef<Chart<'doughnut'> | null>(null);
  const barsRef = useRef<Chart<'bar'> | null>(null);
  const curveRef = useRef<Chart<'line'> | null>(null);
  const moneyTooltip = {
    callbacks: {
      label: (ctx: { dataset: { label?: string }; raw: unknown; label?: string }) =>
        `${ctx.dataset.label ?? ''} ${ctx.label ?? ''}: ${typeof ctx.raw === 'number' ? format.exact(ctx.raw) : '—'}`,
    },
  };
  const moneyAxis = { ticks: { callback: (v: string | number) => format.axis(Number(v)) } };
  const doughnutOptions: ChartOptions<'doughnut'> = {
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { position: 'right', labels: { boxWidth: 12 } }, tooltip: moneyTooltip },
  };
  const bandsPlugin = useMemo(() => phaseBandsPlugin(curve.bands, { names: 'inBand' }), [curve.bands]);
  const name = doc.plan.name.replace(/[\\/:*?"<>|]/g, '_');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="budget-charts">
      <ChartCard
        title={m.allocationByCategory}
        fileName={`${name}-${m.allocationByCategory}`}
        chartRef={categoryRef}
        saveLabel={m.savePng}
      >
        <Doughnut
          ref={categoryRef}
          aria-label={m.allocationByCategory}
          data={byCategory}
          options={doughnutOptions}
          plugins={[whiteBackground]}
        />
      </ChartCard>
      <ChartCard
        title={m.allocationByChannel}
        fileName={`${name}-${m.allocationByChannel}`}
        chartRef={channelRef}
        saveLabel={m.savePng}
      >
        <Doughnut
          ref={channelRef}
          aria-label={m.allocationByChannel}
          data={byChannel}
          options={doughnutOptions}
          plugins={[whiteBackground]}
        />
      </ChartCard>
      <ChartCard
        title={m.plannedVsActual}
        fileName={`${name}-${m.plannedVsActual}`}
        chartRef={barsRef}
        saveLabel={m.savePng}
      >
        <Bar
          ref={barsRef}
          aria-label={m.plannedVsActual}
          data={plannedVsActual}
          plugins={[whiteBackground]}
          options={{
            maintainAspectRatio: false,
            animation: false,
            scales: { y: moneyAxis },
            plugins: { tooltip: moneyTooltip, legend: { labels: { boxWidth: 12 } } },
          }}
        />
      </ChartCard>
      <ChartCard
        title={m.spendCurve}
        fileName={`${name}-${m.spendCurve}`}
        chartRef={curveRef}
        saveLabel={m.savePng}
      >
        <Line
          ref={curveRef}
          aria-label={m.spendCurve}
          data={{
            labels: curve.labels,
            datasets: curve.datasets.map((d, i) => ({
              ...d,
              pointRadius: 0,
              borderWidth: 2,
              borderDash: i === 2 ? [6, 4] : undefined,
              // The legend draws each series as its line (the cap dashed), not a box whose dashed
              // border read as a red cross.
              pointStyle: 'line' as const,
              spanGaps: false,
            })),
          }}
          plugins={[whiteBackground, bandsPlugin]}
          options={{
            maintainAspectRatio: false,
            animation: false,
            interaction: { mode: 'index', intersect: false },
            scales: {
              y: { ...moneyAxis, beginAtZero: true },
              x: { ticks: { maxTicksLimit: 10, autoSkip: true } },
            },
            plugins: { tooltip: moneyTooltip, legend: { labels: { boxWidth: 24, usePointStyle: true } } },
          }}
        />
      </ChartCard>
    </SimpleGrid>
  );
}
