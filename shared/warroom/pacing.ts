import type { ChannelId, HourKey, IsoDate, PlanDocument } from '../domain';
import { defaultDayShares, hourShares, type DayShares } from './curve';
import { hourKey, nextHour } from './hours';
import { hourlyIndex, recordsOfDay, sumDay, type DaySums, type HourlyIndex } from './hourlyIndex';

/** docs/warroom.md "Pacing": every figure of the war room at a moment `at`. */
export interface HourPace {
  hour: HourKey;
  /** Shop GMV of the hour; null when the hour has not elapsed or has no data. */
  gmvMinor: number | null;
  targetMinor: number;
  uv: number | null;
  buyers: number | null;
  orders: number | null;
  /** buyers ÷ UV, null without both. */
  conversion: number | null;
}

export interface ChannelPace {
  channelId: ChannelId;
  name: string;
  gmvMinor: number;
  spendMinor: number;
  /** 投产比 so far: GMV ÷ spend; null without spend. */
  roas: number | null;
  /** Planned 投产比: expected UV × CVR × AOV ÷ planned spend; null when any is missing. */
  planRoas: number | null;
  plannedSpendMinor: number | null;
  /** Spend to date ÷ (planned spend × elapsed share); null without a plan. */
  spendPace: number | null;
}

export interface SkuPace {
  sku: string;
  name: string;
  unitsSold: number;
  gmvMinor: number;
  stock: number | null;
  /** Units an hour over the last 3 elapsed hours. */
  sellThroughPerHour: number;
  /** stock ÷ sell-through; null when nothing sold or no stock known. */
  hoursOfCover: number | null;
}

export interface Pacing {
  at: HourKey;
  /**
   * Whether any shop or channel figure has elapsed by `at`. Without one, `at` is only the first
   * campaign hour, and the screen says there are no live figures yet instead of "as of" it.
   */
  hasData: boolean;
  /** The last elapsed hour (the one before `at`). */
  lastHour: HourKey;
  gmv: {
    goalMinor: number | null;
    actualMinor: number;
    targetToDateMinor: number | null;
    pace: number | null;
    elapsedShare: number;
    neededPerHourMinor: number | null;
    projectedByCurveMinor: number | null;
    projectedByRunRateMinor: number | null;
    gapByCurveMinor: number | null;
    gapByRunRateMinor: number | null;
  };
  /** The 24 hours of the day of the last elapsed hour. */
  hours: HourPace[];
  days: { date: IsoDate; actualMinor: number; targetMinor: number | null }[];
  phases: { name: string; actualMinor: number; targetToDateMinor: number | null }[];
  channels: ChannelPace[];
  spend: { actualMinor: number; plannedMinor: number | null; pace: number | null };
  skus: SkuPace[];
  refundRate: number | null;
  complaintRate: number | null;
}

/** The plan's GMV goal in minor units (the first goal with metric GMV in money), or null. */
export function gmvGoalMinor(doc: PlanDocument): number | null {
  const g = [...doc.goals]
    .sort((a, b) => a.order - b.order)
    .find((x) => x.metric === 'gmv' && x.unit === 'money');
  return g?.target ?? null;
}

/**
 * The hour after the latest shop or channel data; without any, the first campaign hour (00:00 of
 * the first day with a share of the goal — not the plan's first day, which is often preparation).
 */
export function defaultAt(
  doc: PlanDocument,
  index: HourlyIndex = hourlyIndex(doc.hourly),
  dayShares: DayShares = defaultDayShares(doc),
): HourKey {
  let last: HourKey | null = null;
  for (const { sums } of index.days.values())
    for (const h of [...sums.shop.keys(), ...sums.channelHour.keys()])
      if (last === null || h > last) last = h;
  if (last) return nextHour(last);
  let first: IsoDate | null = null;
  for (const [date, share] of dayShares) if (share > 0 && (first === null || date < first)) first = date;
  return hourKey(first ?? doc.plan.startDate, 0);
}

// The order of localeCompare, without building a collator for each of the ~1,500 comparisons of
// 200 SKUs (it was most of the time pacing took after a new hour).
const bySku = new Intl.Collator();

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

interface HourSums {
  gmv: number;
  uv: number | null;
  buyers: number | null;
  orders: number | null;
  refunds: number;
  complaints: number;
}

/** One hour's figures from the day that holds it: the shop row, else the channels' sum. */
function hourSums(day: DaySums, hour: HourKey): HourSums | null {
  const s = day.shop.get(hour);
  const c = day.channelHour.get(hour);
  if (s) {
    return {
      gmv: s.gmvMinor ?? c ?? 0,
      uv: s.uv,
      buyers: s.buyers,
      orders: s.orders,
      refunds: s.refundsMinor ?? 0,
      complaints: s.complaints ?? 0,
    };
  }
  return c === undefined ? null : { gmv: c, uv: null, buyers: null, orders: null, refunds: 0, complaints: 0 };
}

interface DayFigures {
  /** Hours with shop or channel data. */
  hours: number;
  gmv: number;
  refunds: number;
  complaints: number;
  orders: number;
}

// A day's sums never change (a new hour makes new sums for its day), so their figures are kept.
const figuresOfDay = new WeakMap<DaySums, DayFigures>();

function dayFigures(day: DaySums): DayFigures {
  let f = figuresOfDay.get(day);
  if (f) return f;
  f = { hours: 0, gmv: 0, refunds: 0, complaints: 0, orders: 0 };
  for (const h of new Set([...day.shop.keys(), ...day.channelHour.keys()])) {
    const s = hourSums(day, h)!;
    f.hours++;
    f.gmv += s.gmv;
    f.refunds += s.refunds;
    f.complaints += s.complaints;
    f.orders += s.orders ?? 0;
  }
  figuresOfDay.set(day, f);
  return f;
}

type Totals = Pick<DaySums, 'channels' | 'skus'>;

function addDay(into: Totals, day: DaySums): void {
  for (const [id, v] of day.channels) {
    const c = into.channels.get(id);
    if (c) {
      c.gmv += v.gmv;
      c.spend += v.spend;
    } else into.channels.set(id, { ...v });
  }
  for (const [sku, v] of day.skus) {
    const s = into.skus.get(sku);
    if (!s) {
      into.skus.set(sku, { ...v });
      continue;
    }
    s.units += v.units;
    s.gmv += v.gmv;
    if (v.stockHour !== null && (s.stockHour === null || v.stockHour > s.stockHour)) {
      s.stock = v.stock;
      s.stockHour = v.stockHour;
    }
    if (v.nameHour !== null && (s.nameHour === null || v.nameHour < s.nameHour)) {
      s.name = v.name;
      s.nameHour = v.nameHour;
    }
  }
}

const copyTotals = (t: Totals): Totals => ({
  channels: new Map([...t.channels].map(([k, v]) => [k, { ...v }])),
  skus: new Map([...t.skus].map(([k, v]) => [k, { ...v }])),
});

// The channel and SKU totals of the days before the last, kept for the next call: when an hour
// arrives only the last day changes, so 29 days of 200 SKUs are not added up again.
let before: { days: readonly DaySums[]; totals: Totals } | null = null;

/** Channel and SKU totals over `days` (in date order). */
function channelAndSkuTotals(days: readonly DaySums[]): Totals {
  const head = days.slice(0, -1);
  const same =
    before !== null && before.days.length === head.length && head.every((d, i) => d === before!.days[i]);
  if (!same) {
    const totals: Totals = { channels: new Map(), skus: new Map() };
    for (const d of head) addDay(totals, d);
    before = { days: head, totals };
  }
  const out = copyTotals(before!.totals);
  if (days.length > 0) addDay(out, days[days.length - 1]!);
  return out;
}

export function computePacing(
  doc: PlanDocument,
  options: { at?: HourKey | null; dayShares?: DayShares | null; index?: HourlyIndex } = {},
): Pacing {
  const index = options.index ?? hourlyIndex(doc.hourly);
  const dayShares = options.dayShares ?? defaultDayShares(doc);
  const at = options.at ?? defaultAt(doc, index, dayShares);
  const shares = hourShares(doc, dayShares);
  const goal = gmvGoalMinor(doc);

  // The elapsed records, by day: the days before `at`'s from the index (summed once, reused while
  // their records stay the same), the day of `at` up to `at`.
  const atDate = at.slice(0, 10);
  const elapsedDays: DaySums[] = [];
  const byDate = new Map<IsoDate, DaySums>();
  for (const bucket of [...index.days.values()].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (bucket.date > atDate) continue;
    const day =
      bucket.date < atDate
        ? bucket.sums
        : sumDay(
            bucket.positions.map((p) => index.records[p]!),
            at,
          );
    elapsedDays.push(day);
    byDate.set(bucket.date, day);
  }
  const { channels: channelSums, skus: skuSums } = channelAndSkuTotals(elapsedDays);
  const sums = (hour: HourKey): HourSums | null => {
    const day = byDate.get(hour.slice(0, 10));
    return day ? hourSums(day, hour) : null;
  };

  // Elapsed: every hour before `at` — campaign hours by their share, data hours by their figures.
  let actual = 0;
  let refunds = 0;
  let complaints = 0;
  let orders = 0;
  const dayActual = new Map<IsoDate, number>();
  for (const [date, day] of byDate) {
    const f = dayFigures(day);
    actual += f.gmv;
    refunds += f.refunds;
    complaints += f.complaints;
    orders += f.orders;
    if (f.hours > 0) dayActual.set(date, f.gmv);
  }
  let elapsed = 0;
  let remainingHours = 0;
  const elapsedCampaignHours: HourKey[] = [];
  for (const [h, share] of shares) {
    if (h < at) {
      elapsed += share;
      if (share > 0) elapsedCampaignHours.push(h);
    } else if (share > 0) remainingHours++;
  }
  elapsedCampaignHours.sort();
  const targetToDate = goal === null ? null : Math.round(goal * elapsed);
  const last3 = elapsedCampaignHours.slice(-3);
  const last3Actual = last3.reduce((s, h) => s + (sums(h)?.gmv ?? 0), 0);
  const last3Share = last3.reduce((s, h) => s + (shares.get(h) ?? 0), 0);
  const runRate = goal !== null && last3Share > 0 ? last3Actual / (goal * last3Share) : null;
  const byCurve = elapsed > 0 ? Math.round(actual / elapsed) : null;
  const byRunRate =
    goal !== null && runRate !== null && targetToDate !== null
      ? Math.round(actual + runRate * (goal - goal * elapsed))
      : null;

  const lastHour = elapsedCampaignHours[elapsedCampaignHours.length - 1] ?? at;
  const day = lastHour.slice(0, 10);
  const hours: HourPace[] = Array.from({ length: 24 }, (_, i) => {
    const hour = hourKey(day, i);
    const s = hour < at ? sums(hour) : null;
    return {
      hour,
      gmvMinor: s ? s.gmv : null,
      targetMinor: goal === null ? 0 : Math.round(goal * (shares.get(hour) ?? 0)),
      uv: s?.uv ?? null,
      buyers: s?.buyers ?? null,
      orders: s?.orders ?? null,
      conversion: s && s.uv !== null && s.buyers !== null ? ratio(s.buyers, s.uv) : null,
    };
  });

  const dayShare = new Map<IsoDate, number>();
  for (const [h, share] of shares) dayShare.set(h.slice(0, 10), (dayShare.get(h.slice(0, 10)) ?? 0) + share);
  const days = [...dayShare.keys()]
    .filter((d) => (dayShare.get(d) ?? 0) > 0 || dayActual.has(d))
    .sort()
    .map((date) => ({
      date,
      actualMinor: dayActual.get(date) ?? 0,
      targetMinor: goal === null ? null : Math.round(goal * (dayShare.get(date) ?? 0)),
    }));

  const phases = [...doc.phases]
    .sort((a, b) => a.order - b.order)
    .map((p) => {
      let a = 0;
      let e = 0;
      for (const d of days) if (d.date >= p.startDate && d.date <= p.endDate) a += d.actualMinor;
      for (const [h, share] of shares) {
        const d = h.slice(0, 10);
        if (h < at && d >= p.startDate && d <= p.endDate) e += share;
      }
      return { name: p.name, actualMinor: a, targetToDateMinor: goal === null ? null : Math.round(goal * e) };
    });

  const channels: ChannelPace[] = doc.channels.map((c) => {
    const s = channelSums.get(c.id) ?? { gmv: 0, spend: 0 };
    const plannedGmv =
      c.expectedUv !== null && c.cvr !== null && c.aovMinor !== null
        ? c.expectedUv * c.cvr * c.aovMinor
        : null;
    const planned = c.plannedSpendMinor;
    return {
      channelId: c.id,
      name: c.name,
      gmvMinor: s.gmv,
      spendMinor: s.spend,
      roas: ratio(s.gmv, s.spend),
      planRoas: plannedGmv !== null && planned ? plannedGmv / planned : null,
      plannedSpendMinor: planned,
      spendPace: planned ? ratio(s.spend, planned * elapsed) : null,
    };
  });
  const spendActual = channels.reduce((s, c) => s + c.spendMinor, 0);
  const plannedTotal = doc.channels.some((c) => c.plannedSpendMinor !== null)
    ? doc.channels.reduce((s, c) => s + (c.plannedSpendMinor ?? 0), 0)
    : null;

  const productName = new Map(doc.products.map((p) => [p.sku, p.name]));
  // Sell-through: units of the last 3 elapsed campaign hours, from the records of their days.
  const recent = new Set(elapsedCampaignHours.slice(-3));
  const recentUnits = new Map<string, number>();
  for (const date of new Set([...recent].map((h) => h.slice(0, 10)))) {
    for (const r of recordsOfDay(index, date)) {
      if (r.sku !== null && recent.has(r.hour))
        recentUnits.set(r.sku, (recentUnits.get(r.sku) ?? 0) + (r.units ?? 0));
    }
  }
  const skus: SkuPace[] = [...skuSums.entries()].map(([sku, s]) => {
    const perHour = (recentUnits.get(sku) ?? 0) / 3;
    return {
      sku,
      name: s.name || (productName.get(sku) ?? sku),
      unitsSold: s.units,
      gmvMinor: s.gmv,
      stock: s.stock,
      sellThroughPerHour: perHour,
      hoursOfCover: s.stock !== null && perHour > 0 ? s.stock / perHour : null,
    };
  });
  skus.sort((a, b) => b.gmvMinor - a.gmvMinor || bySku.compare(a.sku, b.sku));

  return {
    at,
    // elapsedDays hold only the hours before `at`.
    hasData: elapsedDays.some((d) => d.shop.size > 0 || d.channelHour.size > 0),
    lastHour,
    gmv: {
      goalMinor: goal,
      actualMinor: actual,
      targetToDateMinor: targetToDate,
      pace: targetToDate ? actual / targetToDate : null,
      elapsedShare: elapsed,
      neededPerHourMinor:
        goal !== null && remainingHours > 0 ? Math.round((goal - actual) / remainingHours) : null,
      projectedByCurveMinor: byCurve,
      projectedByRunRateMinor: byRunRate,
      gapByCurveMinor: byCurve !== null && goal !== null ? byCurve - goal : null,
      gapByRunRateMinor: byRunRate !== null && goal !== null ? byRunRate - goal : null,
    },
    hours,
    days,
    phases,
    channels,
    spend: {
      actualMinor: spendActual,
      plannedMinor: plannedTotal,
      pace: plannedTotal ? ratio(spendActual, plannedTotal * elapsed) : null,
    },
    skus,
    refundRate: ratio(refunds, actual),
    complaintRate: ratio(complaints, orders),
  };
}
