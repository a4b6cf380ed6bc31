import { Box, Group, ScrollArea, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScreenTitle } from './ScreenTitle';

/** The frame every plan section shares: a title, a line of guidance, actions, scrolling content. */
export function ScreenFrame({
  title,
  intro,
  actions,
  children,
  scroll = true,
}: {
  title: string;
  intro?: string;
  actions?: ReactNode;
  children: ReactNode;
  scroll?: boolean;
}) {
  const body = (
    <Stack p="md" gap="md">
      {children}
    </Stack>
  );
  return (
    <Box style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Group justify="space-between" px="md" pt="md" pb={4} wrap="nowrap" align="flex-end">
        <ScreenTitle title={title} intro={intro} size="h3" introWidth={820} />
        {actions && (
          <Group gap="xs" wrap="nowrap">
            {actions}
          </Group>
        )}
      </Group>
      {scroll ? (
        <ScrollArea style={{ flex: 1 }}>{body}</ScrollArea>
      ) : (
        // A screen that scrolls itself (virtualised tables) gets a box of bounded height.
        <Box
          p="md"
          style={{
            flex: 1,
            minHeight: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: 'var(--mantine-spacing-md)',
          }}
        >
          {children}
        </Box>
      )}
    </Box>
  );
}
