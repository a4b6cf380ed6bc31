/** Scheduling of a plan's tasks: pure functions the timeline calls on every edit. */
export { findCycle, successorsOf } from './graph';
export { addDependency, loopRefusalMessage, removeDependency } from './dependencies';
export { computeCriticalPath, slackHint, type TaskSchedule } from './cpm';
export { moveTasks, resizeTask, setTaskDates } from './move';
export { describeProblem, findScheduleProblems, type ScheduleProblem } from './problems';
