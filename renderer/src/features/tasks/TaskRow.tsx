import { ActionIcon, Badge, Box, Group, NativeSelect, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDiamond, IconTrash } from '@tabler/icons-react';
import {
  statusAfterProgress,
  taskStatuses,
  workstreams,
  type Task,
  type TaskId,
} from '../../../../shared/domain';
import type { ConflictFix, TaskConflict } from '../../../../shared/planning/scheduling';
import { CommitDateText, CommitNumberInput, CommitTextInput } from '../../components/CommitInputs';
import { useAppMessages, useMessages } from '../../i18n';
import { ConflictMarker } from './ConflictMarker';
import { taskScheduleMessages } from './messages';
import './taskTable.css';

export interface TaskRowProps {
  task: Task;
  rowNumber: number;
  ariaRowIndex: number;
  top: number;
  height: number;
  columns: string;
  phaseOptions: readonly { value: string; label: string }[];
  predecessorText: string;
  /** Schedule problems involving this task (the timeline's problems list), with their fixes. */
  conflicts: readonly TaskConflict[];
  overdue: boolean;
  tasksById: ReadonlyMap<TaskId, Task>;
  set(id: TaskId, patch: Partial<Task>): void;
  setDates(task: Task, start: string, end: string): void;
  setPredecessors(task: Task, text: string): void;
  onDelete(): void;
  onFix(fix: ConflictFix): void;
}

/** What every editor of a row shares: small, a little padding, a cell of the row (role=cell). */
const cell = { size: 'xs', px: 1, wrapperProps: { role: 'cell' } } as const;

/** One row of the tasks table: inline editors, its overdue mark and its schedule problems. */
export function TaskRow(props: TaskRowProps) {
  const { task: t, rowNumber, ariaRowIndex, top, conflicts, overdue, tasksById, phaseOptions } = props;
  const { set, setDates, setPredecessors, onDelete, onFix, predecessorText } = props;
  const m = useAppMessages();
  const s = useMessages(taskScheduleMessages);
  const header = m.tasks.columns;
  const workstreamOptions = workstreams.map((w) => ({ value: w, label: m.enums.workstream[w] }));
  const statusOptions = taskStatuses.map((v) => ({ value: v, label: m.enums.taskStatus[v] }));
  /** A select cell: its tooltip is the chosen option's label (cut at the column's width). */
  const choiceCell = (
    label: string,
    options: readonly { value: string; label: string }[],
    value: string,
    onPick: (value: string) => void,
  ) => (
    <NativeSelect
      {...cell}
      data={options}
      value={value}
      title={options.find((o) => o.value === value)?.label}
      onChange={(e) => onPick(e.currentTarget.value)}
      aria-label={label}
    />
  );
  return (
    <Box
      role="row"
      aria-rowindex={ariaRowIndex}
      data-testid="task-row"
      data-task-id={t.id}
      data-overdue={overdue || undefined}
      data-conflict={conflicts.length > 0 || undefined}
      className="cd-table-input cd-task-row"
      style={{
        display: 'grid',
        gridTemplateColumns: props.columns,
        alignItems: 'center',
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: props.height,
        transform: `translateY(${top}px)`,
        background: overdue ? 'var(--mantine-color-orange-0)' : undefined,
        boxShadow: conflicts.some((c) => c.problem.severity === 'error')
          ? 'inset 3px 0 0 var(--mantine-color-red-6)'
          : undefined,
        borderBottom: '1px solid var(--mantine-color-gray-2)',
      }}
    >
      {/* The row's marks sit with its number, not beside the title: there they took the title's
          width ("Revisit last year's 双…" at 1280 px in English). */}
      <Box role="cell" className="cd-task-marks">
        <Text span size="xs" c="dimmed" className="cd-task-number">
          {rowNumber}
        </Text>
        {conflicts.length > 0 && (
          <ConflictMarker task={t} conflicts={conflicts} tasksById={tasksById} onFix={onFix} />
        )}
        {overdue && (
          <Tooltip label={s.overdueSince(t.endDate)}>
            <Badge
              size="xs"
              color="orange"
              variant="filled"
              px={3}
              className="cd-task-overdue"
              data-testid="task-overdue"
              aria-label={s.overdueSince(t.endDate)}
            >
              {s.overdue}
            </Badge>
          </Tooltip>
        )}
      </Box>
      <Group role="cell" gap={4} wrap="nowrap">
        {t.isMilestone && (
          <Tooltip label={m.tasks.milestoneAt(t.milestoneTime ?? '')}>
            <Badge size="xs" color="grape" variant="light" leftSection={<IconDiamond size={10} />}>
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
      {choiceCell(header.phase, phaseOptions, t.phaseId ?? '', (v) =>
        set(t.id, { phaseId: (v || null) as Task['phaseId'] }),
      )}
      {choiceCell(header.workstream, workstreamOptions, t.workstream, (v) =>
        set(t.id, { workstream: v as Task['workstream'] }),
      )}
      <CommitTextInput
        {...cell}
        value={t.owner}
        title={t.owner}
        onCommit={(v) => set(t.id, { owner: v })}
        aria-label={header.owner}
      />
      <CommitDateText
        {...cell}
        value={t.startDate}
        message={m.common.badDate}
        onInvalid={(why) => notifications.show({ color: 'red', message: `${t.title}: ${why}` })}
        onCommit={(v) => setDates(t, v, t.isMilestone ? v : t.endDate < v ? v : t.endDate)}
        aria-label={header.start}
        className="cd-task-date"
        data-testid="task-start"
      />
      <CommitDateText
        {...cell}
        value={t.endDate}
        disabled={t.isMilestone}
        message={m.common.badDate}
        onInvalid={(why) => notifications.show({ color: 'red', message: `${t.title}: ${why}` })}
        onCommit={(v) => setDates(t, t.startDate, v)}
        aria-label={header.end}
        className="cd-task-date"
        data-testid="task-end"
      />
      <CommitNumberInput
        {...cell}
        value={Math.round(t.progress * 100)}
        min={0}
        max={100}
        suffix="%"
        allowDecimal={false}
        hideControls
        onCommit={(v) => {
          const progress = Math.min(1, Math.max(0, (v ?? 0) / 100));
          set(t.id, { progress, status: statusAfterProgress(progress, t.status) });
        }}
        aria-label={header.progress}
      />
      {choiceCell(header.status, statusOptions, t.status, (v) => set(t.id, { status: v as Task['status'] }))}
      <CommitTextInput
        {...cell}
        value={predecessorText}
        title={predecessorText}
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
          onClick={onDelete}
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Box>
    </Box>
  );
}
