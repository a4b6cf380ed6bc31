import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Switch,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowsHorizontal,
  IconCalendarEvent,
  IconPresentation,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import { addDays, todayIso, type TaskId } from '../../../../shared/domain';
import { slackHint, successorChain } from '../../../../shared/planning/scheduling';
import { formatDays } from '../../../../shared/planning/scheduling/locale';
import {
  fitPxPerDay,
  pxPerDayByZoom,
  zoomForPxPerDay,
  type Zoom,
} from '../../../../shared/planning/timeScale';
import { EmptyState } from '../../components/EmptyState';
import { useAppMessages, useFormat, useLocale, useMessages } from '../../i18n';
import { onMenuCommand } from '../../platform';
import { usePlanDoc } from '../../state/planStore';
import { runEdit } from '../../state/editActions';
import { dismissProblemEdit } from '../tasks/taskEdits';
import { usePushSuccessors, useSettingsStore } from '../../state/settingsStore';
import { BaselineControls } from './BaselineControls';
import { ExportMenu } from './ExportMenu';
import { GanttView, type GanttHandle } from './GanttView';
import type { GridColumn } from './GridLayer';
import { LinkEditor } from './LinkEditor';
import { openingDate } from './openingDate';
import { timelineMessages } from './messages';
import { PresentationMode } from './PresentationMode';
import { ProblemsPanel } from './ProblemsPanel';
import { ProvisionalHolidaysNote } from './ProvisionalHolidaysNote';
import { TaskContextMenu, type ContextMenuAt } from './TaskContextMenu';
import { useTimelineEdits } from './useTimelineEdits';
import { groupKeyOfTask, type GroupBy } from './rows';
import { useTimelineModel, AXIS_PAD_DAYS } from './useTimelineModel';
import './timeline.css';

type ZoomChoice = Zoom | 'fit';

export function TimelineScreen() {
  const doc = usePlanDoc();
  const m = useMessages(timelineMessages);
  const app = useAppMessages();
  const locale = useLocale();
  const fmt = useFormat();
  const gantt = useRef<GanttHandle | null>(null);

  const [groupBy, setGroupBy] = useState<GroupBy>('phase');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [zoomChoice, setZoomChoice] = useState<ZoomChoice>('week');
  const [fitPx, setFitPx] = useState<number>(pxPerDayByZoom.day);
  const pushSuccessors = usePushSuccessors();
  const setPushSuccessors = useSettingsStore((s) => s.setPushSuccessors);
  const [showCritical, setShowCritical] = useState(false);
  const [baselineId, setBaselineId] = useState<string | null>(null);
  const [selection, setSelection] = useState<ReadonlySet<TaskId>>(new Set());
  const [problemsOpen, setProblemsOpen] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [menu, setMenu] = useState<ContextMenuAt | null>(null);
  const [linkEditorFor, setLinkEditorFor] = useState<TaskId | null>(null);

  const pxPerDay = zoomChoice === 'fit' ? fitPx : pxPerDayByZoom[zoomChoice];
  const zoom = zoomChoice === 'fit' ? zoomForPxPerDay(fitPx) : zoomChoice;
  const labels = useMemo(
    () => ({ noGroup: m.noGroup, unassigned: m.unassigned, workstream: app.enums.workstream }),
    [m, app],
  );
  const today = todayIso();
  const model = useTimelineModel({
    today,
    doc,
    groupBy,
    collapsed,
    labels,
    pxPerDay,
    zoom,
    showCritical,
    baselineId,
    locale,
  });
  const { onMove, onResize, onLink, onEdit } = useTimelineEdits(
    doc,
    model.tasksById,
    pushSuccessors,
    m.linkRefused,
    locale,
  );

  // The desktop menu's "Presentation" opens presentation mode while the timeline is on screen.
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'presentation') setPresenting(true);
      }),
    [],
  );

  // Open on today (or the peak when today is outside the campaign), once per plan opened.
  const hasTasks = doc.tasks.length > 0;
  const planId = doc.plan.id;
  const focus = openingDate(doc.plan, today);
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (!hasTasks || presenting || focused.current === planId) return;
    focused.current = planId;
    gantt.current?.scrollToDate(focus);
  }, [hasTasks, presenting, planId, focus]);

  const formatDate = useCallback((iso: string) => fmt.date(iso, 'short'), [fmt]);
  const formatSlack = useCallback((days: number) => formatDays(days, locale), [locale]);

  const columns: GridColumn[] = useMemo(
    () => [
      { key: 'title', label: m.colTask, width: 200 },
      { key: 'start', label: m.colStart, width: 62 },
      { key: 'end', label: m.colEnd, width: 62 },
      { key: 'owner', label: m.colOwner, width: 58 },
      // "56 days" needs more room than "56 天".
      { key: 'slack', label: m.colSlack, width: locale === 'en-US' ? 64 : 48 },
    ],
    [m, locale],
  );

  const onSelect = useCallback((id: TaskId, additive: boolean) => {
    setSelection((prev) => {
      if (!additive) return new Set([id]);
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const onToggleGroup = useCallback((key: string) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const onContextMenu = useCallback((id: TaskId, x: number, y: number) => setMenu({ id, x, y }), []);

  const chooseZoom = useCallback(
    (choice: ZoomChoice) => {
      if (choice === 'fit') {
        const width = gantt.current?.viewportWidth() ?? 1000;
        setFitPx(
          fitPxPerDay(
            addDays(model.span.start, -AXIS_PAD_DAYS),
            addDays(model.span.end, AXIS_PAD_DAYS),
            width,
          ),
        );
      }
      setZoomChoice(choice);
    },
    [model.span.start, model.span.end],
  );

  const onKeyCommand = useCallback(
    (command: 'zoomIn' | 'zoomOut' | 'fit') => {
      const order: Zoom[] = ['month', 'week', 'day'];
      const current = order.indexOf(zoom);
      if (command === 'fit') chooseZoom('fit');
      else chooseZoom(order[Math.max(0, Math.min(2, current + (command === 'zoomIn' ? 1 : -1)))] as Zoom);
    },
    [zoom, chooseZoom],
  );

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
    [model.tasksById, groupBy, collapsed, onToggleGroup],
  );

  if (presenting) {
    return <PresentationMode doc={doc} onExit={() => setPresenting(false)} />;
  }

  const selectedOne = selection.size === 1 ? model.tasksById.get([...selection][0] as TaskId) : undefined;
  const menuTask = menu ? model.tasksById.get(menu.id) : undefined;
  const totalPlanned = model.pacing?.plannedCumulativeMinor.at(-1) ?? 0;
  const lastActual = model.pacing?.actualCumulativeMinor.filter((v) => v !== null).at(-1) ?? null;

  return (
    <div className="tl-screen" data-testid="timeline-screen">
      <Group gap="xs" px="md" py={6} wrap="wrap" className="tl-toolbar">
        <Title order={1} size="h4" mr="xs">
          {m.title}
        </Title>
        <Select
          aria-label={m.groupBy}
          size="xs"
          w={110}
          value={groupBy}
          onChange={(v) => v && setGroupBy(v as GroupBy)}
          data={[
            { value: 'phase', label: m.groupPhase },
            { value: 'workstream', label: m.groupWorkstream },
            { value: 'channel', label: m.groupChannel },
            { value: 'owner', label: m.groupOwner },
          ]}
          allowDeselect={false}
        />
        <SegmentedControl
          size="xs"
          value={zoomChoice}
          onChange={(v) => chooseZoom(v as ZoomChoice)}
          data={[
            { value: 'day', label: m.zoomDay },
            { value: 'week', label: m.zoomWeek },
            { value: 'month', label: m.zoomMonth },
            { value: 'fit', label: m.fit },
          ]}
          aria-label={m.zoom}
        />
        <Tooltip label={m.zoom}>
          <ActionIcon variant="subtle" aria-label={m.zoomIn} onClick={() => onKeyCommand('zoomIn')}>
            <IconZoomIn size={18} />
          </ActionIcon>
        </Tooltip>
        <ActionIcon variant="subtle" aria-label={m.zoomOut} onClick={() => onKeyCommand('zoomOut')}>
          <IconZoomOut size={18} />
        </ActionIcon>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCalendarEvent size={14} />}
          onClick={() => gantt.current?.scrollToDate(today)}
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
          checked={showCritical}
          onChange={(e) => setShowCritical(e.currentTarget.checked)}
        />
        <BaselineControls doc={doc} value={baselineId} onChange={setBaselineId} />
        <Button
          size="xs"
          // No problem, no alarm colour: a plain button, like Export beside it.
          variant={model.problems.length === 0 ? 'default' : problemsOpen ? 'filled' : 'light'}
          color={model.problems.some((p) => p.severity === 'error') ? 'red' : 'yellow'}
          leftSection={<IconAlertTriangle size={14} />}
          onClick={() => setProblemsOpen((o) => !o)}
        >
          {m.problems(model.problems.length)}
        </Button>
        <ExportMenu doc={doc} />
        <Button size="xs" leftSection={<IconPresentation size={14} />} onClick={() => setPresenting(true)}>
          {m.present}
        </Button>
      </Group>
      <Group gap="sm" px="md" pb={4} className="tl-status" wrap="nowrap">
        {selection.size > 1 && <Badge variant="light">{m.selected(selection.size)}</Badge>}
        {selectedOne && (
          <Text
            size="xs"
            c={model.schedule.get(selectedOne.id)?.isCritical ? 'red' : 'dimmed'}
            data-testid="slack-hint"
            lineClamp={1}
          >
            <b>{selectedOne.title}</b> · {slackHint(selectedOne.id, model.schedule, locale)}
          </Text>
        )}
        {!selectedOne && selection.size <= 1 && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            <IconArrowsHorizontal size={12} /> {m.intro} {m.keyboardHelp}
          </Text>
        )}
        <ProvisionalHolidaysNote start={doc.plan.startDate} end={doc.plan.endDate} />
      </Group>
      <div className="tl-main">
        {doc.tasks.length === 0 ? (
          <EmptyState icon={<IconCalendarEvent size={24} />} title={m.emptyTitle} body={m.emptyBody} />
        ) : (
          <GanttView
            handleRef={gantt}
            rows={model.rows}
            scale={model.scale}
            rowHeight={30}
            fontSize={13}
            columns={columns}
            readOnly={false}
            calendar={model.calendar}
            phases={doc.phases}
            markers={model.markers}
            today={today}
            style={model.style}
            schedule={model.schedule}
            selection={selection}
            rowOfTask={model.rowOfTask}
            successors={model.successors}
            tasksById={model.tasksById}
            pacing={model.pacing}
            pacingLabel={
              <div>
                <div className="tl-pacing-title">{m.pacingTitle}</div>
                <div>
                  <span className="tl-key" style={{ background: '#4c6ef5' }} /> {m.pacingPlanned}{' '}
                  {fmt.money(totalPlanned, doc.plan.currency, { wan: true })}
                </div>
                {lastActual !== null && (
                  <div>
                    <span className="tl-key" style={{ background: '#f76707' }} /> {m.pacingActual}{' '}
                    {fmt.money(lastActual, doc.plan.currency, { wan: true })}
                  </div>
                )}
              </div>
            }
            locale={locale}
            adjustedShort={m.adjustedShort}
            formatDate={formatDate}
            formatSlack={formatSlack}
            onToggleGroup={onToggleGroup}
            onEdit={onEdit}
            onSelect={onSelect}
            onMove={onMove}
            onResize={onResize}
            onLink={onLink}
            onContextMenu={onContextMenu}
            onKeyCommand={onKeyCommand}
          />
        )}
        {problemsOpen && (
          <ProblemsPanel
            problems={model.problems}
            tasksById={model.tasksById}
            onJump={jumpToTask}
            onClose={() => setProblemsOpen(false)}
            onDismiss={(p) => runEdit(dismissProblemEdit, p)}
          />
        )}
      </div>
      <TaskContextMenu
        at={menu}
        task={menuTask}
        selection={selection}
        onClose={() => setMenu(null)}
        onMove={onMove}
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
