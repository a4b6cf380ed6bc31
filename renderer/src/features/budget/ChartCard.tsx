import { ActionIcon, Card, Group, Text, Tooltip } from '@mantine/core';
import { IconPhotoDown } from '@tabler/icons-react';
import type { ReactNode, RefObject } from 'react';
import { saveFile } from '../../platform';
import { dataUrlToBytes, type DrawnChart } from '../../components/charts/chartSetup';

/** A titled chart with "save as PNG" (chart.toBase64Image → the platform's save dialog/download). */
export function ChartCard({
  title,
  fileName,
  chartRef,
  saveLabel,
  height = 240,
  children,
}: {
  title: string;
  fileName: string;
  chartRef: RefObject<DrawnChart | null | undefined>;
  saveLabel: string;
  height?: number;
  children: ReactNode;
}) {
  const save = () => {
    const chart = chartRef.current;
    if (!chart) return;
    void saveFile(
      `${fileName}.png`,
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
        <Tooltip label={saveLabel}>
          <ActionIcon variant="subtle" size="sm" aria-label={`${saveLabel}: ${title}`} onClick={save}>
            <IconPhotoDown size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <div style={{ position: 'relative', height }}>{children}</div>
    </Card>
  );
}
