import type { Goal } from '../domain';

/** The parts of a SMART goal a planner can leave out; the UI translates each key. */
export type SmartGap = 'title' | 'metric' | 'target' | 'baseline' | 'deadline';

export interface SmartCheck {
  isSmart: boolean;
  /** In the order a planner fills a goal in. */
  missing: SmartGap[];
}

type SmartFields = Pick<Goal, 'title' | 'metric' | 'target' | 'baseline' | 'deadline'>;

/**
 * A goal is vague when it lacks what it is about (title), how it is measured (metric), the number
 * to reach (target), the number it starts from (baseline) or when (deadline). Achievable and
 * relevant are judgements the app cannot make; the goal's rationale is where the planner argues them.
 */
export function checkGoalSmart(goal: SmartFields): SmartCheck {
  const missing: SmartGap[] = [];
  if (goal.title.trim() === '') missing.push('title');
  if (goal.metric === null) missing.push('metric');
  if (!isNumber(goal.target)) missing.push('target');
  if (!isNumber(goal.baseline)) missing.push('baseline');
  if (goal.deadline === null || goal.deadline === '') missing.push('deadline');
  return { isSmart: missing.length === 0, missing };
}

function isNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}
