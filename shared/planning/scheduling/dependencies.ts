import type { Dependency, Task, TaskId } from '../../domain';
import { wouldCreateCycle } from './graph';
import type { Locale } from '../../i18n/locale';
import { isChinese } from './locale';

export type AddDependencyResult = { ok: true; tasks: Task[] } | { ok: false; loop: TaskId[] };

/**
 * Makes `dep.taskId` a predecessor of `successorId`. A link that would close a loop is refused
 * with the loop, in flow order, so the message can name it; a task can never depend on itself.
 * An existing link between the same two tasks is replaced (its type or lag changes). Only the
 * successor gets a new object; every other task keeps its identity.
 */
export function addDependency(
  tasks: readonly Task[],
  successorId: TaskId,
  dep: Dependency,
): AddDependencyResult {
  const successor = tasks.find((task) => task.id === successorId);
  if (!successor) throw new Error(`addDependency: no task with id ${successorId}`);
  if (!tasks.some((task) => task.id === dep.taskId)) {
    throw new Error(`addDependency: no predecessor task with id ${dep.taskId}`);
  }
  const loop = wouldCreateCycle(tasks, successorId, dep.taskId);
  if (loop) return { ok: false, loop };
  const predecessors = successor.predecessors.filter((existing) => existing.taskId !== dep.taskId);
  predecessors.push({ taskId: dep.taskId, type: dep.type, lagDays: dep.lagDays });
  const updated: Task = { ...successor, predecessors };
  return { ok: true, tasks: tasks.map((task) => (task.id === successorId ? updated : task)) };
}

/** Drops the link from `predecessorId` to `successorId`; other tasks keep their identity. */
export function removeDependency(tasks: readonly Task[], successorId: TaskId, predecessorId: TaskId): Task[] {
  return tasks.map((task) => {
    if (task.id !== successorId) return task;
    if (!task.predecessors.some((dependency) => dependency.taskId === predecessorId)) return task;
    return { ...task, predecessors: task.predecessors.filter((d) => d.taskId !== predecessorId) };
  });
}

const MAX_TITLE = 40;

function shortTitle(title: string): string {
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/**
 * The loop as the planner reads it, back to where it started: 「A → B → C → A」 in Chinese,
 * “A → B → C → A” in English. Tasks are named by title (by id if unknown).
 */
export function describeLoop(
  loop: readonly TaskId[],
  tasksById: ReadonlyMap<TaskId, Pick<Task, 'title'>>,
  locale: Locale,
): string {
  if (loop.length === 0) return '';
  const names = [...loop, loop[0] as TaskId].map((id) => shortTitle(tasksById.get(id)?.title ?? id));
  const chain = names.join(' → ');
  return isChinese(locale) ? `「${chain}」` : `“${chain}”`;
}

/** The sentence shown when a link is refused. */
export function loopRefusalMessage(
  loop: readonly TaskId[],
  tasksById: ReadonlyMap<TaskId, Pick<Task, 'title'>>,
  locale: Locale,
): string {
  const chain = describeLoop(loop, tasksById, locale);
  if (loop.length === 1) {
    return isChinese(locale) ? `任务不能依赖它自己：${chain}` : `A task cannot depend on itself: ${chain}`;
  }
  return isChinese(locale)
    ? `不能添加这条依赖，它会形成循环：${chain}`
    : `This link was not added because it would create a loop: ${chain}`;
}
