import type { BudgetLine, BudgetLineId, PlanDocument } from '../domain';
import { multiplyRound } from './exact';

/**
 * Budget totals: subtotals by category, channel and phase, variance, burn, the plan's cap and
 * contingency reserve, and the warnings a planner must see.
 *
 * Definitions (each is additive, so the groups always sum to the total):
 * - planned / committed: sums of the lines' amounts.
 * - actual: sum of the recorded actuals; lines with no actual yet count as 0.
 * - variance = actual − planned, over the lines that HAVE an actual. A line not yet spent has no
 *   variance: counting its whole plan as "under budget" would hide real overspends elsewhere.
 * - burn = actual ÷ planned over all lines (how much of the plan has been spent); null when
 *   nothing is planned.
 */

export interface BudgetTotals {
  plannedMinor: number;
  committedMinor: number;
  actualMinor: number;
  varianceMinor: number;
  /** actual ÷ planned, a fraction; null when planned is 0. */
  burn: number | null;
  lineCount: number;
  linesWithActual: number;
}

export type BudgetGroupBy = 'category' | 'channel' | 'phase';

export interface BudgetGroup extends BudgetTotals {
  /** The category / channel / phase id; null for lines that have none. */
  key: string | null;
}

export type BudgetWarning =
  /** Planned allocations exceed the plan's cap. */
  | { kind: 'overCap'; plannedMinor: number; capMinor: number; overMinor: number }
  /** Planned allocations fit the cap but eat into the contingency reserve. */
  | {
      kind: 'intoReserve';
      plannedMinor: number;
      capMinor: number;
      reserveMinor: number;
      availableMinor: number;
      overMinor: number;
    }
  /** Money actually spent passes the cap. */
  | { kind: 'actualOverCap'; actualMinor: number; capMinor: number; overMinor: number }
  /** A line's actual exceeds its plan by more than 10 %. */
  | {
      kind: 'lineOverPlan';
      lineId: BudgetLineId;
      item: string;
      plannedMinor: number;
      actualMinor: number;
      overMinor: number;
      /** (actual − planned) ÷ planned; null when the line had nothing planned. */
      overRate: number | null;
    };

export interface BudgetSummary {
  total: BudgetTotals;
  byCategory: BudgetGroup[];
  byChannel: BudgetGroup[];
  byPhase: BudgetGroup[];
  capMinor: number | null;
  /**
   * The contingency reserve: a percentage of the cap (of the planned total when there is no
   * cap), rounded half-up, or a fixed amount.
   */
  reserveMinor: number;
  /** cap − reserve: what may be allocated to lines; null without a cap. */
  allocatableMinor: number | null;
  /** allocatable − planned (negative when over); null without a cap. */
  headroomMinor: number | null;
  warnings: BudgetWarning[];
}

/** A line's variance, actual − planned; null while it has no actual (docs/figures.md). */
export function lineVarianceMinor(line: Pick<BudgetLine, 'plannedMinor' | 'actualMinor'>): number | null {
  return line.actualMinor === null ? null : line.actualMinor - line.plannedMinor;
}

/** A line whose actual is more than 10 % above its plan: actual × 10 > planned × 11, exactly. */
export function isLineOverPlan(line: Pick<BudgetLine, 'plannedMinor' | 'actualMinor'>): boolean {
  return line.actualMinor !== null && line.actualMinor * 10 > line.plannedMinor * 11;
}

/**
 * Running sums of budget lines: the one accumulator of the budget's figures, used by the plan's
 * summary line by line and by the year's roll-up over the plans' totals (figures/yearRollup.ts).
 */
export interface BudgetSums {
  planned: number;
  committed: number;
  actual: number;
  /** Over the lines with an actual only, as `actual` is. */
  variance: number;
  count: number;
  withActual: number;
}
type Acc = BudgetSums;

export function emptySums(): BudgetSums {
  return { planned: 0, committed: 0, actual: 0, variance: 0, count: 0, withActual: 0 };
}

/** Adds another set of totals (a plan's, from the figures engine) to the sums. */
export function addTotals(acc: BudgetSums, t: BudgetTotals): void {
  acc.planned += t.plannedMinor;
  acc.committed += t.committedMinor;
  acc.actual += t.actualMinor;
  acc.variance += t.varianceMinor;
  acc.count += t.lineCount;
  acc.withActual += t.linesWithActual;
}

function finish(acc: Acc): BudgetTotals {
  return {
    plannedMinor: acc.planned,
    committedMinor: acc.committed,
    actualMinor: acc.actual,
    varianceMinor: acc.variance,
    burn: acc.planned === 0 ? null : acc.actual / acc.planned,
    lineCount: acc.count,
    linesWithActual: acc.withActual,
  };
}

function add(acc: Acc, line: BudgetLine): void {
  acc.planned += line.plannedMinor;
  acc.committed += line.committedMinor;
  acc.count++;
  if (line.actualMinor !== null) {
    acc.actual += line.actualMinor;
    acc.variance += line.actualMinor - line.plannedMinor;
    acc.withActual++;
  }
}

/** Groups in the order of the referenced records, then the "none" group last. */
function groups(map: Map<string | null, Acc>, order: readonly { id: string }[]): BudgetGroup[] {
  const out: BudgetGroup[] = [];
  for (const { id } of order) {
    const acc = map.get(id);
    if (acc) out.push({ key: id, ...finish(acc) });
  }
  const known = new Set(order.map((o) => o.id));
  for (const [key, acc] of map) {
    if (key !== null && !known.has(key)) out.push({ key, ...finish(acc) });
  }
  const none = map.get(null);
  if (none) out.push({ key: null, ...finish(none) });
  return out;
}

function bump(map: Map<string | null, Acc>, key: string | null, line: BudgetLine): void {
  let acc = map.get(key);
  if (!acc) {
    acc = emptySums();
    map.set(key, acc);
  }
  add(acc, line);
}

function byOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

export function computeReserveMinor(doc: PlanDocument, plannedMinor: number): number {
  const contingency = doc.plan.contingency;
  if (!contingency) return 0;
  if (contingency.kind === 'amount') return contingency.amountMinor;
  const base = doc.plan.budgetCapMinor ?? plannedMinor;
  return multiplyRound(base, contingency.rate);
}

export function computeBudgetSummary(doc: PlanDocument): BudgetSummary {
  const total = emptySums();
  const byCategory = new Map<string | null, Acc>();
  const byChannel = new Map<string | null, Acc>();
  const byPhase = new Map<string | null, Acc>();
  const warnings: BudgetWarning[] = [];
  for (const line of doc.budgetLines) {
    add(total, line);
    bump(byCategory, line.categoryId, line);
    bump(byChannel, line.channelId, line);
    bump(byPhase, line.phaseId, line);
    if (isLineOverPlan(line)) {
      const actual = line.actualMinor as number;
      warnings.push({
        kind: 'lineOverPlan',
        lineId: line.id,
        item: line.item,
        plannedMinor: line.plannedMinor,
        actualMinor: actual,
        overMinor: actual - line.plannedMinor,
        overRate: line.plannedMinor === 0 ? null : (actual - line.plannedMinor) / line.plannedMinor,
      });
    }
  }
  const capMinor = doc.plan.budgetCapMinor;
  const reserveMinor = computeReserveMinor(doc, total.planned);
  const allocatableMinor = capMinor === null ? null : capMinor - reserveMinor;
  const capWarnings: BudgetWarning[] = [];
  if (capMinor !== null && allocatableMinor !== null) {
    if (total.planned > capMinor) {
      capWarnings.push({
        kind: 'overCap',
        plannedMinor: total.planned,
        capMinor,
        overMinor: total.planned - capMinor,
      });
    } else if (total.planned > allocatableMinor) {
      capWarnings.push({
        kind: 'intoReserve',
        plannedMinor: total.planned,
        capMinor,
        reserveMinor,
        availableMinor: allocatableMinor,
        overMinor: total.planned - allocatableMinor,
      });
    }
    if (total.actual > capMinor) {
      capWarnings.push({
        kind: 'actualOverCap',
        actualMinor: total.actual,
        capMinor,
        overMinor: total.actual - capMinor,
      });
    }
  }
  return {
    total: finish(total),
    byCategory: groups(byCategory, byOrder(doc.budgetCategories)),
    byChannel: groups(byChannel, byOrder(doc.channels)),
    byPhase: groups(byPhase, byOrder(doc.phases)),
    capMinor,
    reserveMinor,
    allocatableMinor,
    headroomMinor: allocatableMinor === null ? null : allocatableMinor - total.planned,
    warnings: [...capWarnings, ...warnings],
  };
}

export function groupsOf(summary: BudgetSummary, by: BudgetGroupBy): BudgetGroup[] {
  return by === 'category' ? summary.byCategory : by === 'channel' ? summary.byChannel : summary.byPhase;
}
