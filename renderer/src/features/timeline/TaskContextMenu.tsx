import { useState } from 'react';
import { Menu } from '@mantine/core';
import type { Task, TaskId } from '../../../../shared/domain';
import { useMessages } from '../../i18n';
import { runEdit } from '../../state/editActions';
import { unlinkTasksEdit } from '../tasks/taskEdits';
import { timelineMessages } from './messages';

export interface ContextMenuAt {
  id: TaskId;
  x: number;
  y: number;
}

/**
 * A bar's right-click menu, anchored at the pointer: move the task (or the selection it belongs
 * to) a day earlier or later, select its chain of successors, edit its links, remove its links.
 */
export function TaskContextMenu({
  at,
  task,
  selection,
  onClose,
  onMove,
  onSelectChain,
  onEditLinks,
}: {
  at: ContextMenuAt | null;
  task: Task | undefined;
  selection: ReadonlySet<TaskId>;
  onClose(): void;
  onMove(ids: TaskId[], delta: number): void;
  onSelectChain(id: TaskId): void;
  onEditLinks(id: TaskId): void;
}) {
  const m = useMessages(timelineMessages);
  const ids = (id: TaskId) => (selection.has(id) ? [...selection] : [id]);
  // Built the first time a context menu opens, then kept (so it closes with its fade, and opens
  // again at once): mounted closed with the screen, the Menu anchors itself in the commit that
  // shows the timeline and draws it a second time there.
  const [built, setBuilt] = useState(false);
  if (at && !built) setBuilt(true);
  if (!at && !built) return null;
  return (
    <Menu opened={at !== null} onChange={(o) => !o && onClose()} position="bottom-start" withinPortal>
      <Menu.Target>
        {/* Only a point to anchor the context menu at the mouse: nothing to read out. */}
        <div
          aria-hidden
          style={{ position: 'fixed', left: at?.x ?? 0, top: at?.y ?? 0, width: 1, height: 1 }}
        />
      </Menu.Target>
      {at && task && (
        <Menu.Dropdown data-testid="timeline-context-menu">
          <Menu.Label>{task.title}</Menu.Label>
          <Menu.Item onClick={() => onMove(ids(at.id), -1)}>{m.ctxEarlier}</Menu.Item>
          <Menu.Item onClick={() => onMove(ids(at.id), 1)}>{m.ctxLater}</Menu.Item>
          <Menu.Item onClick={() => onSelectChain(at.id)}>{m.ctxSelectChain}</Menu.Item>
          <Menu.Item onClick={() => onEditLinks(at.id)}>
            {m.linkLag} / {m.linkType}
          </Menu.Item>
          <Menu.Item
            disabled={task.predecessors.length === 0}
            onClick={() =>
              runEdit(unlinkTasksEdit, {
                taskId: at.id,
                predecessorIds: task.predecessors.map((p) => p.taskId),
              })
            }
          >
            {m.ctxRemoveLinks}
          </Menu.Item>
        </Menu.Dropdown>
      )}
    </Menu>
  );
}
