import type { ChannelId, PlanDocument } from '../domain';
import { eachDay, maxDate, minDate } from '../domain/dates';
import { phaseBandsOver, type PhaseBand } from './phaseBands';
import { shopDays, sumActuals, type ActualTotals } from '../review/actualsTotals';
import { campaignSpend, type AttainmentStatus, type GoalAttainment } from '../review/attainment';
import { dailyActuals } from '../figures/dailyActuals';
import { isAttainmentBaselineDay } from '../review/baselines';

/**
 * Chart data for the review screen and report, built apart from drawing (docs/architecture.md §8).
 * Money stays in integer minor units in the data; the component formats the axis ticks. Labels
 * of series come in translated from the caller, so this module stays language-free.
 * Phase bands and milestones are plain data (indices into the category axis) that the
 * component draws with a small plugin — no annotation library needed.
 */

export const statusColors: Record<AttainmentStatus, string> = {
  met: '#2f9e44',
  near: '#f08c00',
  missed: '#e03131',
  unknown: '#adb5bd',
};

export const seriesColors = {
  gmv: '#4263eb',
  uv: '#12b886',
  spend: '#f76707',
  roas: '#ae3ec9',
  baseline: '#868e96',
  planned: '#a5d8ff',
  actual: '#1c7ed6',
} as const;

/** A dataset in chart.js shape; `yAxisID` names one of the chart's axes ('money', 'count', 'ratio', 'percent'). */
export interface ReviewDataset {
  label: string;
  type: 'bar' | 'line';
  data: (number | null)[];
  yAxisID: 'money' | 'count' | 'ratio' | 'percent';
  backgroundColor: string | string[];
  borderColor: string | string[];
}

export interface ReviewChartData {
  labels: string[];
  datasets: ReviewDataset[];
}

/**
 * Each value axis's title when a chart has more than one (GMV in ¥ on the left, visitors on the
 * right): the labels of the series drawn against it. A chart with one axis needs none — its
 * legend and its ticks say what it counts.
 */
export function valueAxisTitles(
  datasets: readonly Pick<ReviewDataset, 'label' | 'yAxisID'>[],
): Partial<Record<ReviewDataset['yAxisID'], string>> {
  const byAxis = new Map<ReviewDataset['yAxisID'], string[]>();
  for (const d of datasets) byAxis.set(d.yAxisID, [...(byAxis.get(d.yAxisID) ?? []), d.label]);
  if (byAxis.size < 2) return {};
  return Object.fromEntries([...byAxis].map(([axis, labels]) => [axis, labels.join(' / ')]));
}

/** A series drawn as bars or a line against the named axis, filled and outlined in one colour. */
function series(type: ReviewDataset['type']) {
  return (
    yAxisID: ReviewDataset['yAxisID'],
    label: string,
    data: (number | null)[],
    color: string | string[],
  ): ReviewDataset => ({ label, type, yAxisID, data, backgroundColor: color, borderColor: color });
}
const bars = series('bar');
const line = series('line');

/** One figure of every row, in the rows' order. */
function column<R, K extends keyof R>(rows: readonly R[], key: K): R[K][] {
  return rows.map((r) => r[key]);
}

export interface MilestoneMark {
  label: string;
  index: number;
  date: string;
}

export interface DailyTrendChart extends ReviewChartData {
  bands: PhaseBand[];
  milestones: MilestoneMark[];
}

/** Daily GMV (bars) and UV (line) over the campaign, with its phases as bands and milestones as lines. */
export function dailyTrendChart(doc: PlanDocument, text: { gmv: string; uv: string }): DailyTrendChart {
  const days = shopDays(dailyActuals(doc), 'campaign');
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  const from = first ? minDate(first, doc.plan.startDate) : doc.plan.startDate;
  const to = last ? maxDate(last, doc.plan.endDate) : doc.plan.endDate;
  const labels = from <= to ? eachDay(from, to) : [];
  const byDate = new Map(days.map((d) => [d.date, d.figures]));
  const indexOf = (date: string) => labels.indexOf(date);
  const bands = phaseBandsOver(labels, doc.phases);
  const milestones: MilestoneMark[] = [
    ...doc.plan.keyMoments.map((k) => ({ label: k.label, date: k.date })),
    ...doc.tasks.filter((t) => t.isMilestone).map((t) => ({ label: t.title, date: t.startDate })),
  ]
    .filter((m) => m.date >= from && m.date <= to)
    // A key moment is often a milestone task too ("预售开启"): one mark, not two labels.
    .filter((m, i, all) => all.findIndex((o) => o.label === m.label && o.date === m.date) === i)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((m) => ({ ...m, index: indexOf(m.date) }));
  const gmv = labels.map((d) => byDate.get(d)?.gmvMinor ?? null);
  const uv = labels.map((d) => byDate.get(d)?.uv ?? null);
  return {
    labels,
    bands,
    milestones,
    datasets: [bars('money', text.gmv, gmv, seriesColors.gmv), line('count', text.uv, uv, seriesColors.uv)],
  };
}

/**
 * Target vs actual for goals of different units on one axis: each goal's attainment in percent,
 * coloured by status, against the 100 % target line. Goals without attainment are left out.
 */
export function targetVsActualChart(
  attainments: readonly GoalAttainment[],
  text: { actual: string; target: string },
): ReviewChartData {
  const rows = attainments.filter((a) => a.attainment !== null);
  const percents = rows.map((a) => (a.attainment ?? 0) * 100);
  const colors = rows.map((a) => statusColors[a.status]);
  const hundreds = rows.map(() => 100);
  return {
    labels: rows.map((a) => a.goal.title || a.goal.metric || ''),
    datasets: [
      bars('percent', text.actual, percents, colors),
      line('percent', text.target, hundreds, seriesColors.baseline),
    ],
  };
}

export interface ChannelRow {
  channelId: ChannelId;
  name: string;
  spendMinor: number | null;
  gmvMinor: number | null;
  roas: number | null;
}

/** Ad spend (same definition as 投产比), GMV and 投产比 per channel, in the channels' order. */
export function channelRows(doc: PlanDocument): ChannelRow[] {
  return [...doc.channels]
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const spendMinor = campaignSpend(doc, c.id).adMinor;
      const gmvMinor = sumActuals(dailyActuals(doc), 'campaign', c.id).gmvMinor;
      return {
        channelId: c.id,
        name: c.name,
        spendMinor,
        gmvMinor,
        roas: gmvMinor !== null && spendMinor ? gmvMinor / spendMinor : null,
      };
    });
}

export function channelChart(
  doc: PlanDocument,
  text: { spend: string; gmv: string; roas: string },
): ReviewChartData {
  const rows = channelRows(doc).filter((r) => r.spendMinor !== null || r.gmvMinor !== null);
  return {
    labels: rows.map((r) => r.name),
    datasets: [
      bars('money', text.spend, column(rows, 'spendMinor'), seriesColors.spend),
      bars('money', text.gmv, column(rows, 'gmvMinor'), seriesColors.gmv),
      line('ratio', text.roas, column(rows, 'roas'), seriesColors.roas),
    ],
  };
}

export interface FunnelChart extends ReviewChartData {
  /** Rate of each step from the one before: buyers ÷ UV (conversion), orders ÷ buyers (orders per buyer). */
  stepRates: (number | null)[];
}

/** UV → buyers → orders of the campaign. */
export function funnelChart(
  totals: ActualTotals,
  text: { uv: string; buyers: string; orders: string; label: string },
): FunnelChart {
  const values = [totals.uv, totals.buyers, totals.orders];
  const colors = [seriesColors.uv, seriesColors.gmv, seriesColors.actual];
  return {
    labels: [text.uv, text.buyers, text.orders],
    datasets: [bars('count', text.label, values, colors)],
    stepRates: values.map((v, i) => {
      const prev = i === 0 ? null : values[i - 1];
      return i === 0 || v === null || !prev ? null : v / prev;
    }),
  };
}

/**
 * Daily GMV of the campaign and of the baseline, aligned by day number (day 1 = each period's
 * first day), the way planners overlay this year's 双11 on last year's.
 */
export function baselineComparisonChart(
  doc: PlanDocument,
  text: { campaign: string; baseline: string; dayLabel: (n: number) => string },
): ReviewChartData {
  const campaign = shopDays(dailyActuals(doc), 'campaign');
  // The attainment table's before-baseline (docs/baselines.md): days after the campaign are the
  // long tail's.
  const isBaselineDay = isAttainmentBaselineDay(doc);
  const baseline = shopDays(doc.actuals, 'baseline').filter((d) => isBaselineDay(d.date));
  const length = Math.max(campaign.length, baseline.length);
  const labels = Array.from({ length }, (_, i) => text.dayLabel(i + 1));
  const gmvOf = (days: typeof campaign) => labels.map((_, i) => days[i]?.figures.gmvMinor ?? null);
  return {
    labels,
    datasets: [
      line('money', text.campaign, gmvOf(campaign), seriesColors.gmv),
      line('money', text.baseline, gmvOf(baseline), seriesColors.baseline),
    ],
  };
}

/** Budget planned vs actual per category, in the categories' order; lines without one last. */
export function budgetByCategoryChart(
  doc: PlanDocument,
  text: { planned: string; actual: string; uncategorised: string; categoryName: (id: string) => string },
): ReviewChartData {
  const categories = [...doc.budgetCategories].sort((a, b) => a.order - b.order);
  const groups = [
    ...categories.map((c) => ({ id: c.id as string | null, label: text.categoryName(c.id) })),
    { id: null, label: text.uncategorised },
  ];
  const rows = groups
    .map((g) => {
      const lines = doc.budgetLines.filter((l) => l.categoryId === g.id);
      const actuals = lines.map((l) => l.actualMinor).filter((v): v is number => v !== null);
      return {
        label: g.label,
        planned: lines.reduce((s, l) => s + l.plannedMinor, 0),
        actual: actuals.length > 0 ? actuals.reduce((s, v) => s + v, 0) : null,
        count: lines.length,
      };
    })
    .filter((r) => r.count > 0);
  return {
    labels: rows.map((r) => r.label),
    datasets: [
      bars('money', text.planned, column(rows, 'planned'), seriesColors.planned),
      bars('money', text.actual, column(rows, 'actual'), seriesColors.actual),
    ],
  };
}
