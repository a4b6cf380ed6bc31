import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { suggestedComparisons } from '../../../../shared/compare/suggest';
import type { Plan } from '../../../../shared/domain';
import { useMessages } from '../../i18n';
import { compareMessages } from './messages';

/**
 * Fewer than two plans picked: say so, and offer this year's campaigns against last year's
 * (docs/compare.md "Suggested pairs"), the reference first, one click each.
 */
export function CompareSuggestions({
  plans,
  onPick,
}: {
  plans: readonly Plan[];
  onPick: (ids: string[]) => void;
}) {
  const c = useMessages(compareMessages);
  const pairs = useMemo(() => suggestedComparisons(plans), [plans]);
  return (
    <Alert color="gray">
      <Stack gap="xs">
        <Text size="sm">{c.needTwo}</Text>
        {pairs.length > 0 && (
          <>
            <Text size="sm">{c.suggested}</Text>
            <Group gap="xs" data-testid="compare-suggestions">
              {pairs.map(({ earlier, later }) => (
                <Button
                  key={later.id}
                  size="xs"
                  variant="light"
                  onClick={() => onPick([earlier.id, later.id])}
                >
                  {c.suggestedPair(later.name, earlier.name)}
                </Button>
              ))}
            </Group>
          </>
        )}
      </Stack>
    </Alert>
  );
}
