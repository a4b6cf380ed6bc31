import { Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CommitDateText, CommitTimeText } from '../../components/CommitInputs';
import { useMessages } from '../../i18n';
import { incidentMessages } from './incidentMessages';

/**
 * A moment of an incident (local YYYY-MM-DDTHH:mm) as its date and its HH:mm, side by side, each
 * stored on its own. A moment the incident cannot have (`problem` says why) is refused with a
 * message naming the incident and the field, and the field shows the stored value again.
 */
export function IncidentMomentFields({
  value,
  subject,
  dateLabel,
  timeLabel,
  problem,
  onCommit,
  testId,
}: {
  value: string;
  /** The incident, as the planner names it (its "what happened"). */
  subject: string;
  dateLabel: string;
  timeLabel: string;
  problem(moment: string): string | null;
  onCommit(moment: string, part: 'date' | 'time'): void;
  testId: string;
}) {
  const m = useMessages(incidentMessages);
  const date = value.slice(0, 10);
  const time = value.slice(11, 16);
  const refuse = (label: string, why: string) =>
    notifications.show({ color: 'red', message: m.refused(subject, label, why) });
  const store = (moment: string, part: 'date' | 'time') => {
    const why = problem(moment);
    if (why !== null) {
      refuse(part === 'date' ? dateLabel : timeLabel, why);
      return false;
    }
    onCommit(moment, part);
    return true;
  };
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid={testId}>
      <CommitDateText
        size="xs"
        label={dateLabel}
        message={m.dateInvalid}
        value={date}
        onCommit={(d) => store(`${d}T${time}`, 'date')}
        onInvalid={(why) => refuse(dateLabel, typeof why === 'string' ? why : m.dateInvalid)}
        style={{ flex: '3 1 0', minWidth: 0 }}
        data-testid={`${testId}-date`}
      />
      <CommitTimeText
        size="xs"
        label={timeLabel}
        message={m.timeInvalid}
        value={time}
        onCommit={(t) => t !== '' && store(`${date}T${t}`, 'time')}
        onInvalid={(why) => refuse(timeLabel, typeof why === 'string' ? why : m.timeInvalid)}
        style={{ flex: '2 1 0', minWidth: 0 }}
        data-testid={`${testId}-time`}
      />
    </Group>
  );
}
