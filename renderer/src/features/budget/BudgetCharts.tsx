import { SimpleGrid } from '@mantine/core';
import type { ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import type { BudgetSummary } from '../../../../shared/budget/totals';
import {
  buildAllocationChart,
  buildPlannedVsActualChart,
  buildSpendCurveChart,
} from '../../../../shared/charts/budgetCharts';
import type { PlanDocument } from '../../../../shared/domain';
import { useMessages } from '../../i18n';
import { ChartCard } from '../../components/charts/ChartCard';
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
  const moneyTooltip = {
    callbacks: {
      label: (ctx: { dataset: { label?: string }; raw: unknown; label?: string }) =>
        `${ctx.dataset.label ?? ''} ${ctx.label ?? ''}: ${typeof ctx.raw === 'number' ? format.exact(ctx.raw) : '—'}`,
    },
  };
  const moneyAxis = { ticks: { callback: (v: string | number) => format.axis(Number(v)) } };
  const doughnutOptions: ChartOptions<'doughnut'> = {
    plugins: { legend: { position: 'right', labels: { boxWidth: 12 } }, tooltip: moneyTooltip },
  };
  const bandsPlugin = useMemo(() => phaseBandsPlugin(curve.bands, { names: 'inBand' }), [curve.bands]);
  const card = { planName: doc.plan.name, saveLabel: m.savePng };
  // No planned amount yet: the allocation rings and the bars have nothing to draw.
  const emptyText = summary.total.plannedMinor === 0 ? m.chartsEmpty : undefined;
  const curveEmpty = summary.total.plannedMinor === 0 && summary.total.actualMinor === 0;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="budget-charts">
      {(
        [
          [m.allocationByCategory, byCategory],
          [m.allocationByChannel, byChannel],
        ] as const
      ).map(([title, data]) => (
        <ChartCard
          key={title}
          type="doughnut"
          title={title}
          data={data}
          options={doughnutOptions}
          emptyText={emptyText}
          {...card}
        />
      ))}
      <ChartCard
        type="bar"
        title={m.plannedVsActual}
        data={plannedVsActual}
        emptyText={emptyText}
        options={{
          scales: { y: moneyAxis },
          plugins: { tooltip: moneyTooltip },
        }}
        {...card}
      />
      <ChartCard
        type="line"
        title={m.spendCurve}
        emptyText={curveEmpty ? m.chartsEmpty : undefined}
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
        plugins={[bandsPlugin]}
        options={{
          interaction: { mode: 'index', intersect: false },
          scales: {
            y: { ...moneyAxis, beginAtZero: true },
            x: { ticks: { maxTicksLimit: 10, autoSkip: true } },
          },
          plugins: { tooltip: moneyTooltip, legend: { labels: { boxWidth: 24, usePointStyle: true } } },
        }}
        {...card}
      />
    </SimpleGrid>
  );
}
