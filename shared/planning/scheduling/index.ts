/** Scheduling of a plan's tasks: pure functions every editor (table, timeline, import) calls. */
export { findCycle, successorChain, successorsOf, topologicalOrder, wouldCreateCycle } from './graph';
export {
  addDependency,
  describeLoop,
  loopRefusalMessage,
  removeDependency,
  type AddDependencyResult,
} from './dependencies';
export {
  computeCriticalPath,
  criticalTaskIds,
  slackHint,
  type CriticalPathOptions,
  type TaskSchedule,
} from './cpm';
export {
  moveTasks,
  rescheduleTasks,
  resizeTask,
  setTaskDates,
  type DateEdit,
  type MoveOptions,
} from './move';
export { applyConflictFix, conflictsByTask, type ConflictFix, type TaskConflict } from './fixes';
export { countOverdue, isOverdue } from './overdue';
export {
  describeProblem,
  findScheduleProblems,
  type ScheduleInput,
  type ScheduleProblem,
  type ScheduleProblemKind,
  type ScheduleProblemOptions,
} from './problems';
export type { Locale } from './locale';
