import { ActionIcon, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { PlanDocument, TaskId } from '../../../../shared/domain';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { linkTasksEdit, unlinkTasksEdit } from '../tasks/taskEdits';
import { timelineMessages } from './messages';
import { CommitNumberInput } from '../../components/CommitInputs';

/** A task's incoming links: type (FS/SS) and lag in days, each change one undoable edit. */
export function LinkEditor({
  taskId,
  doc,
  pushSuccessors,
  onClose,
}: {
  taskId: TaskId;
  doc: PlanDocument;
  pushSuccessors: boolean;
  onClose(): void;
}) {
  const m = useMessages(timelineMessages);
  const task = doc.tasks.find((t) => t.id === taskId);
  if (!task) return null;
  const byId = new Map(doc.tasks.map((t) => [t.id, t]));
  const change = (predecessorId: TaskId, type: 'FS' | 'SS', lagDays: number) =>
    // With "successors follow" on, a link the dates break moves the successor.
    runEdit(linkTasksEdit, { fromId: predecessorId, toId: taskId, type, lagDays, pushSuccessors });
  return (
    <Modal opened onClose={onClose} title={task.title} size="lg">
      <Stack gap="xs">
        {task.predecessors.length === 0 && (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
        {task.predecessors.map((dep) => (
          <Group key={dep.taskId} gap="xs" wrap="nowrap">
            <Text size="sm" style={{ flex: 1 }} lineClamp={1}>
              {byId.get(dep.taskId)?.title ?? dep.taskId}
            </Text>
            <Select
              size="xs"
              w={130}
              aria-label={m.linkType}
              value={dep.type}
              allowDeselect={false}
              onChange={(v) => v && change(dep.taskId, v as 'FS' | 'SS', dep.lagDays)}
              data={[
                { value: 'FS', label: m.linkFS },
                { value: 'SS', label: m.linkSS },
              ]}
            />
            <CommitNumberInput
              size="xs"
              w={90}
              aria-label={m.linkLag}
              value={dep.lagDays}
              allowDecimal={false}
              onCommit={(n) => n !== null && n !== dep.lagDays && change(dep.taskId, dep.type, n)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={m.removeLinks}
              onClick={() => runEdit(unlinkTasksEdit, { taskId, predecessorIds: [dep.taskId] })}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
    </Modal>
  );
}
