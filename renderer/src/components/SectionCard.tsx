import { Card, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A bordered section of a screen under its own heading, with the line that says what the section
 * is for. `review` is the review's compact card (a small heading, an extra-small hint); `panel` is
 * the roomier panel of the import and export screens.
 */
export function SectionCard({
  title,
  hint,
  look = 'review',
  size = look === 'panel' ? 'h5' : 'h6',
  testId,
  children,
}: {
  title: ReactNode;
  hint?: ReactNode;
  look?: 'review' | 'panel';
  size?: 'h5' | 'h6';
  testId?: string;
  children: ReactNode;
}) {
  const isPanel = look === 'panel';
  const body = (
    <>
      <Title order={2} size={size} mb={isPanel || hint === undefined ? 'xs' : undefined}>
        {title}
      </Title>
      {hint !== undefined && (
        <Text size={isPanel ? 'sm' : 'xs'} c="dimmed" mb={isPanel ? 'sm' : 'xs'}>
          {hint}
        </Text>
      )}
      {children}
    </>
  );
  return isPanel ? (
    <Paper withBorder p="md" data-testid={testId}>
      {body}
    </Paper>
  ) : (
    <Card withBorder padding="sm" data-testid={testId}>
      {body}
    </Card>
  );
}
