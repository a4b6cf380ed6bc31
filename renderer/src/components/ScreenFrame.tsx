import { Box, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

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
        <Box>
          <Title order={1} size="h3">
            {title}
          </Title>
          {intro && (
            <Text size="sm" c="dimmed" maw={820}>
              {intro}
            </Text>
          )}
        </Box>
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
