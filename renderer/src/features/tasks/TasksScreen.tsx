import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Group,
  NativeSelect,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDiamond, IconListDetails, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import {
  addRecord,
  newId,
  removeRecord,
  taskStatuses,
  updateRecord,
  workstreams,
  type PlanDocument,
  type Task,
  type TaskId,
} from '../../../../shared/domain';
import { findCycle, loopRefusalMessage } from '../../../../shared/planning/scheduling';
import { formatPredecessors, parsePredecessors } from '../../../../shared/planning/predecessorText';
import { CommitDateText, CommitNumberInput, CommitTextInput } from '../../components/CommitInputs';
import { EmptyState } from '../../components/EmptyState';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useAppMessages, useLocale } from '../../i18n';
import { useCommit, usePlanDoc } from '../../state/planStore';
import { setTaskPredecessors } from './taskEdits';

const ROW_HEIGHT = 40;
// Sized so every column, delete included, fits the content area of a 1280 px window beside the
// sidebar (≈1030 px): dates take exactly YYYY-MM-DD, the title takes what is left and ends in "…"
// (the whole title is its tooltip), owner/phase/workstream/status clip with the same tooltip.
const columns = '36px minmax(150px, 1fr) 104px 124px 92px 98px 98px 58px 100px 90px 34px';
/** Below this the table scrolls sideways rather than squeeze a column unreadable. */
const MIN_TABLE_WIDTH = 984;

/** The task table: every task of the plan, inline-editable, virtualised so 2,000 rows stay quick. */
export function TasksScreen() {
  const m = useAppMessages();
  const locale = useLocale();
  const doc = usePlanDoc();
  const commit = useCommit();
  const [filter, setFilter] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);

  const rowOf = useMemo(() => new Map(doc.tasks.map((t, i) => [t.id, i + 1] as const)), [doc.tasks]);
  const visible = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return q === ''
      ? doc.tasks
      : doc.tasks.filter((t) => t.title.toLowerCase().includes(q) || t.owner.toLowerCase().includes(q));
  }, [doc.tasks, filter]);

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const set = (id: string, patch: Partial<Task>) =>
    commit(m.tasks.title, (d) => updateRecord(d, 'tasks', id, patch));
  const setDates = (t: Task, start: string, end: string) => {
    if (end < start) {
      notifications.show({ color: 'red', message: `${t.title}: ${m.tasks.endBeforeStart}` });
      return false;
    }
    set(t.id, t.isMilestone ? { startDate: start, endDate: start } : { startDate: start, endDate: end });
    return true;
  };
  const setPredecessors = (t: Task, text: string) => {
    const parsed = parsePredecessors(text, doc.tasks);
    if (!parsed.ok) {
      notifications.show({
        color: 'red',
        message: `${t.title}: ${m.tasks.columns.predecessors} “${parsed.badItem}”`,
      });
      return;
    }
    const next = setTaskPredecessors(doc, t.id, parsed.dependencies);
    const loop = findCycle(next.tasks);
    if (loop) {
      const byId = new Map(doc.tasks.map((x) => [x.id, x] as const));
      notifications.show({ color: 'red', message: loopRefusalMessage(loop, byId, locale), autoClose: 8000 });
      return;
    }
    commit(m.tasks.columns.predecessors, () => next);
  };
  const add = (isMilestone: boolean) =>
    commit(isMilestone ? m.tasks.addMilestone : m.tasks.add, (d) =>
      addRecord(d, 'tasks', newTask(d, isMilestone ? m.tasks.newMilestone : m.tasks.newTask, isMilestone)),
    );

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
          <TextInput
            size="xs"
            leftSection={<IconSearch size={14} />}
            placeholder={m.tasks.filter}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            aria-label={m.tasks.filter}
            w={220}
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
                    <Box
                      key={t.id}
                      role="row"
                      aria-rowindex={vr.index + 2}
                      data-testid="task-row"
                      data-task-id={t.id}
                      className="cd-table-input"
                      style={{
                        display: 'grid',
                        gridTemplateColumns: columns,
                        alignItems: 'center',
                        position: 'absolute',
                        top: 0,
                        left: 0,
                        right: 0,
                        height: ROW_HEIGHT,
                        transform: `translateY(${vr.start}px)`,
                        borderBottom: '1px solid var(--mantine-color-gray-2)',
                      }}
                    >
                      <Text role="cell" size="xs" c="dimmed" px={6}>
                        {rowOf.get(t.id)}
                      </Text>
                      <Group role="cell" gap={4} wrap="nowrap" px={2}>
                        {t.isMilestone && (
                          <Tooltip label={m.tasks.milestoneAt(t.milestoneTime ?? '')}>
                            <Badge
                              size="xs"
                              color="grape"
                              variant="light"
                              leftSection={<IconDiamond size={10} />}
                            >
                              {t.milestoneTime ?? ''}
                            </Badge>
                          </Tooltip>
                        )}
                        <CommitTextInput
                          size="xs"
                          value={t.title}
                          isRequired
                          onCommit={(v) => set(t.id, { title: v })}
                          aria-label={header.title}
                          title={t.title}
                          style={{ flex: 1, minWidth: 0 }}
                          data-testid="task-title"
                        />
                      </Group>
                      <NativeSelect
                        size="xs"
                        px={2}
                        wrapperProps={{ role: 'cell' }}
                        data={phaseOptions}
                        value={t.phaseId ?? ''}
                        title={phaseOptions.find((o) => o.value === (t.phaseId ?? ''))?.label}
                        onChange={(e) =>
                          set(t.id, { phaseId: (e.currentTarget.value || null) as Task['phaseId'] })
                        }
                        aria-label={header.phase}
                      />
                      <NativeSelect
                        size="xs"
                        px={2}
                        wrapperProps={{ role: 'cell' }}
                        data={workstreams.map((w) => ({ value: w, label: m.enums.workstream[w] }))}
                        value={t.workstream}
                        title={m.enums.workstream[t.workstream]}
                        onChange={(e) =>
                          set(t.id, { workstream: e.currentTarget.value as Task['workstream'] })
                        }
                        aria-label={header.workstream}
                      />
                      <CommitTextInput
                        size="xs"
                        px={2}
                        wrapperProps={{ role: 'cell' }}
                        value={t.owner}
                        title={t.owner}
                        onCommit={(v) => set(t.id, { owner: v })}
                        aria-label={header.owner}
                      />
                      <CommitDateText
                        size="xs"
                        px={2}
                        wrapperProps={{ role: 'cell' }}
                        value={t.startDate}
                        message={m.common.badDate}
                        onInvalid={(why) =>
                          notifications.show({ color: 'red', message: `${t.title}: ${why}` })
                        }
                        onCommit={(v) => setDates(t, v, t.isMilestone ? v : t.endDate < v ? v : t.endDate)}
                        aria-label={header.start}
                        data-testid="task-start"
                      />
                      <CommitDateText
                        size="xs"
                        px={2}
                        wrapperProps={{ role: 'cell' }}
                        value={t.endDate}
                        disabled={t.isMilestone}
                        message={m.common.badDate}
                        onInvalid={(why) =>
                          notifications.show({ color: 'red', message: `${t.title}: ${why}` })
                        }
                        onCommit={(v) => setDates(t, t.startDate, v)}
                        aria-label={header.end}
                        data-testid="task-end"
                      />
                      <CommitNumberInput
                        size="xs"
                        px={2}
                        wrapperProps={{ role: 'cell' }}
                        value={Math.round(t.progress * 100)}
                        min={0}
                        max={100}
                        suffix="%"
                        allowDecimal={false}
                        hideControls
                        onCommit={(v) =>
                          set(t.id, {
                            progress: Math.min(1, Math.max(0, (v ?? 0) / 100)),
                            ...(v === 100 ? { status: 'done' as const } : {}),
                          })
                        }
                        aria-label={header.progress}
                      />
                      <NativeSelect
                        size="xs"
                        px={2}
                        wrapperProps={{ role: 'cell' }}
                        data={taskStatuses.map((s) => ({ value: s, label: m.enums.taskStatus[s] }))}
                        value={t.status}
                        title={m.enums.taskStatus[t.status]}
                        onChange={(e) => set(t.id, { status: e.currentTarget.value as Task['status'] })}
                        aria-label={header.status}
                      />
                      <CommitTextInput
                        size="xs"
                        px={2}
                        wrapperProps={{ role: 'cell' }}
                        value={formatPredecessors(t, rowOf)}
                        title={formatPredecessors(t, rowOf)}
                        placeholder={m.tasks.predecessorsExample}
                        className="cd-hint-on-focus"
                        onCommit={(v) => setPredecessors(t, v)}
                        aria-label={header.predecessors}
                        data-testid="task-predecessors"
                      />
                      <Box role="cell">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="sm"
                          aria-label={`${m.tasks.deleteTask}: ${t.title}`}
                          onClick={() => commit(m.tasks.deleteTask, (d) => removeRecord(d, 'tasks', t.id))}
                        >
                          <IconTrash size={14} />
                        </ActionIcon>
                      </Box>
                    </Box>
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

function newTask(d: PlanDocument, title: string, isMilestone: boolean): Task {
  const start = d.plan.peakDate;
  return {
    id: newId<TaskId>(),
    planId: d.plan.id,
    title,
    phaseId: null,
    workstream: 'operations',
    owner: '',
    channelId: null,
    startDate: start,
    endDate: start,
    progress: 0,
    status: 'todo',
    predecessors: [],
    isMilestone,
    milestoneTime: isMilestone ? '00:00' : null,
    notes: '',
    checklist: [],
    order: 0,
  };
}
