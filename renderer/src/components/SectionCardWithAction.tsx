import { Card, Group, Stack, Text, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A bordered section of a screen: its heading, an optional line of guidance under it, an optional
 * action (a button, or a row of controls) at the right of the heading, then the section's content.
 * The heading is an `h3` unless the screen's outline says otherwise (`order`).
 */
export function SectionCardWithAction({
  title,
  hint,
  action,
  order = 3,
  padding,
  gap = 'xs',
  testId,
  children,
}: {
  title: ReactNode;
  hint?: ReactNode;
  action?: ReactNode;
  order?: 2 | 3;
  padding?: MantineSpacing;
  gap?: MantineSpacing;
  testId?: string;
  children?: ReactNode;
}) {
  const heading = (
    <Title order={order} size="h5">
      {title}
    </Title>
  );
  const guidance = hint && (
    <Text size="sm" c="dimmed">
      {hint}
    </Text>
  );
  return (
    <Card withBorder padding={padding} data-testid={testId}>
      <Stack gap={gap}>
        {action ? (
          // With guidance, the action lines up with the guidance's last line.
          <Group justify="space-between" align={guidance ? 'flex-end' : undefined}>
            {guidance ? (
              <div>
                {heading}
                {guidance}
              </div>
            ) : (
              heading
            )}
            {action}
          </Group>
        ) : (
          <>
            {heading}
            {guidance}
          </>
        )}
        {children}
      </Stack>
    </Card>
  );
}
