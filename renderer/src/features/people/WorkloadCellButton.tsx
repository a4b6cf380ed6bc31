import { Anchor, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { WorkloadCell } from '../../../../shared/people/workload';
import { useMessages } from '../../i18n';
import { peopleMessages } from './messages';

/** Background by load against the limit; an overload also says so in words (not colour alone). */
function cellStyle(load: number, limit: number, isOverloaded: boolean) {
  if (isOverloaded) return { background: 'var(--mantine-color-red-8)', color: 'var(--mantine-color-white)' };
  if (load === 0) return { background: 'transparent', color: 'var(--mantine-color-gray-6)' };
  if (load * 2 <= limit)
    return { background: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-dark-9)' };
  return { background: 'var(--mantine-color-yellow-2)', color: 'var(--mantine-color-dark-9)' };
}

/** One person-week of the workload grid: the load, and on click the tasks behind it with their plans. */
export function WorkloadCellButton({
  cell,
  personId,
  personName,
  limit,
}: {
  cell: WorkloadCell;
  personId: string;
  personName: string;
  limit: number;
}) {
  const t = useMessages(peopleMessages);
  const style = cellStyle(cell.load, limit, cell.isOverloaded);
  const label = cell.isOverloaded ? t.overCell(cell.load, limit) : t.load(cell.load);
  const content = (
    <Text span size="sm" fw={cell.isOverloaded ? 700 : 400} style={{ color: style.color }}>
      {cell.load}
      {cell.isOverloaded && (
        <Text span size="xs" fw={700} ml={4} style={{ color: style.color }}>
          {t.over}
        </Text>
      )}
    </Text>
  );
  const box = {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '100%',
    height: '100%',
    minHeight: 36,
    padding: '6px 4px',
    ...style,
  } as const;
  if (cell.load === 0) {
    return (
      <div style={box} aria-label={`${personName} ${cell.week}: ${label}`}>
        {content}
      </div>
    );
  }
  return (
    <Popover width={320} position="bottom" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton
          style={box}
          aria-label={`${personName} ${cell.week}: ${label}`}
          data-testid={`load-${personName}-${cell.week}`}
          data-overloaded={cell.isOverloaded || undefined}
        >
          {content}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown data-testid="workload-tasks">
        <Stack gap={6}>
          <Text size="sm" fw={700}>
            {t.tasksIn(personName, cell.week)} · {label}
          </Text>
          {cell.tasks.map((task) => (
            <div key={`${task.planId}:${task.taskId}`}>
              <Anchor
                component={Link}
                to={`/plans/${task.planId}/tasks?person=${encodeURIComponent(`person:${personId}`)}`}
                size="sm"
              >
                {task.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {task.planName} · {task.startDate} – {task.endDate}
              </Text>
            </div>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
