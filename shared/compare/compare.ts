import {
  diffDays,
  phaseKinds,
  type BudgetCategoryKey,
  type GoalMetric,
  type GoalUnit,
  type Lesson,
  type PhaseKind,
  type Plan,
  type PlanDocument,
} from '../domain';
import { computeFigures, type PlanFigures } from '../figures/engine';
import { sortLessons } from '../review/lessons';
import { shownUnit } from '../review/attainment';

/**
 * Campaigns side by side (issue 14.4, docs/compare.md): the engine's figures of each plan lined
 * up, and their differences from the first (reference) plan. Nothing here computes a figure.
 */

/**
 * How a row's values read: money in minor units, a count, a ratio, a 0–100 score, and two kinds of
 * fraction shown as %: a `rate` read to two decimals like the review's (conversion 3.25 %, 让利率),
 * a `percent` to one like the review's (attainment 98.6 %, profit ROI 69.1 %).
 */
export type CompareUnit = 'money' | 'count' | 'rate' | 'percent' | 'ratio' | 'score';

export interface Delta {
  /** b − a in the row's unit; null when blank (docs/compare.md). */
  delta: number | null;
  /** (b − a) ÷ |a|; null when blank, for rates and scores, and when a is 0. */
  pct: number | null;
}

export interface CompareRow {
  /** Stable key: 'actual.gmv', 'budget.planned.advertising', 'goal.gmv' … */
  key: string;
  section: 'actual' | 'forecast' | 'budget' | 'goals' | 'score';
  unit: CompareUnit;
  /** A built-in category key or goal metric the screen names; for custom categories the name itself. */
  label: string;
  values: (number | null)[];
  /** One per plan; the reference plan's own is always blank. */
  deltas: Delta[];
  /** Goal rows: each plan's actual and target in the goal's unit. */
  goals?: ({ actual: number | null; target: number | null; unit: GoalUnit } | null)[];
}

export interface Comparison {
  plans: Pick<Plan, 'id' | 'name' | 'peakDate' | 'currency' | 'type'>[];
  rows: CompareRow[];
  /** Daily GMV aligned on the peak: T offsets and one series per plan (null = no figure). */
  aligned: { offsets: number[]; series: (number | null)[][] };
  /** GMV by phase kind, in the kinds' order; one series per plan. */
  byPhase: { kinds: PhaseKind[]; series: (number | null)[][] };
  lessons: Lesson[][];
}

export function deltaOf(a: number | null, b: number | null, unit: CompareUnit, sameCurrency = true): Delta {
  if (a === null || b === null || (unit === 'money' && !sameCurrency)) return { delta: null, pct: null };
  const delta = b - a;
  const relative = unit !== 'rate' && unit !== 'percent' && unit !== 'score' && a !== 0;
  return { delta, pct: relative ? delta / Math.abs(a) : null };
}

function row(
  key: string,
  section: CompareRow['section'],
  unit: CompareUnit,
  label: string,
  values: (number | null)[],
  currencies: readonly string[],
): CompareRow {
  const a = values[0] ?? null;
  return {
    key,
    section,
    unit,
    label,
    values,
    deltas: values.map((b, i) =>
      i === 0 ? { delta: null, pct: null } : deltaOf(a, b, unit, currencies[i] === currencies[0]),
    ),
  };
}

type Pick1 = (f: PlanFigures) => number | null;

const actualRows: [string, CompareUnit, Pick1][] = [
  ['gmv', 'money', (f) => f.campaign.totals.gmvMinor],
  ['uv', 'count', (f) => f.campaign.totals.uv],
  ['orders', 'count', (f) => f.campaign.totals.orders],
  ['conversion', 'rate', (f) => f.campaign.derived.conversion],
  ['aov', 'money', (f) => f.campaign.derived.aovMinor],
  ['roas', 'ratio', (f) => f.campaign.derived.roas],
  ['roi', 'percent', (f) => f.campaign.derived.roi],
  ['discountRate', 'rate', (f) => f.campaign.derived.discountRate],
  ['spend', 'money', (f) => f.actual.campaignCostMinor],
];

/** A forecast figure the funnel only has once a channel has UV, conversion and AOV (else unknown). */
const modelled =
  (pick: Pick1): Pick1 =>
  (f) =>
    f.recomputed.forecast.totals.isModelled ? pick(f) : null;

const forecastRows: [string, CompareUnit, Pick1][] = [
  ['gmv', 'money', modelled((f) => f.recomputed.forecast.totals.gmvMinor)],
  ['uv', 'count', (f) => f.recomputed.forecast.totals.uv],
  ['orders', 'count', modelled((f) => f.recomputed.forecast.totals.orders)],
  ['conversion', 'rate', (f) => f.recomputed.forecast.totals.conversion],
  ['aov', 'money', (f) => f.recomputed.forecast.totals.aovMinor],
  ['roas', 'ratio', (f) => f.recomputed.forecast.totals.roas],
  ['roi', 'percent', (f) => f.recomputed.forecast.totals.profitRoi],
  ['spend', 'money', (f) => f.recomputed.forecast.totals.totalCostMinor],
];

/** A category's identity across plans: its built-in key, or 'custom:' + its name. */
function categoryIdentity(key: BudgetCategoryKey, name: string): string {
  return key === 'custom' ? `custom:${name}` : key;
}

function budgetRows(docs: readonly PlanDocument[], figures: readonly PlanFigures[], currencies: string[]) {
  const order: string[] = [];
  const perPlan = figures.map((f, i) => {
    const cats = new Map(docs[i]!.budgetCategories.map((c) => [c.id as string, c]));
    const byIdentity = new Map<string, { planned: number; actual: number | null }>();
    for (const g of f.recomputed.summary.byCategory) {
      const c = g.key === null ? undefined : cats.get(g.key);
      const id = c ? categoryIdentity(c.key, c.name) : 'none';
      if (!order.includes(id)) order.push(id);
      const prev = byIdentity.get(id) ?? { planned: 0, actual: null };
      byIdentity.set(id, {
        planned: prev.planned + g.plannedMinor,
        actual: g.linesWithActual > 0 ? (prev.actual ?? 0) + g.actualMinor : prev.actual,
      });
    }
    return byIdentity;
  });
  // Every budget row is money: the planned and the actual sum of each category, then of the plans.
  const moneyRow = (key: string, label: string, values: (number | null)[]) =>
    row(`budget.${key}`, 'budget', 'money', label, values, currencies);
  const sums = ['planned', 'actual'] as const;
  const rows: CompareRow[] = [];
  for (const id of order) {
    const label = id.startsWith('custom:') ? id.slice('custom:'.length) : id;
    for (const sum of sums)
      rows.push(
        moneyRow(
          `${sum}.${id}`,
          label,
          perPlan.map((m) => m.get(id)?.[sum] ?? null),
        ),
      );
  }
  const totals = figures.map((f) => f.recomputed.summary.total);
  const totalOf = {
    planned: totals.map((t) => t.plannedMinor),
    actual: totals.map((t) => (t.linesWithActual > 0 ? t.actualMinor : null)),
  };
  for (const sum of sums) rows.push(moneyRow(`${sum}.total`, 'total', totalOf[sum]));
  return rows;
}

function goalRows(figures: readonly PlanFigures[], currencies: string[]): CompareRow[] {
  const metrics: GoalMetric[] = [];
  for (const f of figures)
    for (const g of f.goals)
      if (g.goal.metric !== null && !metrics.includes(g.goal.metric)) metrics.push(g.goal.metric);
  return metrics.map((metric) => {
    const found = figures.map((f) => f.goals.find((g) => g.goal.metric === metric) ?? null);
    return {
      ...row(
        `goal.${metric}`,
        'goals',
        'percent',
        metric,
        found.map((g) => g?.attainment ?? null),
        currencies,
      ),
      goals: found.map((g) =>
        g ? { actual: g.actual, target: g.target, unit: shownUnit(g.goal.metric, g.goal.unit) } : null,
      ),
    };
  });
}

/** Daily GMV on a common axis of days from the peak (docs/compare.md). */
export function alignOnPeak(
  plans: readonly { peakDate: string; daily: readonly { date: string; gmvMinor: number }[] }[],
) {
  let min = Infinity;
  let max = -Infinity;
  const maps = plans.map((p) => {
    const m = new Map<number, number>();
    for (const d of p.daily) {
      const t = diffDays(p.peakDate, d.date);
      m.set(t, d.gmvMinor);
      min = Math.min(min, t);
      max = Math.max(max, t);
    }
    return m;
  });
  const offsets: number[] = [];
  for (let t = min; t <= max; t++) offsets.push(t);
  return { offsets, series: maps.map((m) => offsets.map((t) => m.get(t) ?? null)) };
}

/** GMV by phase kind (docs/compare.md). */
export function byPhaseKind(figures: readonly Pick<PlanFigures, 'phaseActuals'>[]) {
  const sums = figures.map((f) => {
    const m = new Map<PhaseKind, number | null>();
    for (const p of f.phaseActuals) {
      const prev = m.get(p.kind) ?? null;
      m.set(p.kind, p.gmvMinor === null ? prev : (prev ?? 0) + p.gmvMinor);
    }
    return m;
  });
  const kinds = phaseKinds.filter((k) => sums.some((m) => m.has(k)));
  return { kinds, series: sums.map((m) => kinds.map((k) => m.get(k) ?? null)) };
}

export function comparePlans(
  docs: readonly PlanDocument[],
  precomputed?: readonly PlanFigures[],
): Comparison {
  if (docs.length < 2 || docs.length > 4) throw new Error(`Compare: pick 2 to 4 plans, got ${docs.length}.`);
  const figures = precomputed ?? docs.map((d) => computeFigures(d));
  const currencies = docs.map((d) => d.plan.currency);
  const simple = (section: 'actual' | 'forecast', list: [string, CompareUnit, Pick1][]) =>
    list.map(([key, unit, pick]) =>
      row(`${section}.${key}`, section, unit, key, figures.map(pick), currencies),
    );
  return {
    plans: docs.map(({ plan }) => ({
      id: plan.id,
      name: plan.name,
      peakDate: plan.peakDate,
      currency: plan.currency,
      type: plan.type,
    })),
    rows: [
      ...simple('actual', actualRows),
      ...simple('forecast', forecastRows),
      ...goalRows(figures, currencies),
      ...budgetRows(docs, figures, currencies),
      row(
        'score',
        'score',
        'score',
        'score',
        figures.map((f) => f.score?.score ?? null),
        currencies,
      ),
    ],
    aligned: alignOnPeak(docs.map((d, i) => ({ peakDate: d.plan.peakDate, daily: figures[i]!.daily }))),
    byPhase: byPhaseKind(figures),
    lessons: docs.map((d) => sortLessons(d.lessons)),
  };
}
