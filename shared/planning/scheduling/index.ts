/** Scheduling of a plan's tasks: pure functions every editor (table, timeline, import) calls. */
export { findCycle, successorChain, successorsOf } from './graph';
export { addDependency, loopRefusalMessage } from './dependencies';
export { computeCriticalPath, slackHint, type TaskSchedule } from './cpm';
export { rescheduleTasks, type MoveOptions } from './move';
export { applyConflictFix, conflictsByTask, type ConflictFix, type TaskConflict } from './fixes';
export { countOverdue, isOverdue } from './overdue';
export {
  describeProblem,
  dismissableProblemKinds,
  findScheduleProblems,
  type ScheduleProblem,
} from './problems';
