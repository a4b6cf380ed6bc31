import { Card, Text } from '@mantine/core';

/**
 * One figure in a bordered card: its name, its value, and a line under it. `compact` is the
 * budget's summary row (value red when it is bad news, a small line saying what it counts);
 * `large` is the war room's headline row.
 */
export function FigureCard({
  label,
  value,
  sub,
  tone,
  look = 'compact',
  testId,
}: {
  label: string;
  value: string;
  sub?: string;
  tone?: 'red';
  look?: 'compact' | 'large';
  testId?: string;
}) {
  const large = look === 'large';
  return (
    <Card withBorder padding={large ? 'sm' : 'xs'}>
      <Text size={large ? 'sm' : 'xs'} c="dimmed">
        {label}
      </Text>
      <Text
        fw={700}
        fz={large ? 28 : undefined}
        size={large ? undefined : 'lg'}
        c={tone === 'red' ? 'red.7' : undefined}
        data-testid={testId}
        style={large ? undefined : { fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Text>
      {sub &&
        (large ? (
          <Text size="sm">{sub}</Text>
        ) : (
          <Text size="10px" c="dimmed" lh={1.2}>
            {sub}
          </Text>
        ))}
    </Card>
  );
}
