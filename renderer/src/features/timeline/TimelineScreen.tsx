import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Group, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { todayIso, type TaskId } from '../../../../shared/domain';
import { successorChain } from '../../../../shared/planning/scheduling';
import { formatDays } from '../../../../shared/planning/scheduling/locale';
import { EmptyState } from '../../components/EmptyState';
import { GoToTabButton } from '../../components/GoToTabButton';
import { useFormat, useLocale, useMessages } from '../../i18n';
import { onMenuCommand } from '../../platform';
import { usePlanDoc } from '../../state/planStore';
import { runEdit } from '../../state/editActions';
import { usePushSuccessors } from '../../state/settingsStore';
import { dismissProblemEdit } from '../tasks/taskEdits';
import type { GanttCallbacks, GanttLook } from './ganttModel';
import { GanttView, type GanttHandle } from './GanttView';
import { GroupBySelect } from './GroupBySelect';
import { LinkEditor } from './LinkEditor';
import { openingDate } from './openingDate';
import { timelineMessages } from './messages';
import { PacingLegend } from './PacingLegend';
import { PresentationMode } from './PresentationMode';
import { ProblemsPanel } from './ProblemsPanel';
import { TaskContextMenu, type ContextMenuAt } from './TaskContextMenu';
import { TimelineActions } from './TimelineActions';
import { TimelineStatus } from './TimelineStatus';
import { useTimelineEdits } from './useTimelineEdits';
import { groupKeyOfTask } from './rows';
import { spanOf, useTimelineModel } from './useTimelineModel';
import { useTimelineView } from './useTimelineView';
import { ZoomControls } from './ZoomControls';
import './timeline.css';

/**
 * The plan's timeline: toolbar, status line, the Gantt (GanttView) and the panels over it. What
 * the planner chose to see lives in useTimelineView, what is drawn in useTimelineModel, the edits
 * in useTimelineEdits; this screen wires them together.
 */
export function TimelineScreen() {
  const doc = usePlanDoc();
  const m = useMessages(timelineMessages);
  const locale = useLocale();
  const fmt = useFormat();
  const gantt = useRef<GanttHandle | null>(null);
  const span = spanOf(doc);
  const view = useTimelineView(gantt, span);
  const pushSuccessors = usePushSuccessors();
  const [problemsOpen, setProblemsOpen] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [menu, setMenu] = useState<ContextMenuAt | null>(null);
  const [linkEditorFor, setLinkEditorFor] = useState<TaskId | null>(null);

  const today = todayIso();
  const { gantt: model, problems } = useTimelineModel({
    today,
    doc,
    span,
    groupBy: view.groupBy,
    collapsed: view.collapsed,
    pxPerDay: view.pxPerDay,
    zoom: view.zoom,
    showCritical: view.layers.showCritical,
    baselineId: view.layers.baselineId,
    locale,
  });
  const edits = useTimelineEdits(doc, model.tasksById, pushSuccessors, m.linkRefused, locale);

  // The desktop menu's "Presentation" opens presentation mode while the timeline is on screen.
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'presentation') setPresenting(true);
      }),
    [],
  );

  // Open on today (or the peak when today is outside the campaign): the Gantt is keyed by the
  // plan, so it opens there once per plan shown, and renders its first window for that place.
  const focus = openingDate(doc.plan, today);

  const formatDate = useCallback((iso: string) => fmt.date(iso, 'short'), [fmt]);
  const look: GanttLook = useMemo(
    () => ({
      rowHeight: 30,
      fontSize: 13,
      columns: [
        { key: 'title', label: m.colTask, width: 200 },
        { key: 'start', label: m.colStart, width: 62 },
        { key: 'end', label: m.colEnd, width: 62 },
        { key: 'owner', label: m.colOwner, width: 58 },
        // "56 days" needs more room than "56 天".
        { key: 'slack', label: m.colSlack, width: locale === 'en-US' ? 64 : 48 },
      ],
      readOnly: false,
      locale,
      adjustedShort: m.adjustedShort,
      formatDate,
      formatSlack: (days: number) => formatDays(days, locale),
    }),
    [m, locale, formatDate],
  );
  const onContextMenu = useCallback((id: TaskId, x: number, y: number) => setMenu({ id, x, y }), []);
  const on: GanttCallbacks = useMemo(
    () => ({
      ...edits,
      onSelect: view.onSelect,
      onToggleGroup: view.onToggleGroup,
      onKeyCommand: view.onKeyCommand,
      onContextMenu,
    }),
    [edits, view.onSelect, view.onToggleGroup, view.onKeyCommand, onContextMenu],
  );

  const { groupBy, collapsed, onToggleGroup, setSelection } = view;
  const jumpToTask = useCallback(
    (id: TaskId) => {
      const task = model.tasksById.get(id);
      if (!task) return;
      const key = groupKeyOfTask(task, groupBy);
      if (collapsed.has(key)) onToggleGroup(key);
      setSelection(new Set([id]));
      // After the row exists (the group may just have opened).
      requestAnimationFrame(() => gantt.current?.scrollToTask(id));
    },
    [model.tasksById, groupBy, collapsed, onToggleGroup, setSelection],
  );
  const actionsOn = useMemo(
    () => ({
      today: () => gantt.current?.scrollToDate(today),
      toggleProblems: () => setProblemsOpen((o) => !o),
      present: () => setPresenting(true),
    }),
    [today],
  );

  if (presenting) {
    return <PresentationMode doc={doc} onExit={() => setPresenting(false)} />;
  }

  return (
    <div className="tl-screen" data-testid="timeline-screen">
      <Group gap="xs" px="md" py={6} wrap="wrap" className="tl-toolbar">
        <Title order={1} size="h4" mr="xs">
          {m.title}
        </Title>
        <GroupBySelect value={view.groupBy} onChange={view.setGroupBy} />
        <ZoomControls value={view.zoomChoice} onChoose={view.chooseZoom} onStep={view.onKeyCommand} />
        <TimelineActions
          doc={doc}
          layers={view.layers}
          problems={problems}
          problemsOpen={problemsOpen}
          on={actionsOn}
        />
      </Group>
      <TimelineStatus
        plan={doc.plan}
        selection={view.selection}
        tasksById={model.tasksById}
        schedule={model.schedule}
      />
      <div className="tl-main">
        {doc.tasks.length === 0 ? (
          <EmptyState
            icon={<IconCalendarEvent size={24} />}
            title={m.emptyTitle}
            body={m.emptyBody}
            action={<GoToTabButton planId={doc.plan.id} tab="tasks" testId="timeline-to-tasks" />}
          />
        ) : (
          <GanttView
            key={doc.plan.id}
            openOn={focus}
            handleRef={gantt}
            model={model}
            look={look}
            selection={view.selection}
            on={on}
            pacingLabel={model.pacing && <PacingLegend pacing={model.pacing} currency={doc.plan.currency} />}
          />
        )}
        {problemsOpen && (
          <ProblemsPanel
            problems={problems}
            tasksById={model.tasksById}
            onJump={jumpToTask}
            onClose={() => setProblemsOpen(false)}
            onDismiss={(p) => runEdit(dismissProblemEdit, p)}
          />
        )}
      </div>
      <TaskContextMenu
        at={menu}
        task={menu ? model.tasksById.get(menu.id) : undefined}
        selection={view.selection}
        onClose={() => setMenu(null)}
        onMove={edits.onMove}
        onSelectChain={(id) => setSelection(successorChain(model.successors, id))}
        onEditLinks={setLinkEditorFor}
      />
      {linkEditorFor && (
        <LinkEditor
          taskId={linkEditorFor}
          doc={doc}
          pushSuccessors={pushSuccessors}
          onClose={() => setLinkEditorFor(null)}
        />
      )}
    </div>
  );
}
