import { Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import type { Chart as ChartJs, ChartData, ChartOptions } from 'chart.js';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Chart } from 'react-chartjs-2';
import { valueAxisTitles, type ReviewChartData } from '../../../../shared/charts/reviewCharts';
import { currencyMinorDigits } from '../../../../shared/budget/money';
import { useFormat } from '../../i18n';
import { whiteBackground, type ChartPlugin, type DrawnChart } from '../../components/charts/chartSetup';

/** Where an exporter finds each drawn chart (review report, compare PDF), by the chart's id. */
export type ChartRegistry = Map<string, DrawnChart>;

interface Props {
  id: string;
  title: string;
  data: ReviewChartData;
  currency: string;
  plugins?: readonly ChartPlugin[];
  horizontal?: boolean;
  noDataText: string;
  /** Under the no-data text: the way to where its figures are entered (a button); none in the report. */
  noDataAction?: ReactNode;
  /** Where the report exporter finds the drawn chart (under `id`) to put its image in the PDF. */
  registry?: ChartRegistry;
  /** The card's test id; `review-chart-<id>` unless given. */
  testId?: string;
  /** The title's heading level: 2 on the review, 3 under a screen's own section heading. */
  headingOrder?: 2 | 3;
  height?: number;
  /** Tooltip extra line per category index (funnel step rates). */
  footer?: (index: number) => string;
  /** Shows category labels differently from the data (ISO dates as 11/1). */
  formatLabel?: (label: string) => string;
  /** Beside the title (a day select). */
  controls?: ReactNode;
  /** Under the chart, inside its card (the words for what the chart draws). */
  children?: ReactNode;
}

/** Draws one review chart; the data comes ready-made from shared/charts/reviewCharts. */
/** Up to this many labels on the category axis, every one is drawn (wrapped if long). */
const FEW_LABELS = 8;

/** A long label on lines of about 12 characters, broken between words (one word stays whole). */
function wrapLabel(label: string, width = 12): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function ReviewChart({
  id,
  title,
  data,
  currency,
  plugins = [],
  horizontal,
  noDataText,
  noDataAction,
  registry,
  testId = `review-chart-${id}`,
  headingOrder = 2,
  height = 260,
  footer,
  formatLabel,
  controls,
  children,
}: Props) {
  const f = useFormat();
  const ref = useRef<ChartJs<'bar'> | null>(null);
  const isEmpty = data.labels.length === 0 || data.datasets.every((d) => d.data.every((v) => v === null));
  const axes = useMemo(() => new Set(data.datasets.map((d) => d.yAxisID)), [data]);
  const axisTitles = useMemo(() => valueAxisTitles(data.datasets), [data]);

  useEffect(() => {
    const chart = ref.current;
    if (!registry || !chart) return;
    registry.set(id, chart);
    return () => {
      registry.delete(id);
    };
  }, [registry, id, isEmpty]);

  const tick = useMemo(
    () => ({
      // Compact and approximate like the budget's axes (¥20万 / ¥200K, and ¥0 rather than ¥0.00):
      // a tick is never read back as money; tooltips stay exact.
      money: (v: number) =>
        new Intl.NumberFormat(f.locale, {
          style: 'currency',
          currency,
          currencyDisplay: 'narrowSymbol',
          notation: 'compact',
          maximumFractionDigits: 1,
        }).format(v / 10 ** currencyMinorDigits(currency)),
      count: (v: number) => f.number(v, 0),
      ratio: (v: number) => f.number(v, 1),
      percent: (v: number) => `${f.number(v, 0)}%`,
    }),
    [f, currency],
  );
  const format = (axis: keyof typeof tick, v: number | null) =>
    v === null
      ? '—'
      : axis === 'ratio'
        ? f.multiple(v)
        : axis === 'percent'
          ? `${f.number(v, 1)}%`
          : axis === 'money'
            ? f.money(v, currency, { wan: true })
            : tick[axis](v);

  const options = useMemo((): ChartOptions<'bar'> => {
    const valueAxis = horizontal ? 'x' : 'y';
    const labels = data.labels;
    const scales: Record<string, object> = {
      [horizontal ? 'y' : 'x']: {
        ticks: {
          // A few categories (budget categories, channels) are all named, long names on two or
          // three lines ("Discounts &" / "promotions"); only a long run of days skips labels.
          autoSkip: labels.length > FEW_LABELS,
          maxRotation: 0,
          callback: (_v: unknown, i: number) => {
            const label = formatLabel ? formatLabel(labels[i] ?? '') : (labels[i] ?? '');
            return labels.length > FEW_LABELS ? label : wrapLabel(label);
          },
        },
      },
    };
    let first = true;
    for (const axis of ['money', 'count', 'percent', 'ratio'] as const) {
      if (!axes.has(axis)) continue;
      scales[horizontal ? 'x' : axis] = {
        type: 'linear',
        axis: valueAxis,
        position: horizontal ? 'bottom' : first ? 'left' : 'right',
        beginAtZero: true,
        // Headroom above the tallest bar for the phase names and milestone labels.
        grace: '12%',
        grid: { drawOnChartArea: first },
        ticks: { callback: (v: number | string) => tick[axis](Number(v)) },
        // Two value axes: each says what it counts (the right one's bare numbers named nothing).
        title: { display: axisTitles[axis] !== undefined, text: axisTitles[axis] ?? '', font: { size: 11 } },
      };
      first = false;
    }
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: horizontal ? 'y' : 'x',
      scales,
      plugins: {
        legend: {
          // One series coloured bar by bar (the funnel): the category labels name each bar, and a
          // legend would show the first bar's colour for all of them.
          display: !(data.datasets.length === 1 && Array.isArray(data.datasets[0]?.backgroundColor)),
          position: 'bottom',
          labels: { boxWidth: 12 },
        },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const ds = data.datasets[ctx.datasetIndex];
              return `${ctx.dataset.label ?? ''}: ${format(ds?.yAxisID ?? 'count', ctx.raw as number | null)}`;
            },
            footer: (items) => (footer && items[0] ? footer(items[0].dataIndex) : ''),
          },
        },
      },
    } as ChartOptions<'bar'>;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [axes, axisTitles, horizontal, tick, data, footer, formatLabel]);

  const chartData = useMemo(
    () =>
      ({
        labels: data.labels,
        datasets: data.datasets.map((d) => ({
          ...d,
          // horizontal charts share the single value axis x
          yAxisID: horizontal ? undefined : d.yAxisID,
          spanGaps: false,
          pointRadius: d.type === 'line' ? 2 : undefined,
          borderWidth: d.type === 'line' ? 2 : 0,
          order: d.type === 'line' ? 0 : 1,
        })),
      }) as unknown as ChartData<'bar'>,
    [data, horizontal],
  );

  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Group justify="space-between" wrap="nowrap" mb={4}>
        <Title order={headingOrder} size="h6">
          {title}
        </Title>
        {controls}
      </Group>
      {isEmpty ? (
        <Center h={height}>
          <Stack align="center" gap="xs">
            <Text c="dimmed" size="sm" ta="center">
              {noDataText}
            </Text>
            {noDataAction}
          </Stack>
        </Center>
      ) : (
        <div style={{ position: 'relative', height }}>
          <Chart
            ref={ref}
            type="bar"
            aria-label={title}
            data={chartData}
            options={options}
            plugins={[whiteBackground, ...plugins]}
          />
        </div>
      )}
      {children}
    </Card>
  );
}
