import type { Goal, GoalUnit } from '../../../../shared/domain';
import { shownUnit } from '../../../../shared/review/attainment';
import type { Formatters } from '../../i18n';

/** Shows a goal's value in its unit: money from minor units, rates as %, 投产比 as "5.80 (1:5.80)". */
export function formatGoalValue(
  f: Formatters,
  unit: GoalUnit,
  value: number | null,
  currency: string,
  customUnit = '',
): string {
  if (value === null) return '—';
  switch (unit) {
    case 'money':
      return f.money(Math.round(value), currency);
    case 'rate':
      return f.percent(value, 2, { fixed: true });
    case 'ratio':
      // As the forecast and the derived figures write 投产比 (docs/figures.md): one formatter.
      return f.ratio(value);
    case 'count':
      return f.number(value, 0);
    default:
      return `${f.number(value, 2)}${customUnit ? ` ${customUnit}` : ''}`;
  }
}

export function formatGoal(f: Formatters, goal: Goal, value: number | null, currency: string): string {
  // Profit ROI with one decimal, as docs/figures.md, the forecast and the derived figures write it.
  if (goal.metric === 'roi' && value !== null && shownUnit(goal.metric, goal.unit) === 'rate')
    return f.percent(value, 1, { fixed: true });
  return formatGoalValue(f, shownUnit(goal.metric, goal.unit), value, currency, goal.customUnit);
}

/** A goal's target with its direction: "≥ ¥300万", "≤ 5.00%", "10.00% – 15.00%". */
export function formatGoalTarget(f: Formatters, goal: Goal, currency: string): string {
  const value = (v: number | null) => formatGoal(f, goal, v, currency);
  if (goal.target === null) return '—';
  if (goal.direction === 'lower') return `≤ ${value(goal.target)}`;
  if (goal.direction === 'range') return `${value(goal.target)} – ${value(goal.targetMax)}`;
  return `≥ ${value(goal.target)}`;
}

/** Attainment as a percentage with one decimal: 0.92857 → 92.9 %. */
export function formatAttainment(f: Formatters, attainment: number | null): string {
  return attainment === null ? '—' : f.percent(attainment, 1, { fixed: true });
}

/** A change against the baseline, signed, one decimal: 1,800,000 ÷ 1,700,000 − 1 → "+5.9%"; null → "—". */
export function formatChangeVsBaseline(f: Formatters, change: number | null): string {
  if (change === null) return '—';
  return `${change > 0 ? '+' : ''}${f.percent(change, 1, { fixed: true })}`;
}

export const statusMantineColor = { met: 'green', near: 'orange', missed: 'red', unknown: 'gray' } as const;
