import { Card, Center, Text, Title } from '@mantine/core';
import type { Chart as ChartJs, ChartOptions } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { currencyMinorDigits } from '../../../../shared/budget/money';
import type { ReviewChartData } from '../../../../shared/charts/reviewCharts';
import { whiteBackground } from '../../components/charts/chartSetup';
import { useFormat } from '../../i18n';

/** One comparison chart: a line per plan (aligned daily GMV) or a bar per plan (GMV by phase). */
export function CompareChart({
  kind,
  title,
  data,
  currency,
  noDataText,
  testId,
  registry,
}: {
  kind: 'line' | 'bar';
  title: string;
  data: ReviewChartData;
  currency: string;
  noDataText: string;
  testId: string;
  /** Where the PDF export finds the drawn chart, under `testId`. */
  registry: Map<string, ChartJs>;
}) {
  const f = useFormat();
  const isEmpty = data.labels.length === 0 || data.datasets.every((d) => d.data.every((v) => v === null));
  const lineRef = useRef<ChartJs<'line'> | null>(null);
  const barRef = useRef<ChartJs<'bar'> | null>(null);
  useEffect(() => {
    const chart = (kind === 'line' ? lineRef.current : barRef.current) as ChartJs | null;
    if (!chart) return;
    registry.set(testId, chart);
    return () => {
      registry.delete(testId);
    };
  }, [registry, testId, kind, isEmpty]);
  const options = useMemo(() => {
    const major = 10 ** currencyMinorDigits(currency);
    const compact = new Intl.NumberFormat(f.locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { ticks: { autoSkip: true, maxRotation: 0 } },
        y: {
          beginAtZero: true,
          ticks: { callback: (v: number | string) => compact.format(Number(v) / major) },
        },
      },
      plugins: {
        legend: { position: 'bottom' as const, labels: { boxWidth: 12 } },
        tooltip: {
          callbacks: {
            label: (ctx: { dataset: { label?: string }; raw: unknown }) =>
              `${ctx.dataset.label ?? ''}: ${ctx.raw === null ? '—' : f.money(ctx.raw as number, currency)}`,
          },
        },
      },
    };
  }, [f, currency]);
  const datasets = data.datasets.map((d) => ({
    label: d.label,
    data: d.data,
    backgroundColor: d.backgroundColor,
    borderColor: d.borderColor,
    borderWidth: kind === 'line' ? 2 : 0,
    pointRadius: 2,
    spanGaps: false,
  }));
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Title order={3} size="h6" mb={4}>
        {title}
      </Title>
      {isEmpty ? (
        <Center h={260}>
          <Text c="dimmed" size="sm">
            {noDataText}
          </Text>
        </Center>
      ) : (
        <div style={{ position: 'relative', height: 260 }}>
          {kind === 'line' ? (
            <Line
              ref={lineRef}
              aria-label={title}
              data={{ labels: data.labels, datasets }}
              options={options as ChartOptions<'line'>}
              plugins={[whiteBackground as never]}
            />
          ) : (
            <Bar
              ref={barRef}
              aria-label={title}
              data={{ labels: data.labels, datasets }}
              options={options as ChartOptions<'bar'>}
              plugins={[whiteBackground as never]}
            />
          )}
        </div>
      )}
    </Card>
  );
}
