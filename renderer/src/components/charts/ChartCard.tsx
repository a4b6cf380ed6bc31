import { ActionIcon, Card, Group, Text, Tooltip } from '@mantine/core';
import { IconPhotoDown } from '@tabler/icons-react';
import type {
  Chart as ChartJs,
  ChartData,
  ChartOptions,
  ChartType,
  DefaultDataPoint,
  Plugin,
} from 'chart.js';
import { useRef, type ReactNode } from 'react';
import { Chart } from 'react-chartjs-2';
import { saveFile } from '../../platform';
import { dataUrlToBytes, whiteBackground, type ChartPlugin } from './chartSetup';

/** A plan's name as the start of a file name: the characters no file system takes become `_`. */
export function fileNameOf(planName: string): string {
  return planName.replace(/[\\/:*?"<>|]/g, '_');
}

/**
 * A titled chart with "save as PNG" (chart.toBase64Image → the platform's save dialog/download),
 * the one chart card of the budget and forecast screens: the canvas is painted white first (so
 * the PNG is not transparent), is not animated, fills the card's height, and is named for screen
 * readers by its title.
 */
export function ChartCard<T extends ChartType, D = DefaultDataPoint<T>>({
  type,
  title,
  planName,
  fileTitle = title,
  saveLabel,
  data,
  options,
  plugins = [],
  height = 240,
  emptyText,
  children,
}: {
  type: T;
  title: string;
  /** The PNG is named `<plan>-<fileTitle>.png`. */
  planName: string;
  fileTitle?: string;
  saveLabel: string;
  data: ChartData<T, D>;
  /**
   * The chart's own options; the card adds no aspect ratio, no animation and the legend's small
   * boxes (a chart's own `plugins.legend` replaces them).
   */
  options?: ChartOptions<T>;
  /** Drawn after the white background (phase bands). */
  plugins?: readonly ChartPlugin[];
  height?: number;
  /** Under the chart (its figures as text for screen readers). */
  children?: ReactNode;
  /**
   * Given when there is nothing to draw (no amounts yet): said in the chart's place, with where
   * the figures come from, instead of an empty ring or axes of ¥0.
   */
  emptyText?: string;
}) {
  const chartRef = useRef<ChartJs<T, D> | null>(null);
  const save = () => {
    const chart = chartRef.current;
    if (!chart) return;
    void saveFile(
      `${fileNameOf(planName)}-${fileTitle}.png`,
      dataUrlToBytes(chart.toBase64Image('image/png', 1)),
      [{ name: 'PNG', extensions: ['png'] }],
      'image/png',
    );
  };
  return (
    <Card withBorder padding="sm" radius="md">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text fw={600} size="sm">
          {title}
        </Text>
        {emptyText === undefined && (
          <Tooltip label={saveLabel}>
            <ActionIcon variant="subtle" size="sm" aria-label={`${saveLabel}: ${title}`} onClick={save}>
              <IconPhotoDown size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      {emptyText !== undefined ? (
        <Text size="sm" c="dimmed" h={height} ta="center" pt={height / 2 - 12} data-testid="chart-empty">
          {emptyText}
        </Text>
      ) : (
        <div style={{ position: 'relative', height }}>
          <Chart
            ref={chartRef}
            type={type}
            aria-label={title}
            data={data}
            plugins={[whiteBackground, ...plugins] as unknown as Plugin<T>[]}
            options={
              {
                maintainAspectRatio: false,
                animation: false,
                ...options,
                plugins: { legend: { labels: { boxWidth: 12 } }, ...options?.plugins },
              } as ChartOptions<T>
            }
          />
          {children}
        </div>
      )}
    </Card>
  );
}
