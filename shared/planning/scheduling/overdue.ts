import type { IsoDate, Task } from '../../domain';

/**
 * Overdue (docs/scheduling.md): the task's end date is before today and it is neither done nor
 * cancelled. A task ending today is not overdue yet. `today` is passed in, never read from a
 * clock here, so tests and the app's injected clock decide what "today" is.
 */
export function isOverdue(task: Pick<Task, 'endDate' | 'status'>, today: IsoDate): boolean {
  return task.endDate < today && task.status !== 'done' && task.status !== 'cancelled';
}

/** How many of `tasks` are overdue on `today`. */
export function countOverdue(tasks: readonly Pick<Task, 'endDate' | 'status'>[], today: IsoDate): number {
  let count = 0;
  for (const task of tasks) if (isOverdue(task, today)) count++;
  return count;
}
