import {
  removeRecord,
  updateRecord,
  type PlanDocument,
  type Task,
  type TaskId,
} from '../../../../shared/domain';
import {
  addTask,
  dismissProblem,
  fixConflict,
  linkTasks,
  moveTaskDates,
  rescheduleDates,
  resizeTaskEdge,
  saveBaseline,
  setPredecessors,
  unlinkTasks,
} from '../../../../shared/planning/scheduling/recipes';
import { appMessages, type AppMessages } from '../../i18n/messages';
import { defineEdit } from '../../state/editActions';
import { timelineMessages } from '../timeline/messages';
import { taskScheduleMessages } from './messages';

/**
 * The edits of the tasks list and the timeline (docs/architecture.md §5), over the schedule's
 * document recipes in shared/planning/scheduling/recipes.ts.
 */
type A = AppMessages;
type T = (typeof timelineMessages)['zh-CN'];
type S = (typeof taskScheduleMessages)['zh-CN'];
type Args<F> = F extends (doc: PlanDocument, p: infer P) => PlanDocument ? P : never;

export const addTaskEdit = defineEdit<Args<typeof addTask>, A>({
  id: 'tasks.add',
  messages: appMessages,
  label: (m, p) => (p.isMilestone ? m.tasks.addMilestone : m.tasks.add),
  keywords: ['任务', '里程碑', 'task', 'milestone'],
  recipe: addTask,
});

export const updateTaskEdit = defineEdit<{ id: TaskId; patch: Partial<Task> }, A>({
  id: 'tasks.update',
  messages: appMessages,
  label: (m) => m.tasks.title,
  recipe: (d, p) => updateRecord(d, 'tasks', p.id, p.patch),
});

export const setTaskDatesEdit = defineEdit<Args<typeof rescheduleDates>, A>({
  id: 'tasks.setDates',
  messages: appMessages,
  label: (m) => m.tasks.title,
  recipe: rescheduleDates,
});

export const setPredecessorsEdit = defineEdit<Args<typeof setPredecessors>, A>({
  id: 'tasks.setPredecessors',
  messages: appMessages,
  label: (m) => m.tasks.columns.predecessors,
  recipe: setPredecessors,
});

export const removeTaskEdit = defineEdit<TaskId, A>({
  id: 'tasks.remove',
  messages: appMessages,
  label: (m) => m.tasks.deleteTask,
  recipe: (d, id) => removeRecord(d, 'tasks', id),
});

export const fixConflictEdit = defineEdit<Args<typeof fixConflict>, S>({
  id: 'tasks.fixConflict',
  messages: taskScheduleMessages,
  label: (s, p) => s.fixed(s[p.fix]),
  recipe: fixConflict,
});

/** A timeline edit: its id under `timeline.`, its undo label from the timeline's messages. */
function timelineEdit<P>(
  id: string,
  label: (m: T, p: P) => string,
  recipe: (doc: PlanDocument, p: P) => PlanDocument,
) {
  return defineEdit<P, T>({ id: `timeline.${id}`, messages: timelineMessages, label, recipe });
}

export const moveTasksEdit = timelineEdit(
  'move',
  (m, p) => (p.ids.length > 1 ? m.moveTasks(p.ids.length) : m.moveTask),
  moveTaskDates,
);
export const resizeTaskEdit = timelineEdit('resize', (m) => m.resizeTask, resizeTaskEdge);
export const linkTasksEdit = timelineEdit('link', (m) => m.linkTasks, linkTasks);
export const unlinkTasksEdit = timelineEdit('unlink', (m) => m.removeLinks, unlinkTasks);
export const renameTaskEdit = timelineEdit(
  'rename',
  (m) => m.renameTask,
  (d, p: { id: TaskId; title: string }) => updateRecord(d, 'tasks', p.id, { title: p.title }),
);
export const changeOwnerEdit = timelineEdit(
  'changeOwner',
  (m) => m.changeOwner,
  (d, p: { id: TaskId; owner: string }) => updateRecord(d, 'tasks', p.id, { owner: p.owner }),
);
export const changeDatesEdit = timelineEdit('changeDates', (m) => m.changeDates, rescheduleDates);
export const dismissProblemEdit = timelineEdit('dismissProblem', (m) => m.dismissProblem, dismissProblem);
export const saveBaselineEdit = timelineEdit('saveBaseline', (m, p) => m.baselineSaved(p.name), saveBaseline);
