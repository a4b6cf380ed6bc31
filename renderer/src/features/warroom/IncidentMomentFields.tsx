import { Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CommitDateText, CommitTimeText } from '../../components/CommitInputs';
import { useMessages } from '../../i18n';
import { incidentMessages } from './incidentMessages';

/**
 * A moment of an incident (local YYYY-MM-DDTHH:mm) as its date and its HH:mm, side by side, each
 * stored on its own. Every refusal reads one way, as a number field's does: text that is no date or
 * time, and a moment the incident cannot have (`problem` says why: a day outside the campaign), stays
 * in the field as typed with the reason under it; leaving the field also says it in a notice naming
 * the incident and the field; Escape brings back the stored value; nothing of it is stored.
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
  // The fields refuse what `problem` refuses before storing; this is the last check.
  const store = (moment: string, part: 'date' | 'time') => {
    if (problem(moment) !== null) return false;
    onCommit(moment, part);
    return true;
  };
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid={testId}>
      <CommitDateText
        size="xs"
        label={dateLabel}
        message={m.dateInvalid}
        showReason
        value={date}
        problem={(d) => problem(`${d}T${time}`)}
        onCommit={(d) => store(`${d}T${time}`, 'date')}
        // (The type also admits the DOM's invalid event, which this field does not raise.)
        onInvalid={(why) => typeof why === 'string' && refuse(dateLabel, why)}
        style={{ flex: '3 1 0', minWidth: 0 }}
        data-testid={`${testId}-date`}
      />
      <CommitTimeText
        size="xs"
        label={timeLabel}
        message={m.timeInvalid}
        showReason
        value={time}
        problem={(t) => (t === '' ? null : problem(`${date}T${t}`))}
        onCommit={(t) => t !== '' && store(`${date}T${t}`, 'time')}
        onInvalid={(why) => typeof why === 'string' && refuse(timeLabel, why)}
        style={{ flex: '2 1 0', minWidth: 0 }}
        data-testid={`${testId}-time`}
      />
    </Group>
  );
}
