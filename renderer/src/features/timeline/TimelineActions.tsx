import { memo } from 'react';
import { Button, Switch } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent, IconPresentation } from '@tabler/icons-react';
import type { PlanDocument } from '../../../../shared/domain';
import type { ScheduleProblem } from '../../../../shared/planning/scheduling';
import { useMessages } from '../../i18n';
import { usePushSuccessors, useSettingsStore } from '../../state/settingsStore';
import { BaselineControls } from './BaselineControls';
import { ExportMenu } from './ExportMenu';
import { timelineMessages } from './messages';

/**
 * The toolbar after the zoom: today, successors follow, critical path, baselines, problems,
 * export, present. Memoised, so a zoom or a selection does not re-render it.
 */
export const TimelineActions = memo(function TimelineActions(props: {
  doc: PlanDocument;
  onToday(): void;
  showCritical: boolean;
  onShowCritical(show: boolean): void;
  baselineId: string | null;
  onBaseline(id: string | null): void;
  problems: readonly ScheduleProblem[];
  problemsOpen: boolean;
  onToggleProblems(): void;
  onPresent(): void;
}) {
  const m = useMessages(timelineMessages);
  const pushSuccessors = usePushSuccessors();
  const setPushSuccessors = useSettingsStore((s) => s.setPushSuccessors);
  const { problems, problemsOpen } = props;
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconCalendarEvent size={14} />}
        onClick={props.onToday}
      >
        {m.today}
      </Button>
      <Switch
        size="xs"
        label={m.pushSuccessors}
        checked={pushSuccessors}
        onChange={(e) => setPushSuccessors(e.currentTarget.checked)}
      />
      <Switch
        size="xs"
        label={m.critical}
        color="red"
        checked={props.showCritical}
        onChange={(e) => props.onShowCritical(e.currentTarget.checked)}
      />
      <BaselineControls doc={props.doc} value={props.baselineId} onChange={props.onBaseline} />
      <Button
        size="xs"
        // No problem, no alarm colour: a plain button, like Export beside it.
        variant={problems.length === 0 ? 'default' : problemsOpen ? 'filled' : 'light'}
        color={problems.some((p) => p.severity === 'error') ? 'red' : 'yellow'}
        leftSection={<IconAlertTriangle size={14} />}
        onClick={props.onToggleProblems}
      >
        {m.problems(problems.length)}
      </Button>
      <ExportMenu doc={props.doc} />
      <Button size="xs" leftSection={<IconPresentation size={14} />} onClick={props.onPresent}>
        {m.present}
      </Button>
    </>
  );
});
