import type { CompareRow, CompareUnit, Comparison, Delta } from '../../../../shared/compare/compare';
import type { Formatters, Locale } from '../../i18n';
import type { AppMessages } from '../../i18n/messages';
import { formatGoalValue } from '../review/formatValue';
import type { compareMessages } from './messages';
import { compareRowName } from './rowName';

type CompareText = (typeof compareMessages)['zh-CN'];

/** The comparison's sections in the order the screen and the PDF show them. */
export const compareSectionOrder: CompareRow['section'][] = [
  'actual',
  'forecast',
  'goals',
  'budget',
  'score',
];

/** One value of a comparison row as the screen, the PDF and a planner read it; blank is "—". */
export function formatCompareValue(
  f: Formatters,
  unit: CompareUnit,
  v: number | null,
  currency: string,
): string {
  // A score is a plain number with one decimal, attainment and profit ROI a percentage with one
  // (as the review shows them); every other unit reads as a goal's value does.
  if (unit === 'score') return v === null ? '—' : f.number(v, 1);
  if (unit === 'percent') return v === null ? '—' : f.percent(v, 1, { fixed: true });
  return formatGoalValue(f, unit, v, currency);
}

const signed = (v: number, text: string) => (v > 0 ? `+${text}` : text);

/** A plan's difference from the reference: "+¥10,000.00 · +50.0 %", rates in points; null when blank. */
export function compareDeltaText(
  f: Formatters,
  c: CompareText,
  d: Delta,
  unit: CompareUnit,
  currency: string,
): string | null {
  if (d.delta === null) return null;
  const main =
    unit === 'rate' || unit === 'percent'
      ? c.points(signed(d.delta, f.number(d.delta * 100, unit === 'rate' ? 2 : 1)))
      : signed(d.delta, formatCompareValue(f, unit, d.delta, currency));
  return d.pct === null ? main : `${main} · ${signed(d.pct, f.percent(d.pct, 1))}`;
}

/** A goal row's cell detail: "actual … / target …" in the goal's unit; null for other rows. */
export function compareGoalText(
  f: Formatters,
  c: CompareText,
  row: CompareRow,
  i: number,
  currency: string,
): string | null {
  const goal = row.goals?.[i] ?? null;
  if (!goal) return null;
  return c.goalDetail(
    formatGoalValue(f, goal.unit, goal.actual, currency),
    formatGoalValue(f, goal.unit, goal.target, currency),
  );
}

/** Every row of one section as text: name, then each plan's value with its delta from the reference. */
export function compareSectionRows(
  comparison: Comparison,
  section: CompareRow['section'],
  texts: { f: Formatters; c: CompareText; m: AppMessages; locale: Locale },
): string[][] {
  const { f, c, m, locale } = texts;
  return comparison.rows
    .filter((r) => r.section === section)
    .map((row) => [
      compareRowName(row, c, m, locale),
      ...comparison.plans.map((p, i) => {
        const value = formatCompareValue(f, row.unit, row.values[i] ?? null, p.currency);
        const delta = compareDeltaText(f, c, row.deltas[i]!, row.unit, p.currency);
        return delta ? `${value} (${delta})` : value;
      }),
    ]);
}
