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

export const moveTasksEdit = defineEdit<Args<typeof moveTaskDates>, T>({
  id: 'timeline.move',
  messages: timelineMessages,
  label: (m, p) => (p.ids.length > 1 ? m.moveTasks(p.ids.length) : m.moveTask),
  recipe: moveTaskDates,
});

export const resizeTaskEdit = defineEdit<Args<typeof resizeTaskEdge>, T>({
  id: 'timeline.resize',
  messages: timelineMessages,
  label: (m) => m.resizeTask,
  recipe: resizeTaskEdge,
});

export const linkTasksEdit = defineEdit<Args<typeof linkTasks>, T>({
  id: 'timeline.link',
  messages: timelineMessages,
  label: (m) => m.linkTasks,
  recipe: linkTasks,
});

export const unlinkTasksEdit = defineEdit<Args<typeof unlinkTasks>, T>({
  id: 'timeline.unlink',
  messages: timelineMessages,
  label: (m) => m.removeLinks,
  recipe: unlinkTasks,
});

export const renameTaskEdit = defineEdit<{ id: TaskId; title: string }, T>({
  id: 'timeline.rename',
  messages: timelineMessages,
  label: (m) => m.renameTask,
  recipe: (d, p) => updateRecord(d, 'tasks', p.id, { title: p.title }),
});

export const changeOwnerEdit = defineEdit<{ id: TaskId; owner: string }, T>({
  id: 'timeline.changeOwner',
  messages: timelineMessages,
  label: (m) => m.changeOwner,
  recipe: (d, p) => updateRecord(d, 'tasks', p.id, { owner: p.owner }),
});

export const changeDatesEdit = defineEdit<Args<typeof rescheduleDates>, T>({
  id: 'timeline.changeDates',
  messages: timelineMessages,
  label: (m) => m.changeDates,
  recipe: rescheduleDates,
});

export const dismissProblemEdit = defineEdit<Args<typeof dismissProblem>, T>({
  id: 'timeline.dismissProblem',
  messages: timelineMessages,
  label: (m) => m.dismissProblem,
  recipe: dismissProblem,
});

export const saveBaselineEdit = defineEdit<Args<typeof saveBaseline>, T>({
  id: 'timeline.saveBaseline',
  messages: timelineMessages,
  label: (m, p) => m.baselineSaved(p.name),
  recipe: saveBaseline,
});
