import { Box, Button, SegmentedControl, Switch, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDiamond, IconListDetails, IconPlus, IconSearch } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { todayIso, type Task, type TaskId } from '../../../../shared/domain';
import {
  conflictsByTask,
  findCycle,
  findScheduleProblems,
  isOverdue,
  loopRefusalMessage,
  type ConflictFix,
  type TaskConflict,
} from '../../../../shared/planning/scheduling';
import { formatPredecessors, parsePredecessors } from '../../../../shared/planning/predecessorText';
import { EmptyState } from '../../components/EmptyState';
import { FilterSelect } from '../../components/FilterSelect';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useAppMessages, useLocale, useMessages } from '../../i18n';
import { usePlanDoc } from '../../state/planStore';
import { usePushSuccessors, useSettingsStore } from '../../state/settingsStore';
import { taskScheduleMessages } from './messages';
import {
  addTaskEdit,
  fixConflictEdit,
  removeTaskEdit,
  setPredecessorsEdit,
  setTaskDatesEdit,
  updateTaskEdit,
} from './taskEdits';
import { withPredecessors } from '../../../../shared/planning/scheduling/recipes';
import { useRegisterActions } from '../../state/actionStore';
import { editCommand, runEdit } from '../../state/editActions';
import { TaskRow } from './TaskRow';
import { useOwnerFilter } from './useOwnerFilter';
import { peopleMessages } from '../people/messages';

const ROW_HEIGHT = 40;
// Sized so every column, delete included, fits the content area of a 1280 px window beside the
// sidebar (≈1046 px) in English: dates take exactly YYYY-MM-DD, the phase fits the template's
// longest ("Warm-up (pre-sale)"), the other fixed columns their header, and the title takes what is
// left. On a wider window phase, workstream and owner grow too (1fr each, the title 4fr), so they
// read whole there; what still does not fit ends in "…" with the whole text as its tooltip.
const columns =
  '56px minmax(200px, 4fr) minmax(136px, 1fr) minmax(94px, 1fr) minmax(84px, 1fr) 78px 78px 58px 90px 92px 26px';
/** Below this (the columns' least widths) the table scrolls sideways rather than squeeze a column. */
const MIN_TABLE_WIDTH = 992;
const noConflicts: readonly TaskConflict[] = [];

type Show = 'all' | 'overdue' | 'problems';

/** The task table: every task of the plan, inline-editable, virtualised so 2,000 rows stay quick. */
export function TasksScreen() {
  const m = useAppMessages();
  const s = useMessages(taskScheduleMessages);
  const locale = useLocale();
  const doc = usePlanDoc();
  const pushSuccessors = usePushSuccessors();
  const setPushSuccessors = useSettingsStore((state) => state.setPushSuccessors);
  const [filter, setFilter] = useState('');
  // The overview's overdue count links here with ?show=overdue.
  const [params] = useSearchParams();
  const [show, setShow] = useState<Show>(() => {
    const asked = params.get('show');
    return asked === 'overdue' || asked === 'problems' ? asked : 'all';
  });
  const p = useMessages(peopleMessages);
  const owner = useOwnerFilter(doc.tasks, params.get('person'));
  const ownerMatches = owner.matches;
  const scrollRef = useRef<HTMLDivElement>(null);
  const today = todayIso();

  const rowOf = useMemo(() => new Map(doc.tasks.map((t, i) => [t.id, i + 1] as const)), [doc.tasks]);
  const tasksById = useMemo(() => new Map(doc.tasks.map((t) => [t.id, t] as const)), [doc.tasks]);
  // The same problems the timeline lists, filed under each task they involve.
  const conflicts = useMemo(
    () => conflictsByTask(findScheduleProblems({ plan: doc.plan, phases: doc.phases, tasks: doc.tasks })),
    [doc.plan, doc.phases, doc.tasks],
  );
  const overdueCount = useMemo(() => doc.tasks.filter((t) => isOverdue(t, today)).length, [doc.tasks, today]);
  const visible = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return doc.tasks.filter(
      (t) =>
        (q === '' || t.title.toLowerCase().includes(q) || t.owner.toLowerCase().includes(q)) &&
        ownerMatches(t.owner) &&
        (show === 'all' ||
          (show === 'overdue' && isOverdue(t, today)) ||
          (show === 'problems' && conflicts.has(t.id))),
    );
  }, [doc.tasks, filter, show, today, conflicts, ownerMatches]);

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const set = (id: TaskId, patch: Partial<Task>) => runEdit(updateTaskEdit, { id, patch });
  // Dates go through the one scheduling path: with "successors follow" on, successors move too.
  const setDates = (t: Task, start: string, end: string) => {
    if (end < start) {
      notifications.show({ color: 'red', message: `${t.title}: ${m.tasks.endBeforeStart}` });
      return;
    }
    runEdit(setTaskDatesEdit, { edits: [{ id: t.id, startDate: start, endDate: end }], pushSuccessors });
  };
  const applyFix = (t: Task, fix: ConflictFix) => runEdit(fixConflictEdit, { id: t.id, fix });
  const setPredecessors = (t: Task, text: string) => {
    const parsed = parsePredecessors(text, doc.tasks);
    if (!parsed.ok) {
      notifications.show({
        color: 'red',
        message: `${t.title}: ${m.tasks.columns.predecessors} “${parsed.badItem}”`,
      });
      return;
    }
    const next = withPredecessors(doc, t.id, parsed.dependencies);
    const loop = findCycle(next.tasks);
    if (loop) {
      notifications.show({
        color: 'red',
        message: loopRefusalMessage(loop, tasksById, locale),
        autoClose: 8000,
      });
      return;
    }
    // A new link the dates break moves the task when successors follow.
    runEdit(setPredecessorsEdit, { taskId: t.id, dependencies: parsed.dependencies, pushSuccessors });
  };
  const addParams = (isMilestone: boolean) => ({
    title: isMilestone ? m.tasks.newMilestone : m.tasks.newTask,
    isMilestone,
  });
  const add = (isMilestone: boolean) => runEdit(addTaskEdit, addParams(isMilestone));
  const actions = useMemo(
    () =>
      [false, true].map((isMilestone) => ({
        ...editCommand(addTaskEdit, () => ({
          title: isMilestone ? m.tasks.newMilestone : m.tasks.newTask,
          isMilestone,
        })),
        id: isMilestone ? 'tasks.addMilestone' : 'tasks.add',
      })),
    [m],
  );
  useRegisterActions('tasks', actions);

  const phaseOptions = [
    { value: '', label: m.tasks.noPhase },
    ...doc.phases.map((p) => ({ value: p.id, label: p.name })),
  ];
  const header = m.tasks.columns;

  return (
    <ScreenFrame
      title={m.tasks.title}
      scroll={false}
      actions={
        <>
          <Switch
            size="xs"
            label={s.pushSuccessors}
            checked={pushSuccessors}
            onChange={(e) => setPushSuccessors(e.currentTarget.checked)}
            data-testid="push-successors"
          />
          <SegmentedControl
            size="xs"
            aria-label={s.show}
            value={show}
            onChange={(v) => setShow(v as Show)}
            data={[
              { value: 'all', label: s.showAll },
              { value: 'overdue', label: s.showOverdue(overdueCount) },
              { value: 'problems', label: s.showProblems(conflicts.size) },
            ]}
            data-testid="task-show"
          />
          <FilterSelect
            w={130}
            texts={{ label: p.filterPerson, any: p.everyone }}
            searchable
            value={owner.value}
            onChange={owner.setValue}
            data={owner.choices.map((c) => ({ value: c.value, label: `${c.label} (${c.count})` }))}
            testId="task-person-filter"
          />
          <TextInput
            size="xs"
            leftSection={<IconSearch size={14} />}
            placeholder={m.tasks.filter}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            aria-label={m.tasks.filter}
            w={160}
          />
          <Button size="xs" variant="light" leftSection={<IconDiamond size={14} />} onClick={() => add(true)}>
            {m.tasks.addMilestone}
          </Button>
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => add(false)}
            data-testid="add-task"
          >
            {m.tasks.add}
          </Button>
        </>
      }
    >
      {doc.tasks.length === 0 ? (
        <EmptyState
          icon={<IconListDetails />}
          body={m.tasks.empty}
          action={<Button onClick={() => add(false)}>{m.tasks.add}</Button>}
        />
      ) : (
        <Box style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
          <Text size="xs" c="dimmed" mb={4}>
            {m.tasks.count(visible.length, doc.tasks.length)}
          </Text>
          <Box
            ref={scrollRef}
            style={{
              flex: 1,
              overflow: 'auto',
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 4,
            }}
            data-testid="task-grid"
            role="table"
            aria-label={m.tasks.title}
            aria-rowcount={visible.length + 1}
          >
            <Box style={{ minWidth: MIN_TABLE_WIDTH }}>
              <Box
                role="row"
                aria-rowindex={1}
                style={{
                  display: 'grid',
                  gridTemplateColumns: columns,
                  position: 'sticky',
                  top: 0,
                  zIndex: 2,
                  background: 'var(--mantine-color-gray-0)',
                  borderBottom: '1px solid var(--mantine-color-gray-3)',
                }}
              >
                {[
                  '#',
                  header.title,
                  header.phase,
                  header.workstream,
                  header.owner,
                  header.start,
                  header.end,
                  header.progress,
                  header.status,
                  header.predecessors,
                  null,
                ].map((h, i) => (
                  <Text key={i} role="columnheader" size="xs" fw={700} px={6} py={8}>
                    {h ?? <VisuallyHidden>{m.common.actions}</VisuallyHidden>}
                  </Text>
                ))}
              </Box>
              <Box style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                {virtualizer.getVirtualItems().map((vr) => {
                  const t = visible[vr.index];
                  if (!t) return null;
                  return (
                    <TaskRow
                      key={t.id}
                      task={t}
                      rowNumber={rowOf.get(t.id) ?? 0}
                      ariaRowIndex={vr.index + 2}
                      top={vr.start}
                      height={ROW_HEIGHT}
                      columns={columns}
                      phaseOptions={phaseOptions}
                      predecessorText={formatPredecessors(t, rowOf)}
                      conflicts={conflicts.get(t.id) ?? noConflicts}
                      overdue={isOverdue(t, today)}
                      tasksById={tasksById}
                      set={set}
                      setDates={setDates}
                      setPredecessors={setPredecessors}
                      onDelete={() => runEdit(removeTaskEdit, t.id)}
                      onFix={(fix) => applyFix(t, fix)}
                    />
                  );
                })}
              </Box>
            </Box>
          </Box>
        </Box>
      )}
    </ScreenFrame>
  );
}
