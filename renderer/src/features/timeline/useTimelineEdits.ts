import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import type { PlanDocument, Task, TaskId } from '../../../../shared/domain';
import type { Locale } from '../../../../shared/i18n/locale';
import { addDependency, loopRefusalMessage } from '../../../../shared/planning/scheduling';
import { runEdit } from '../../state/editActions';
import {
  changeDatesEdit,
  changeOwnerEdit,
  linkTasksEdit,
  moveTasksEdit,
  renameTaskEdit,
  resizeTaskEdit,
} from '../tasks/taskEdits';
import type { CellEdit } from './GridLayer';

/**
 * The chart's edits — move, resize, link, and the grid's cell edits — each one edit action
 * (docs/architecture.md §5). With "successors follow" on, a move or a new link the dates break
 * moves the successors too. A link that would close a loop is refused with the loop named.
 */
export function useTimelineEdits(
  doc: PlanDocument,
  tasksById: ReadonlyMap<TaskId, Task>,
  pushSuccessors: boolean,
  linkRefused: string,
  locale: Locale,
) {
  const opts = useMemo(() => ({ pushSuccessors }), [pushSuccessors]);

  const onMove = useCallback(
    (ids: TaskId[], delta: number) => runEdit(moveTasksEdit, { ids, days: delta, ...opts }),
    [opts],
  );

  const onResize = useCallback(
    (id: TaskId, edge: 'start' | 'end', delta: number) =>
      runEdit(resizeTaskEdit, { id, edge, days: delta, ...opts }),
    [opts],
  );

  const onLink = useCallback(
    (fromId: TaskId, toId: TaskId, type: 'FS' | 'SS') => {
      const probe = addDependency(doc.tasks, toId, { taskId: fromId, type, lagDays: 0 });
      if (!probe.ok) {
        notifications.show({
          color: 'red',
          title: linkRefused,
          message: loopRefusalMessage(probe.loop, tasksById, locale),
        });
        return;
      }
      runEdit(linkTasksEdit, { fromId, toId, type, ...opts });
    },
    [doc.tasks, linkRefused, tasksById, locale, opts],
  );

  const onEdit = useCallback(
    (edit: CellEdit) => {
      if (edit.kind === 'title') runEdit(renameTaskEdit, { id: edit.id, title: edit.value });
      else if (edit.kind === 'owner') runEdit(changeOwnerEdit, { id: edit.id, owner: edit.value });
      else
        runEdit(changeDatesEdit, {
          edits: [{ id: edit.id, startDate: edit.start, endDate: edit.end }],
          ...opts,
        });
    },
    [opts],
  );

  return useMemo(() => ({ onMove, onResize, onLink, onEdit }), [onMove, onResize, onLink, onEdit]);
}
