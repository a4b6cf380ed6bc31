import { ActionIcon, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { Task, TaskId } from '../../../../shared/domain';
import { describeProblem, type ConflictFix, type TaskConflict } from '../../../../shared/planning/scheduling';
import { useLocale, useMessages } from '../../i18n';
import { taskScheduleMessages } from './messages';

/**
 * A task row's schedule problems, the same the timeline's problems list shows: an icon (red for a
 * broken link or loop, yellow for a warning) that opens the sentences and, for a broken link, the
 * fixes — each one click and one undo step.
 */
export function ConflictMarker({
  task,
  conflicts,
  tasksById,
  onFix,
}: {
  task: Task;
  conflicts: readonly TaskConflict[];
  tasksById: ReadonlyMap<TaskId, Task>;
  onFix(fix: ConflictFix): void;
}) {
  const m = useMessages(taskScheduleMessages);
  const locale = useLocale();
  const [opened, setOpened] = useState(false);
  const isError = conflicts.some((c) => c.problem.severity === 'error');
  const label = `${m.problems(conflicts.length)}: ${task.title}`;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow shadow="md" width={360}>
      <Popover.Target>
        <ActionIcon
          size="sm"
          variant="light"
          color={isError ? 'red' : 'yellow'}
          aria-label={label}
          title={label}
          onClick={() => setOpened((o) => !o)}
          data-testid="task-conflict"
          data-severity={isError ? 'error' : 'warning'}
        >
          <IconAlertTriangle size={14} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown data-testid="task-conflict-panel">
        <Stack gap="sm">
          {conflicts.map((conflict, index) => (
            <Stack key={index} gap={6}>
              <Text size="sm">{describeProblem(conflict.problem, tasksById, locale)}</Text>
              {conflict.fixes.length > 0 && (
                <Group gap="xs">
                  {conflict.fixes.map((fix) => (
                    <Button
                      key={fix}
                      size="compact-xs"
                      variant={fix === conflict.fixes[0] ? 'filled' : 'default'}
                      data-testid={`fix-${fix}`}
                      onClick={() => {
                        setOpened(false);
                        onFix(fix);
                      }}
                    >
                      {m[fix]}
                    </Button>
                  ))}
                </Group>
              )}
            </Stack>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
