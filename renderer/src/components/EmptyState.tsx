import { Center, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

/** An empty list that teaches what belongs there and how to start. */
export function EmptyState({
  icon,
  title,
  body,
  action,
}: {
  icon: ReactNode;
  title?: string;
  body: string;
  action?: ReactNode;
}) {
  return (
    <Center py="xl" data-testid="empty-state">
      <Stack align="center" maw={520} gap="sm">
        <ThemeIcon size={48} radius="xl" variant="light">
          {icon}
        </ThemeIcon>
        {title && (
          <Text fw={700} size="lg">
            {title}
          </Text>
        )}
        <Text c="dimmed" ta="center">
          {body}
        </Text>
        {action}
      </Stack>
    </Center>
  );
}
