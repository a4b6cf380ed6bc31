import { Card, Text } from '@mantine/core';

/** One figure of the budget's summary row: its name, its value (red when it is bad news), what it counts. */
export function BudgetFigure({
  label,
  value,
  tone,
  hint,
  testId,
}: {
  label: string;
  value: string;
  tone?: 'red';
  /** Says what the figure counts (variance: only the lines with an actual). */
  hint?: string;
  testId?: string;
}) {
  return (
    <Card withBorder padding="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text
        fw={700}
        size="lg"
        c={tone === 'red' ? 'red.7' : undefined}
        data-testid={testId}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Text>
      {hint && (
        <Text size="10px" c="dimmed" lh={1.2}>
          {hint}
        </Text>
      )}
    </Card>
  );
}
