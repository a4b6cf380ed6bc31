import { ActionIcon, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { Task, TaskId } from '../../../../shared/domain';
import { describeProblem, type ScheduleProblem } from '../../../../shared/planning/scheduling';
import { useAppMessages, useLocale, useMessages } from '../../i18n';
import { timelineMessages } from './messages';

/** The schedule's problems; a click jumps to the task in the chart. */
export function ProblemsPanel({
  problems,
  tasksById,
  onJump,
  onClose,
}: {
  problems: readonly ScheduleProblem[];
  tasksById: ReadonlyMap<TaskId, Task>;
  onJump(id: TaskId): void;
  onClose(): void;
}) {
  const m = useMessages(timelineMessages);
  const app = useAppMessages();
  const locale = useLocale();
  return (
    <aside className="tl-problems" data-testid="problems-panel" aria-label={m.problemsTitle}>
      <Group justify="space-between" px="sm" py={6}>
        <Text fw={600} size="sm">
          {m.problemsTitle}
        </Text>
        <ActionIcon variant="subtle" size="sm" onClick={onClose} aria-label={app.common.close}>
          <IconX size={14} />
        </ActionIcon>
      </Group>
      <ScrollArea style={{ flex: 1 }}>
        <Stack gap={2} px="xs" pb="xs">
          {problems.length === 0 && (
            <Text size="sm" c="dimmed" p="xs">
              {m.noProblems}
            </Text>
          )}
          {problems.slice(0, 500).map((p, i) => (
            <UnstyledButton
              key={`${p.kind}-${p.taskId}-${i}`}
              className="tl-problem"
              onClick={() => onJump(p.taskId)}
            >
              <Text size="xs" c={p.severity === 'error' ? 'red' : 'orange.8'}>
                {describeProblem(p, tasksById, locale)}
              </Text>
            </UnstyledButton>
          ))}
        </Stack>
      </ScrollArea>
    </aside>
  );
}
