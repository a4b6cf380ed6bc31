import { ActionIcon, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconEyeOff, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Task, TaskId } from '../../../../shared/domain';
import {
  describeProblem,
  dismissableProblemKinds,
  type ScheduleProblem,
} from '../../../../shared/planning/scheduling';
import { useAppMessages, useLocale, useMessages } from '../../i18n';
import { timelineMessages } from './messages';

const ISO_DATE = /(\d{4}-\d{2}-\d{2})/;

/** A problem's text with each YYYY-MM-DD kept on one line ("2026-10-" / "05" in a narrow panel). */
function unbrokenDates(text: string): ReactNode {
  return text.split(ISO_DATE).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} style={{ whiteSpace: 'nowrap' }}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** The schedule's problems; a click jumps to the task in the chart. */
export function ProblemsPanel({
  problems,
  tasksById,
  onJump,
  onClose,
  onDismiss,
}: {
  problems: readonly ScheduleProblem[];
  tasksById: ReadonlyMap<TaskId, Task>;
  onJump(id: TaskId): void;
  onClose(): void;
  /** Dismisses a warning the planner has judged (a task on a holiday); others cannot be. */
  onDismiss?(problem: ScheduleProblem): void;
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
            <Group key={`${p.kind}-${p.taskId}-${i}`} gap={2} wrap="nowrap" align="flex-start">
              <UnstyledButton className="tl-problem" style={{ flex: 1 }} onClick={() => onJump(p.taskId)}>
                <Text size="xs" c={p.severity === 'error' ? 'red' : 'orange.8'}>
                  {unbrokenDates(describeProblem(p, tasksById, locale))}
                </Text>
              </UnstyledButton>
              {onDismiss && dismissableProblemKinds.includes(p.kind) && (
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  color="gray"
                  aria-label={m.dismissProblem}
                  title={m.dismissProblem}
                  onClick={() => onDismiss(p)}
                  data-testid="dismiss-problem"
                >
                  <IconEyeOff size={14} />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      </ScrollArea>
    </aside>
  );
}
