/** Scheduling of a plan's tasks: pure functions every editor (table, timeline, import) calls. */
export { findCycle, successorChain, successorsOf } from './graph';
export { addDependency, loopRefusalMessage, removeDependency } from './dependencies';
export { computeCriticalPath, slackHint, type TaskSchedule } from './cpm';
export { moveTasks, rescheduleTasks, resizeTask, setTaskDates, type MoveOptions } from './move';
export { applyConflictFix, conflictsByTask, type ConflictFix, type TaskConflict } from './fixes';
export { countOverdue, isOverdue } from './overdue';
export {
  describeProblem,
  dismissableProblemKinds,
  findScheduleProblems,
  problemKey,
  type ScheduleProblem,
} from './problems';
