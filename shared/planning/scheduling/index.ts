/** Scheduling of a plan's tasks: pure functions the timeline calls on every edit. */
export { findCycle, successorsOf, topologicalOrder, wouldCreateCycle } from './graph';
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
export { moveTasks, resizeTask, setTaskDates, type MoveOptions } from './move';
export {
  describeProblem,
  dismissableProblemKinds,
  findScheduleProblems,
  problemKey,
  type ScheduleInput,
  type ScheduleProblem,
  type ScheduleProblemKind,
  type ScheduleProblemOptions,
} from './problems';
export type { Locale } from './locale';
