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
import type { ChartLayers } from './useTimelineView';

/**
 * The toolbar after the zoom: today, successors follow, critical path, baselines, problems,
 * export, present. Memoised, so a zoom or a selection does not re-render it.
 */
export const TimelineActions = memo(function TimelineActions(props: {
  doc: PlanDocument;
  layers: ChartLayers;
  problems: readonly ScheduleProblem[];
  problemsOpen: boolean;
  on: { today(): void; toggleProblems(): void; present(): void };
}) {
  const m = useMessages(timelineMessages);
  const pushSuccessors = usePushSuccessors();
  const setPushSuccessors = useSettingsStore((s) => s.setPushSuccessors);
  const { problems, problemsOpen, layers, on } = props;
  return (
    <>
      <Button size="xs" variant="default" leftSection={<IconCalendarEvent size={14} />} onClick={on.today}>
        {m.today}
      </Button>
      {/* Fixed ids: without one, Mantine's useId draws the switch again right after it mounts. */}
      <Switch
        id="tl-push-successors"
        size="xs"
        label={m.pushSuccessors}
        checked={pushSuccessors}
        onChange={(e) => setPushSuccessors(e.currentTarget.checked)}
      />
      <Switch
        id="tl-critical"
        size="xs"
        label={m.critical}
        color="red"
        checked={layers.showCritical}
        onChange={(e) => layers.setShowCritical(e.currentTarget.checked)}
      />
      <BaselineControls doc={props.doc} value={layers.baselineId} onChange={layers.setBaselineId} />
      <Button
        size="xs"
        // No problem, no alarm colour: a plain button, like Export beside it.
        variant={problems.length === 0 ? 'default' : problemsOpen ? 'filled' : 'light'}
        color={problems.some((p) => p.severity === 'error') ? 'red' : 'yellow'}
        leftSection={<IconAlertTriangle size={14} />}
        onClick={on.toggleProblems}
      >
        {m.problems(problems.length)}
      </Button>
      <ExportMenu doc={props.doc} />
      <Button size="xs" leftSection={<IconPresentation size={14} />} onClick={on.present}>
        {m.present}
      </Button>
    </>
  );
});
