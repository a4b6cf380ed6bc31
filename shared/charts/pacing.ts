import type { BudgetLine, IsoDate, Phase, Plan } from '../domain';
import { fromDayNumber, toDayNumber } from '../planning/scheduling/dayNumber';
import { allocateProportionally } from '../budget/money';
import { dayShares } from '../figures/salesCurve';

/**
 * Budget pacing under the timeline: cumulative planned spend per day from the plan's budget lines,
 * and cumulative actual spend where it has been recorded, on the timeline's date axis.
 */
export interface SpendPacing {
  /** Every day of the axis, inclusive. */
  dates: IsoDate[];
  /** Planned spend up to and including each day, minor units. */
  plannedCumulativeMinor: number[];
  /** Actual spend up to and including each day; null after the last day with a recorded actual. */
  actualCumulativeMinor: (number | null)[];
}

export interface SpendPacingInput {
  lines: readonly BudgetLine[];
  phases: readonly Phase[];
  plan: Plan;
}

export interface SpendPacingOptions {
  /**
   * The axis, to match the timeline. By default it runs from the plan's start to its end, widened
   * to every day that carries money, so the last planned value is the full sum. With a narrower
   * axis, money before `from` is counted on the first day and money after `to` is left off.
   */
  from?: IsoDate;
  to?: IsoDate;
}

/**
 * Where a line's money lands:
 * - planned: spread over its phase's days by the sales curve (shared/figures/salesCurve.ts: a
 *   day weighs 1, a key moment's day 3, or the planner's own day weights) when it has a phase;
 *   otherwise on its payment date; otherwise on the plan's start. Whole minor units split with
 *   largest remainders, so the days add up to the exact amount (no float drift).
 * - actual: on its payment date; without one, where its planned money starts (phase start, else
 *   the plan's start).
 */
export function buildSpendPacing(input: SpendPacingInput, opts: SpendPacingOptions = {}): SpendPacing {
  const phaseById = new Map(input.phases.map((phase) => [phase.id, phase]));
  const planned = new Map<number, number>();
  const actual = new Map<number, number>();
  const add = (into: Map<number, number>, day: number, amount: number) =>
    into.set(day, (into.get(day) ?? 0) + amount);
  const planStart = toDayNumber(input.plan.startDate);

  for (const line of input.lines) {
    const phase = line.phaseId === null ? undefined : phaseById.get(line.phaseId);
    const payment = line.paymentDate === null ? null : toDayNumber(line.paymentDate);
    if (phase) {
      const days = dayShares(input, phase.id);
      const parts = allocateProportionally(
        line.plannedMinor,
        days.map((d) => d.weight),
      );
      days.forEach((d, i) => add(planned, toDayNumber(d.date), parts[i] ?? 0));
    } else {
      add(planned, payment ?? planStart, line.plannedMinor);
    }
    if (line.actualMinor !== null) {
      add(actual, payment ?? (phase ? toDayNumber(phase.startDate) : planStart), line.actualMinor);
    }
  }

  const moneyDays = [...planned.keys(), ...actual.keys()];
  const first = opts.from !== undefined ? toDayNumber(opts.from) : Math.min(planStart, ...moneyDays);
  const last =
    opts.to !== undefined ? toDayNumber(opts.to) : Math.max(toDayNumber(input.plan.endDate), ...moneyDays);

  const lastActualDay = actual.size === 0 ? -Infinity : Math.max(...actual.keys());
  const dates: IsoDate[] = [];
  const plannedCumulativeMinor: number[] = [];
  const actualCumulativeMinor: (number | null)[] = [];
  let plannedSum = sumBefore(planned, first);
  let actualSum = sumBefore(actual, first);
  for (let day = first; day <= last; day++) {
    plannedSum += planned.get(day) ?? 0;
    actualSum += actual.get(day) ?? 0;
    dates.push(fromDayNumber(day));
    plannedCumulativeMinor.push(plannedSum);
    actualCumulativeMinor.push(day <= lastActualDay ? actualSum : null);
  }
  return { dates, plannedCumulativeMinor, actualCumulativeMinor };
}

function sumBefore(amounts: ReadonlyMap<number, number>, day: number): number {
  let sum = 0;
  for (const [at, amount] of amounts) if (at < day) sum += amount;
  return sum;
}
