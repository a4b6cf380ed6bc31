import { Overlay, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What covers the window while a file is dragged over it: a large icon, where to drop it, and a
 * line on what happens then (a workbook for a new plan, the war room's hourly data).
 */
export function FileDropOverlay({
  icon,
  title,
  hint,
  testId,
}: {
  icon: ReactNode;
  title: string;
  hint: string;
  testId: string;
}) {
  return (
    <Overlay fixed zIndex={1000} backgroundOpacity={0.55} color="#000" data-testid={testId}>
      <Stack h="100%" align="center" justify="center" gap="xs" style={{ pointerEvents: 'none' }}>
        {icon}
        <Text c="white" fw={700} size="xl">
          {title}
        </Text>
        <Text c="white" size="sm">
          {hint}
        </Text>
      </Stack>
    </Overlay>
  );
}
