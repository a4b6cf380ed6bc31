import type { PlanDocument } from '../domain';
import type { BudgetGroup } from '../budget/totals';
import { buildSpendPacing } from './pacing';
import { phaseBandsOver, type PhaseBand } from './phaseBands';

/**
 * Chart data for the budget screen, built apart from drawing (docs/architecture.md §8). Money stays in
 * integer minor units in the data; the component formats ticks and tooltips. Series and group
 * labels come in translated from the caller (`labelOf`), so this module stays language-free.
 */

export const budgetPalette = [
  '#4263eb',
  '#f76707',
  '#12b886',
  '#ae3ec9',
  '#fab005',
  '#e03131',
  '#1098ad',
  '#82c91e',
  '#d6336c',
  '#868e96',
] as const;

export const budgetSeriesColors = { planned: '#a5d8ff', actual: '#1c7ed6', cap: '#e03131' } as const;

export interface BudgetDataset {
  label: string;
  data: (number | null)[];
  backgroundColor: string | string[];
  borderColor: string | string[];
}

export interface BudgetChartData {
  labels: string[];
  datasets: BudgetDataset[];
}

function colorAt(i: number): string {
  return budgetPalette[i % budgetPalette.length] as string;
}

/**
 * Allocation (planned) by category or by channel, as a doughnut. Groups with nothing planned
 * are left out: a zero slice says nothing.
 */
export function buildAllocationChart(
  groups: readonly BudgetGroup[],
  labelOf: (key: string | null) => string,
  seriesLabel: string,
): BudgetChartData {
  const shown = groups.filter((g) => g.plannedMinor > 0);
  const colors = shown.map((_, i) => colorAt(i));
  return {
    labels: shown.map((g) => labelOf(g.key)),
    datasets: [
      {
        label: seriesLabel,
        data: shown.map((g) => g.plannedMinor),
        backgroundColor: colors,
        borderColor: colors,
      },
    ],
  };
}

/** Planned vs actual per group (category by default), as grouped bars. */
export function buildPlannedVsActualChart(
  groups: readonly BudgetGroup[],
  labelOf: (key: string | null) => string,
  labels: { planned: string; actual: string },
): BudgetChartData {
  return {
    labels: groups.map((g) => labelOf(g.key)),
    datasets: [
      {
        label: labels.planned,
        data: groups.map((g) => g.plannedMinor),
        backgroundColor: budgetSeriesColors.planned,
        borderColor: budgetSeriesColors.planned,
      },
      {
        label: labels.actual,
        data: groups.map((g) => (g.linesWithActual > 0 ? g.actualMinor : null)),
        backgroundColor: budgetSeriesColors.actual,
        borderColor: budgetSeriesColors.actual,
      },
    ],
  };
}

export interface SpendCurveData extends BudgetChartData {
  /** The phases as bands behind the curve, clipped to the axis. */
  bands: PhaseBand[];
  /** The cap as a flat line, if the plan has one. */
  capMinor: number | null;
}

/**
 * The cumulative spend curve over the campaign dates with the phase bands. Where each line's
 * money lands on the calendar is decided by shared/charts/pacing.ts (the timeline's pacing
 * strip), so both views always agree.
 */
export function buildSpendCurveChart(
  doc: PlanDocument,
  labels: { planned: string; actual: string; cap: string },
): SpendCurveData {
  const pacing = buildSpendPacing({ lines: doc.budgetLines, phases: doc.phases, plan: doc.plan });
  const bands = phaseBandsOver(pacing.dates, doc.phases);
  const datasets: BudgetDataset[] = [
    {
      label: labels.planned,
      data: pacing.plannedCumulativeMinor,
      backgroundColor: budgetSeriesColors.planned,
      borderColor: '#4dabf7',
    },
    {
      label: labels.actual,
      data: pacing.actualCumulativeMinor,
      backgroundColor: budgetSeriesColors.actual,
      borderColor: budgetSeriesColors.actual,
    },
  ];
  const capMinor = doc.plan.budgetCapMinor;
  if (capMinor !== null) {
    datasets.push({
      label: labels.cap,
      data: pacing.dates.map(() => capMinor),
      backgroundColor: budgetSeriesColors.cap,
      borderColor: budgetSeriesColors.cap,
    });
  }
  return { labels: pacing.dates, datasets, bands, capMinor };
}
