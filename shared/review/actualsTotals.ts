import { actualFigureKeys, type ActualDay, type ActualFigureKey, type ChannelId } from '../domain';

export type { ActualFigureKey } from '../domain';

/**
 * Totals of the daily actuals. A day may have a whole-shop row (channelId null) and rows per
 * channel. The shop row is the truth for the shop when it has a figure; channel rows fill in a
 * figure the shop row lacks (their sum), and are never added on top of it — that would count the
 * same visitors twice.
 */

/** Every figure summed; null where no row reported it (unknown is not zero). */
export type ActualFigures = Record<ActualFigureKey, number | null>;

/**
 * The ratios of two daily figures, each with both parts summed over the same days — the days on
 * which both were recorded (docs/figures.md "Ratios over the days both figures have"): a day with
 * buyers but no GMV entered is in neither sum of the AOV. Refunds and coupon counts are not
 * paired: they often come as one figure for the whole campaign, typed on one day.
 */
export const pairedRatios = {
  conversion: ['buyers', 'uv'],
  aov: ['gmvMinor', 'buyers'],
} as const satisfies Record<string, readonly [ActualFigureKey, ActualFigureKey]>;

export type PairedRatio = keyof typeof pairedRatios;

/** A ratio's numerator and denominator over the days that have both; null when no day has. */
export type PairedSums = Record<PairedRatio, { numerator: number; denominator: number } | null>;

export interface ActualTotals extends ActualFigures {
  /** Distinct dates with at least one row. */
  days: number;
  firstDate: string | null;
  lastDate: string | null;
  paired: PairedSums;
}

export type Period = ActualDay['period'];

function emptyFigures(): ActualFigures {
  return Object.fromEntries(actualFigureKeys.map((k) => [k, null])) as ActualFigures;
}

function addInto(target: ActualFigures, row: Partial<ActualFigures>): void {
  for (const key of actualFigureKeys) {
    const v = row[key];
    if (v === null || v === undefined) continue;
    target[key] = (target[key] ?? 0) + v;
  }
}

/** Each ratio's parts summed over the days (or rows) that have both of them. */
export function pairedSums(days: readonly Partial<ActualFigures>[]): PairedSums {
  const sums: PairedSums = { conversion: null, aov: null };
  for (const day of days)
    for (const ratio of Object.keys(pairedRatios) as PairedRatio[]) {
      const [top, bottom] = pairedRatios[ratio];
      const numerator = day[top];
      const denominator = day[bottom];
      if (numerator === null || numerator === undefined || denominator === null || denominator === undefined)
        continue;
      const sum = sums[ratio] ?? { numerator: 0, denominator: 0 };
      sums[ratio] = { numerator: sum.numerator + numerator, denominator: sum.denominator + denominator };
    }
  return sums;
}

/** The shop's figures for one day, from its shop row(s) and, where they are silent, its channel rows. */
function combineDay(rows: readonly ActualDay[]): ActualFigures {
  const shop = emptyFigures();
  const channels = emptyFigures();
  for (const row of rows) addInto(row.channelId === null ? shop : channels, row);
  const out = emptyFigures();
  for (const key of actualFigureKeys) out[key] = shop[key] ?? channels[key];
  return out;
}

/** The shop's figures per date of one period, in date order. */
export function shopDays(
  actuals: readonly ActualDay[],
  period: Period,
): { date: string; figures: ActualFigures }[] {
  const byDate = new Map<string, ActualDay[]>();
  for (const row of actuals) {
    if (row.period !== period) continue;
    const list = byDate.get(row.date);
    if (list) list.push(row);
    else byDate.set(row.date, [row]);
  }
  return [...byDate.keys()].sort().map((date) => ({ date, figures: combineDay(byDate.get(date) ?? []) }));
}

/**
 * Sums a period. With `channelId` given, only that channel's rows count (null = whole-shop rows
 * only); without it, the shop as a whole (shop rows, channel rows where the shop row is silent).
 */
export function sumActuals(
  actuals: readonly ActualDay[],
  period: Period,
  channelId?: ChannelId | null,
): ActualTotals {
  const figures = emptyFigures();
  let dates: string[];
  let summed: readonly Partial<ActualFigures>[];
  if (channelId === undefined) {
    const days = shopDays(actuals, period);
    summed = days.map((d) => d.figures);
    dates = days.map((d) => d.date);
  } else {
    const rows = actuals.filter((a) => a.period === period && a.channelId === channelId);
    summed = rows;
    dates = [...new Set(rows.map((r) => r.date))].sort();
  }
  for (const row of summed) addInto(figures, row);
  const paired = pairedSums(summed);
  return {
    ...figures,
    days: dates.length,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    paired,
  };
}
