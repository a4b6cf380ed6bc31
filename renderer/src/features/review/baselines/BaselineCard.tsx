import { ActionIcon, Badge, Card, Group, Stack, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { NamedBaseline } from '../../../../../shared/domain';
import { CommitTextInput } from '../../../components/CommitInputs';
import { useMessages } from '../../../i18n';
import { runEdit } from '../../../state/editActions';
import { removeBaselineEdit, renameBaselineEdit } from '../reviewEdits';
import { baselineMessages } from './messages';

/** One named baseline: its kind, its name (typed), remove, and what the kind shows below. */
export function BaselineCard({
  baseline,
  isWide = false,
  children,
}: {
  baseline: NamedBaseline;
  /** Takes the whole row of the grid (the long tail's weekly table). */
  isWide?: boolean;
  children: ReactNode;
}) {
  const m = useMessages(baselineMessages);
  return (
    <Card
      withBorder
      padding="sm"
      style={isWide ? { gridColumn: '1 / -1' } : undefined}
      data-testid={`baseline-${baseline.kind}`}
      data-baseline-id={baseline.id}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <Badge
            variant="light"
            color={baseline.kind === 'lastYear' ? 'grape' : baseline.kind === 'longTail' ? 'teal' : 'blue'}
          >
            {m.kind[baseline.kind]}
          </Badge>
          <CommitTextInput
            size="xs"
            style={{ flex: 1 }}
            aria-label={m.name}
            value={baseline.name}
            onCommit={(name) => runEdit(renameBaselineEdit, { id: baseline.id, patch: { name } })}
          />
          <Tooltip label={m.remove}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${m.remove} ${baseline.name}`}
              onClick={() => runEdit(removeBaselineEdit, baseline.id)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
