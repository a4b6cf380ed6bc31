import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One part of the roll-forward preview (holidays, goals, lessons, budget): its heading, a line of
 * guidance where there is one, then what may be chosen. A fragment, so the dialog's stack spaces
 * the three alike.
 */
export function RollSection({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <>
      <Title order={3} size="h5">
        {title}
      </Title>
      {hint !== undefined && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      {children}
    </>
  );
}
