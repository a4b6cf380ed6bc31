import type { Dependency, Task, TaskId } from '../../../../shared/domain';
import type { PlanId } from '../../../../shared/domain';

/** A task with the defaults the schema would fill, for hand-written schedules. */
export function makeTask(
  id: string,
  startDate: string,
  endDate: string,
  extra: Partial<Omit<Task, 'predecessors'>> & { predecessors?: Partial<Dependency>[] } = {},
): Task {
  const { predecessors = [], ...rest } = extra;
  return {
    id: id as TaskId,
    planId: 'plan-1' as PlanId,
    title: id,
    phaseId: null,
    workstream: 'operations',
    owner: '',
    channelId: null,
    startDate,
    endDate,
    progress: 0,
    status: 'todo',
    isMilestone: false,
    milestoneTime: null,
    notes: '',
    checklist: [],
    order: 0,
    ...rest,
    predecessors: predecessors.map((dependency) => ({
      taskId: dependency.taskId as TaskId,
      type: dependency.type ?? 'FS',
      lagDays: dependency.lagDays ?? 0,
    })),
  };
}

export const fs = (taskId: string, lagDays = 0): Partial<Dependency> => ({
  taskId: taskId as TaskId,
  type: 'FS',
  lagDays,
});
export const ss = (taskId: string, lagDays = 0): Partial<Dependency> => ({
  taskId: taskId as TaskId,
  type: 'SS',
  lagDays,
});

export const id = (value: string) => value as TaskId;

export function byId(tasks: readonly Task[]): Map<TaskId, Task> {
  return new Map(tasks.map((task) => [task.id, task]));
}
