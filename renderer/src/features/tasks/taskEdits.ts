import type { Dependency, PlanDocument, TaskId } from '../../../../shared/domain';
import { updateRecord } from '../../../../shared/domain';

/** Replaces a task's predecessor list (the caller checks the result for loops before committing). */
export function setTaskPredecessors(doc: PlanDocument, taskId: TaskId, deps: Dependency[]): PlanDocument {
  return updateRecord(doc, 'tasks', taskId, { predecessors: deps.filter((d) => d.taskId !== taskId) });
}
