import { addDays, diffDays, type IsoDate, type NamedBaseline, type Plan, type PlanDocument } from '../domain';
import { pairedSums, shopDays, type ActualFigures } from '../review/actualsTotals';
import { divideMoneyRoundHalfUp } from '../review/attainment';
import { namedBaselinesOf } from '../review/baselines';
import { dailyActuals } from './dailyActuals';

/**
 * The campaign against its named baselines (docs/baselines.md): per-day averages of the shop's
 * daily figures (the review's own shop days) and the engine's AOV, on the days each baseline
 * picks — before the campaign, last year's campaign aligned on the peak, the weeks after.
 */

export const baselineKpis = ['gmv', 'uv', 'buyers', 'orders', 'aov'] as const;
export type BaselineKpi = (typeof baselineKpis)[number];

type ShopDay = { date: IsoDate; figures: ActualFigures };
type Summed = 'gmvMinor' | 'uv' | 'buyers' | 'orders';

/** GMV, UV, buyers, orders per day (over the days reporting each) and AOV; null = unknown. */
export type KpiValues = Record<BaselineKpi, number | null>;

export interface KpiLift {
  kpi: BaselineKpi;
  campaign: number | null;
  baseline: number | null;
  /** campaign ÷ baseline − 1; null when either is unknown or the baseline is 0. */
  lift: number | null;
}

interface DaySums {
  days: number;
  totals: Record<Summed, number | null>;
  values: KpiValues;
}

function sumDays(days: readonly ShopDay[]): DaySums {
  const totals: Record<Summed, number | null> = { gmvMinor: null, uv: null, buyers: null, orders: null };
  const counts: Record<Summed, number> = { gmvMinor: 0, uv: 0, buyers: 0, orders: 0 };
  for (const d of days)
    for (const key of Object.keys(totals) as Summed[]) {
      const v = d.figures[key];
      if (v === null) continue;
      totals[key] = (totals[key] ?? 0) + v;
      counts[key] += 1;
    }
  const perDay = (key: Summed) => (totals[key] === null ? null : totals[key] / counts[key]);
  // AOV over the days with both GMV and buyers, as the review's (docs/figures.md).
  const { aov } = pairedSums(days.map((d) => d.figures));
  return {
    days: days.length,
    totals,
    values: {
      gmv: perDay('gmvMinor'),
      uv: perDay('uv'),
      buyers: perDay('buyers'),
      orders: perDay('orders'),
      aov: aov && aov.denominator > 0 ? divideMoneyRoundHalfUp(aov.numerator, aov.denominator) : null,
    },
  };
}

function liftsOf(campaign: KpiValues, baseline: KpiValues | null, isSameCurrency = true): KpiLift[] {
  return baselineKpis.map((kpi) => {
    const a = campaign[kpi];
    const b = baseline?.[kpi] ?? null;
    const isMoney = kpi === 'gmv' || kpi === 'aov';
    const lift = a === null || b === null || b === 0 || (isMoney && !isSameCurrency) ? null : a / b - 1;
    return { kpi, campaign: a, baseline: b, lift };
  });
}

export interface BeforeFigures {
  kind: 'before';
  baseline: Extract<NamedBaseline, { kind: 'before' }>;
  days: number;
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  lifts: KpiLift[];
}

export interface AlignedDay {
  /** T = date − peak in days (0 = the peak day). */
  offset: number;
  thisDate: IsoDate;
  thisGmvMinor: number | null;
  lastDate: IsoDate;
  lastGmvMinor: number | null;
}

export interface LastYearFigures {
  kind: 'lastYear';
  baseline: Extract<NamedBaseline, { kind: 'lastYear' }>;
  /** 'notPicked': no plan chosen; 'missing': the chosen plan is no longer in the library. */
  status: 'ok' | 'notPicked' | 'missing';
  source: Pick<Plan, 'id' | 'name' | 'peakDate' | 'currency'> | null;
  /** Money of the two plans is in different currencies: GMV and AOV lifts are blank. */
  isOtherCurrency: boolean;
  days: number;
  lifts: KpiLift[];
  aligned: AlignedDay[];
}

export interface LongTailWeek {
  week: number;
  from: IsoDate;
  to: IsoDate;
  days: number;
  gmvMinor: number | null;
  uv: number | null;
  buyers: number | null;
  orders: number | null;
  /** (buyers − new customers) ÷ buyers over the days reporting both. */
  returningShare: number | null;
  /** The week's per-day figures against the before-the-campaign baseline. */
  lifts: KpiLift[];
}

export interface LongTailFigures {
  kind: 'longTail';
  baseline: Extract<NamedBaseline, { kind: 'longTail' }>;
  start: IsoDate;
  /** The before-the-campaign baseline compared with; null when the plan has none. */
  against: Extract<NamedBaseline, { kind: 'before' }> | null;
  weeks: LongTailWeek[];
}

export type BaselineFigures = BeforeFigures | LastYearFigures | LongTailFigures;

export interface BaselineComparison {
  /** The campaign's per-day values and AOV. */
  campaign: KpiValues;
  baselines: BaselineFigures[];
}

function campaignDays(doc: PlanDocument): ShopDay[] {
  return shopDays(dailyActuals(doc), 'campaign');
}

function beforeDays(doc: PlanDocument, b: Extract<NamedBaseline, { kind: 'before' }>): ShopDay[] {
  return shopDays(doc.actuals, 'baseline').filter(
    (d) =>
      d.date < doc.plan.startDate &&
      (b.from === null || d.date >= b.from) &&
      (b.to === null || d.date <= b.to),
  );
}

/** The day after the last 返场 phase, or after the plan's end when it has none. */
export function longTailStart(doc: PlanDocument): IsoDate {
  const encores = doc.phases.filter((p) => p.kind === 'encore').map((p) => p.endDate);
  const end = encores.length > 0 ? encores.reduce((a, b) => (a > b ? a : b)) : doc.plan.endDate;
  return addDays(end, 1);
}

function lastYear(
  doc: PlanDocument,
  b: Extract<NamedBaseline, { kind: 'lastYear' }>,
  own: readonly ShopDay[],
  campaign: KpiValues,
  library: readonly PlanDocument[],
): LastYearFigures {
  const source = b.sourcePlanId === null ? null : library.find((d) => d.plan.id === b.sourcePlanId);
  if (!source)
    return {
      kind: 'lastYear',
      baseline: b,
      status: b.sourcePlanId === null ? 'notPicked' : 'missing',
      source: null,
      isOtherCurrency: false,
      days: 0,
      lifts: liftsOf(campaign, null),
      aligned: [],
    };
  const peak = doc.plan.peakDate;
  const lastPeak = source.plan.peakDate;
  const offsets = new Set(own.map((d) => diffDays(peak, d.date)));
  const theirs = campaignDays(source);
  const matched = theirs.filter((d) => offsets.has(diffDays(lastPeak, d.date)));
  const isSameCurrency = source.plan.currency === doc.plan.currency;
  const ownGmv = new Map(own.map((d) => [diffDays(peak, d.date), d.figures.gmvMinor]));
  const theirGmv = new Map(theirs.map((d) => [diffDays(lastPeak, d.date), d.figures.gmvMinor]));
  const aligned: AlignedDay[] = [];
  for (let t = diffDays(peak, doc.plan.startDate); t <= diffDays(peak, doc.plan.endDate); t += 1) {
    const thisGmvMinor = ownGmv.get(t) ?? null;
    const lastGmvMinor = theirGmv.get(t) ?? null;
    if (thisGmvMinor === null && lastGmvMinor === null) continue;
    aligned.push({
      offset: t,
      thisDate: addDays(peak, t),
      thisGmvMinor,
      lastDate: addDays(lastPeak, t),
      lastGmvMinor,
    });
  }
  const { id, name, peakDate, currency } = source.plan;
  return {
    kind: 'lastYear',
    baseline: b,
    status: 'ok',
    source: { id, name, peakDate, currency },
    isOtherCurrency: !isSameCurrency,
    days: matched.length,
    lifts: liftsOf(campaign, sumDays(matched).values, isSameCurrency),
    aligned,
  };
}

function longTail(
  doc: PlanDocument,
  b: Extract<NamedBaseline, { kind: 'longTail' }>,
  list: readonly NamedBaseline[],
): LongTailFigures {
  const befores = list.filter((x): x is Extract<NamedBaseline, { kind: 'before' }> => x.kind === 'before');
  const against = befores.find((x) => x.id === b.compareWithId) ?? befores[0] ?? null;
  const reference = against ? sumDays(beforeDays(doc, against)).values : null;
  // A date's campaign row (war room hours included) wins over its row typed outside the campaign.
  const byDate = new Map<IsoDate, ActualFigures>();
  for (const d of shopDays(doc.actuals, 'baseline')) byDate.set(d.date, d.figures);
  for (const d of campaignDays(doc)) byDate.set(d.date, d.figures);
  const start = longTailStart(doc);
  const weeks: LongTailWeek[] = [];
  for (let k = 1; k <= b.weeks; k += 1) {
    const from = addDays(start, 7 * (k - 1));
    const to = addDays(from, 6);
    const days = [...byDate.entries()]
      .filter(([date]) => date >= from && date <= to)
      .map(([date, figures]) => ({ date, figures }));
    const sums = sumDays(days);
    let buyers = 0;
    let returning = 0;
    for (const d of days)
      if (d.figures.buyers !== null && d.figures.newCustomers !== null) {
        buyers += d.figures.buyers;
        returning += d.figures.buyers - d.figures.newCustomers;
      }
    weeks.push({
      week: k,
      from,
      to,
      days: days.length,
      gmvMinor: sums.totals.gmvMinor,
      uv: sums.totals.uv,
      buyers: sums.totals.buyers,
      orders: sums.totals.orders,
      returningShare: buyers > 0 ? returning / buyers : null,
      lifts: liftsOf(sums.values, reference),
    });
  }
  return { kind: 'longTail', baseline: b, start, against, weeks };
}

/**
 * Every named baseline of the plan against its campaign. `library` holds the other plans (only
 * those a last-year baseline names are read).
 */
export function compareWithBaselines(
  doc: PlanDocument,
  library: readonly PlanDocument[],
): BaselineComparison {
  const own = campaignDays(doc);
  const campaign = sumDays(own).values;
  const list = namedBaselinesOf(doc);
  return {
    campaign,
    baselines: list.map((b): BaselineFigures => {
      if (b.kind === 'lastYear') return lastYear(doc, b, own, campaign, library);
      if (b.kind === 'longTail') return longTail(doc, b, list);
      const days = beforeDays(doc, b);
      return {
        kind: 'before',
        baseline: b,
        days: days.length,
        firstDate: days[0]?.date ?? null,
        lastDate: days.at(-1)?.date ?? null,
        lifts: liftsOf(campaign, sumDays(days).values),
      };
    }),
  };
}
