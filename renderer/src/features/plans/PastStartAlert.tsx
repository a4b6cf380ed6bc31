import { Alert, Button, Group, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { PastStartCheck } from '../../../../shared/planning/pastStart';
import { useFormat, useMessages } from '../../i18n';
import { pastStartMessages } from './pastStartMessages';

/**
 * Said before the plan is made: how many template tasks the chosen peak puts before today, with
 * the two ways on — move the peak to the earliest date that keeps them all ahead, or keep it.
 */
export function PastStartAlert({
  check,
  today,
  kept,
  onMovePeak,
  onKeep,
}: {
  check: PastStartCheck;
  today: string;
  kept: boolean;
  onMovePeak(date: string): void;
  onKeep(): void;
}) {
  const m = useMessages(pastStartMessages);
  const f = useFormat();
  if (kept) {
    return (
      <Text size="sm" c="dimmed" data-testid="past-start-kept">
        {m.kept}
      </Text>
    );
  }
  return (
    <Alert color="orange" icon={<IconClockExclamation />} title={m.title} data-testid="past-start">
      <Text size="sm">{m.body(check.count, f.date(today, 'long'))}</Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={() => onMovePeak(check.earliestPeak)} data-testid="past-start-move">
          {m.movePeak(check.earliestPeak)}
        </Button>
        <Button size="xs" variant="default" onClick={onKeep} data-testid="past-start-keep">
          {m.keep}
        </Button>
      </Group>
    </Alert>
  );
}
