import type { NamedBaselineKind } from '../domain';
import {
  baselineKpis,
  type BaselineComparison,
  type BaselineFigures,
  type BaselineKpi,
  type KpiLift,
  type LongTailWeek,
} from '../figures/baselines';
import { date, money, num, text, type OutCell } from '../xlsx/write/cells';

/** The words of the review workbook's baselines sheet, as the baselines tab says them. */
export interface BaselineSheetLabels {
  kinds: Record<NamedBaselineKind, string>;
  kpis: Record<BaselineKpi, string>;
  kpi: string;
  campaign: string;
  baseline: string;
  /** Over the long tail's AOV lift (AOV against AOV). */
  lift: string;
  week: string;
  from: string;
  to: string;
  days: string;
  gmv: string;
  buyers: string;
  aov: string;
  /** Over a per-day lift column: the KPI table of a before or last-year baseline, the long tail's GMV and buyers. */
  liftPerDay: string;
  returning: string;
  /** The line under a baseline's name: its days, last year's plan, or why there is none. */
  detail: (figures: BaselineFigures) => string;
}

type Cell = OutCell | null;

const MONEY = '#,##0.00';
const PERDAY = '#,##0.0';
const LIFT = '0.0%';

const isMoney = (kpi: BaselineKpi) => kpi === 'gmv' || kpi === 'aov';
const liftOf = (lifts: readonly KpiLift[], kpi: BaselineKpi) => lifts.find((l) => l.kpi === kpi) ?? null;

/** A per-day value as the tab shows it: money rounded to the minor unit, counts as they are. */
function value(kpi: BaselineKpi, v: number | null, perMajor: number): Cell {
  if (v === null) return null;
  return isMoney(kpi) ? money(Math.round(v), perMajor, MONEY) : num(v, PERDAY);
}

const liftCell = (lift: number | null): Cell => (lift === null ? null : num(lift, LIFT));

function weekRow(w: LongTailWeek, perMajor: number): Cell[] {
  const gmv = liftOf(w.lifts, 'gmv');
  const buyers = liftOf(w.lifts, 'buyers');
  const aov = liftOf(w.lifts, 'aov');
  return [
    num(w.week),
    date(w.from),
    date(w.to),
    num(w.days),
    money(w.gmvMinor, perMajor, MONEY),
    liftCell(gmv?.lift ?? null),
    w.buyers === null ? null : num(w.buyers, '#,##0'),
    liftCell(buyers?.lift ?? null),
    value('aov', aov?.campaign ?? null, perMajor),
    liftCell(aov?.lift ?? null),
    w.returningShare === null ? null : num(w.returningShare, LIFT),
  ];
}

/**
 * The baselines sheet's tables (docs/baselines.md "In the review report"), one per named
 * baseline in the list's order, from the engine's comparison: a title row (name, kind, detail),
 * then the lift table, or for a long tail one row per week; a blank row between.
 */
export function baselineRows(
  comparison: BaselineComparison,
  labels: BaselineSheetLabels,
  perMajor: number,
): Cell[][] {
  const rows: Cell[][] = [];
  for (const b of comparison.baselines) {
    rows.push([text(b.baseline.name), text(labels.kinds[b.kind]), text(labels.detail(b))]);
    if (b.kind === 'longTail') {
      rows.push(
        [
          labels.week,
          labels.from,
          labels.to,
          labels.days,
          labels.gmv,
          labels.liftPerDay,
          labels.buyers,
          labels.liftPerDay,
          labels.aov,
          labels.lift,
          labels.returning,
        ].map(text),
      );
      for (const w of b.weeks) rows.push(weekRow(w, perMajor));
    } else {
      rows.push([labels.kpi, labels.campaign, labels.baseline, labels.liftPerDay].map(text));
      for (const kpi of baselineKpis) {
        const l = liftOf(b.lifts, kpi);
        rows.push([
          text(labels.kpis[kpi]),
          value(kpi, l?.campaign ?? null, perMajor),
          value(kpi, l?.baseline ?? null, perMajor),
          liftCell(l?.lift ?? null),
        ]);
      }
    }
    rows.push([]);
  }
  return rows;
}
