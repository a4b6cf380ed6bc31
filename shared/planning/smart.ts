import type { Goal } from '../domain';

/** The parts of a SMART goal a planner can leave out; the UI translates each key. */
export type SmartGap = 'title' | 'metric' | 'target' | 'baseline' | 'deadline';

/**
 * A target that contradicts the goal's direction (docs/figures-goals.md): a higher-is-better
 * ("growth") goal aiming below its baseline, a lower-is-better one aiming above it, a range
 * without its high end or with its ends the wrong way round.
 */
export type SmartConflict =
  'targetBelowBaseline' | 'targetAboveBaseline' | 'rangeIncomplete' | 'rangeInverted';

export interface SmartCheck {
  isSmart: boolean;
  /** In the order a planner fills a goal in. */
  missing: SmartGap[];
  conflicts: SmartConflict[];
}

type SmartFields = Pick<Goal, 'title' | 'metric' | 'target' | 'baseline' | 'deadline'> &
  Partial<Pick<Goal, 'direction' | 'targetMax'>>;

/**
 * A goal is vague when it lacks what it is about (title), how it is measured (metric), the number
 * to reach (target), the number it starts from (baseline) or when (deadline). Achievable and
 * relevant are judgements the app cannot make; the goal's rationale is where the planner argues
 * them — but a target on the wrong side of the baseline for the goal's direction is flagged.
 */
export function checkGoalSmart(goal: SmartFields): SmartCheck {
  const missing: SmartGap[] = [];
  if (goal.title.trim() === '') missing.push('title');
  if (goal.metric === null) missing.push('metric');
  if (!isNumber(goal.target)) missing.push('target');
  if (!isNumber(goal.baseline)) missing.push('baseline');
  if (goal.deadline === null || goal.deadline === '') missing.push('deadline');
  const conflicts: SmartConflict[] = [];
  const direction = goal.direction ?? 'higher';
  const { target, baseline } = goal;
  const targetMax = goal.targetMax ?? null;
  if (direction === 'range' && isNumber(target)) {
    if (!isNumber(targetMax)) conflicts.push('rangeIncomplete');
    else if (targetMax < target) conflicts.push('rangeInverted');
  }
  if (isNumber(target) && isNumber(baseline)) {
    if (direction === 'higher' && target < baseline) conflicts.push('targetBelowBaseline');
    if (direction === 'lower' && target > baseline) conflicts.push('targetAboveBaseline');
  }
  return { isSmart: missing.length === 0 && conflicts.length === 0, missing, conflicts };
}

function isNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}
