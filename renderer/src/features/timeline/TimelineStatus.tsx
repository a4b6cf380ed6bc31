import { memo } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { IconArrowsHorizontal } from '@tabler/icons-react';
import type { Plan, Task, TaskId } from '../../../../shared/domain';
import { slackHint, type TaskSchedule } from '../../../../shared/planning/scheduling';
import { useLocale, useMessages } from '../../i18n';
import { timelineMessages } from './messages';
import { ProvisionalHolidaysNote } from './ProvisionalHolidaysNote';

/**
 * The line under the toolbar: how many bars are selected, the slack of the one selected bar, or
 * else how to use the chart; and the note on holidays not yet published.
 */
export const TimelineStatus = memo(function TimelineStatus({
  plan,
  selection,
  tasksById,
  schedule,
}: {
  plan: Plan;
  selection: ReadonlySet<TaskId>;
  tasksById: ReadonlyMap<TaskId, Task>;
  schedule: ReadonlyMap<TaskId, TaskSchedule> | null;
}) {
  const m = useMessages(timelineMessages);
  const locale = useLocale();
  const selectedOne = selection.size === 1 ? tasksById.get([...selection][0] as TaskId) : undefined;
  return (
    <Group gap="sm" px="md" pb={4} className="tl-status" wrap="nowrap">
      {selection.size > 1 && <Badge variant="light">{m.selected(selection.size)}</Badge>}
      {selectedOne && schedule && (
        <Text
          size="xs"
          c={schedule.get(selectedOne.id)?.isCritical ? 'red' : 'dimmed'}
          data-testid="slack-hint"
          lineClamp={1}
        >
          <b>{selectedOne.title}</b> · {slackHint(selectedOne.id, schedule, locale)}
        </Text>
      )}
      {!selectedOne && selection.size <= 1 && (
        // Two lines at most: at 1280 px the keys at its end were cut ("… F…").
        <Text size="xs" c="dimmed" lineClamp={2} data-testid="timeline-hint">
          <IconArrowsHorizontal size={12} /> {m.intro} {m.keyboardHelp}
        </Text>
      )}
      <ProvisionalHolidaysNote start={plan.startDate} end={plan.endDate} />
    </Group>
  );
});
