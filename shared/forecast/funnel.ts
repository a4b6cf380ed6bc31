import {
  spanDays,
  type ChannelId,
  type GoalId,
  type GoalMetric,
  type PhaseId,
  type PlanDocument,
} from '../domain';
import { multiplyRound, ratioRound, toFraction } from '../budget/exact';
import { allocateProportionally } from '../budget/money';

/**
 * The sales forecast: a funnel per channel, UV × conversion × AOV → GMV, split over the phases,
 * totalled and held against the plan's goals, with both ROIs — each says what it is:
 *
 * - 投产比 (ROAS) = GMV ÷ channel spend. What Chinese ad platforms call "ROI": "ROI 3" = 1:3.
 * - Profit ROI = (GMV × margin − total cost) ÷ total cost. Finance's ROI. Total cost is the whole
 *   campaign budget (every planned line, 优惠让利 included, plus channel spend not yet budgeted as
 *   lines). The margin is the gross margin at regular prices — discounts are costed once, as the
 *   优惠让利 lines — taken from the plan's explicit `expectedMarginRate` when set, else from the
 *   SKUs: Σ (regular − cost) × expected sales ÷ Σ regular × expected sales.
 *
 * Money stays exact: GMV = UV × CVR × AOV is computed as one exact product, rounded half-up once.
 */

export interface WhatIfOverride {
  channelId: ChannelId;
  /** The channel's spend instead of its budget lines; UV follows in proportion unless `uv` is given. */
  spendMinor?: number;
  uv?: number;
  cvr?: number;
}

export interface PhaseForecast {
  phaseId: PhaseId;
  uv: number;
  orders: number;
  gmvMinor: number;
  spendMinor: number;
}

export type SpendSource = 'lines' | 'channel' | 'whatIf' | 'none';

export interface ChannelForecast {
  channelId: ChannelId;
  name: string;
  /** Spend before any what-if. */
  baseSpendMinor: number;
  spendMinor: number;
  spendSource: SpendSource;
  uv: number;
  cvr: number;
  aovMinor: number;
  /** Expected buyers (= orders), UV × CVR rounded half-up; GMV uses the unrounded product. */
  orders: number;
  gmvMinor: number;
  /** 投产比 GMV ÷ spend; null without spend. */
  roas: number | null;
  /** False when UV, CVR or AOV is missing: the channel then contributes nothing. */
  isComplete: boolean;
  isWhatIf: boolean;
  /**
   * The channel split over the phases. Weights: the channel's phase-tagged budget lines (where
   * its money goes is where its traffic comes from); when none of its lines names a phase, the
   * phases' lengths in days. Every part is split with largest remainders, so phases sum to the
   * channel exactly.
   */
  phases: PhaseForecast[];
  phaseWeighting: 'budgetLines' | 'phaseDays' | 'none';
}

export interface GoalComparison {
  goalId: GoalId;
  metric: GoalMetric;
  target: number;
  /** In the goal's own unit: minor units for money, a fraction for rates, a multiple for roas/roi. */
  forecast: number | null;
  /** forecast ÷ target; null when either is missing or the target is 0. */
  attainment: number | null;
}

export interface ForecastTotals {
  uv: number;
  orders: number;
  gmvMinor: number;
  channelSpendMinor: number;
  /** Every cost of the campaign: non-channel budget lines + effective channel spend. */
  totalCostMinor: number;
  /** orders ÷ uv. */
  conversion: number | null;
  /** gmv ÷ orders, rounded half-up. */
  aovMinor: number | null;
  /** 投产比 = GMV ÷ channel spend. */
  roas: number | null;
  marginRate: number | null;
  marginSource: 'plan' | 'products' | null;
  /** GMV × margin − total cost, exact. */
  profitMinor: number | null;
  /** Profit ROI = (GMV × margin − total cost) ÷ total cost. */
  profitRoi: number | null;
}

export interface Forecast {
  channels: ChannelForecast[];
  totals: ForecastTotals;
  goals: GoalComparison[];
}

interface Margin {
  num: number | bigint;
  den: number | bigint;
  rate: number;
  source: 'plan' | 'products';
}

/** Gross margin at regular prices: the plan's explicit rate, else weighted by expected sales. */
export function forecastMargin(doc: PlanDocument): Margin | null {
  const explicit = doc.plan.expectedMarginRate;
  if (explicit !== undefined && explicit !== null) {
    return { num: explicit, den: 1, rate: explicit, source: 'plan' };
  }
  let revenue = 0n;
  let profit = 0n;
  for (const p of doc.products) {
    if (p.costPriceMinor === null || !p.expectedSales || p.regularPriceMinor <= 0) continue;
    revenue += BigInt(p.regularPriceMinor) * BigInt(p.expectedSales);
    profit += BigInt(p.regularPriceMinor - p.costPriceMinor) * BigInt(p.expectedSales);
  }
  if (revenue === 0n) return null;
  return { num: profit, den: revenue, rate: Number(profit) / Number(revenue), source: 'products' };
}

/** Planned spend per channel from its budget lines; channels with no line are absent. */
export function lineSpendByChannel(doc: PlanDocument): Map<string, number> {
  const spend = new Map<string, number>();
  for (const line of doc.budgetLines) {
    if (line.channelId === null) continue;
    spend.set(line.channelId, (spend.get(line.channelId) ?? 0) + line.plannedMinor);
  }
  return spend;
}

function phaseWeights(
  doc: PlanDocument,
  channelId: ChannelId,
): { weights: number[]; kind: 'budgetLines' | 'phaseDays' } {
  const index = new Map(doc.phases.map((p, i) => [p.id as string, i]));
  const weights = doc.phases.map(() => 0);
  let tagged = false;
  for (const line of doc.budgetLines) {
    if (line.channelId !== channelId || line.phaseId === null) continue;
    const i = index.get(line.phaseId);
    if (i === undefined) continue;
    weights[i] = (weights[i] ?? 0) + Math.max(0, line.plannedMinor);
    tagged = true;
  }
  if (tagged && weights.some((w) => w > 0)) return { weights, kind: 'budgetLines' };
  return {
    weights: doc.phases.map((p) => Math.max(0, spanDays(p.startDate, p.endDate))),
    kind: 'phaseDays',
  };
}

function splitOverPhases(doc: PlanDocument, c: Omit<ChannelForecast, 'phases' | 'phaseWeighting'>) {
  if (doc.phases.length === 0) return { phases: [], phaseWeighting: 'none' as const };
  const { weights, kind } = phaseWeights(doc, c.channelId);
  const uv = allocateProportionally(c.uv, weights);
  const orders = allocateProportionally(c.orders, weights);
  const gmv = allocateProportionally(c.gmvMinor, weights);
  const spend = allocateProportionally(c.spendMinor, weights);
  const phases = doc.phases.map((p, i) => ({
    phaseId: p.id,
    uv: uv[i] ?? 0,
    orders: orders[i] ?? 0,
    gmvMinor: gmv[i] ?? 0,
    spendMinor: spend[i] ?? 0,
  }));
  return { phases, phaseWeighting: kind };
}

export function computeForecast(
  doc: PlanDocument,
  whatIf: readonly WhatIfOverride[] = [],
  lineSpend: Map<string, number> = lineSpendByChannel(doc),
  budgetPlannedMinor: number = doc.budgetLines.reduce((s, l) => s + l.plannedMinor, 0),
): Forecast {
  const overrides = new Map(whatIf.map((o) => [o.channelId as string, o]));
  const channels: ChannelForecast[] = [];
  let lineSpendOfChannels = 0;
  for (const ch of [...doc.channels].sort((a, b) => a.order - b.order)) {
    const o = overrides.get(ch.id);
    const fromLines = lineSpend.get(ch.id);
    if (fromLines !== undefined) lineSpendOfChannels += fromLines;
    const baseSpendMinor = fromLines ?? ch.plannedSpendMinor ?? 0;
    const baseSource: SpendSource =
      fromLines !== undefined ? 'lines' : ch.plannedSpendMinor !== null ? 'channel' : 'none';
    const spendMinor = o?.spendMinor ?? baseSpendMinor;
    const baseUv = ch.expectedUv ?? 0;
    // More money buys proportionally more visitors (a constant cost per visitor).
    let uv = o?.uv ?? baseUv;
    if (o?.uv === undefined && o?.spendMinor !== undefined && baseSpendMinor > 0) {
      uv = ratioRound([baseUv, o.spendMinor], [baseSpendMinor]);
    }
    const cvr = o?.cvr ?? ch.cvr ?? 0;
    const aovMinor = ch.aovMinor ?? 0;
    const isComplete =
      (o?.uv ?? ch.expectedUv) !== null && (o?.cvr ?? ch.cvr) !== null && ch.aovMinor !== null;
    const gmvMinor = multiplyRound(uv, cvr, aovMinor);
    const base = {
      channelId: ch.id,
      name: ch.name,
      baseSpendMinor,
      spendMinor,
      spendSource: o?.spendMinor !== undefined ? ('whatIf' as const) : baseSource,
      uv,
      cvr,
      aovMinor,
      orders: multiplyRound(uv, cvr),
      gmvMinor,
      // Without UV, CVR and AOV the GMV is unknown, not 0: so is its 投产比 (not "0 (1:0)").
      roas: isComplete && spendMinor > 0 ? gmvMinor / spendMinor : null,
      isComplete,
      isWhatIf: o !== undefined,
    };
    channels.push({ ...base, ...splitOverPhases(doc, base) });
  }
  const totals = computeTotals(doc, channels, budgetPlannedMinor - lineSpendOfChannels);
  return { channels, totals, goals: compareGoals(doc, totals) };
}

function computeTotals(
  doc: PlanDocument,
  channels: ChannelForecast[],
  otherCostMinor: number,
): ForecastTotals {
  let uv = 0;
  let gmvMinor = 0;
  let channelSpendMinor = 0;
  let exactOrders = { num: 0n, den: 1n };
  for (const c of channels) {
    uv += c.uv;
    gmvMinor += c.gmvMinor;
    channelSpendMinor += c.spendMinor;
    const r = toFraction(c.cvr);
    // Σ uv × cvr as one exact fraction (cvr denominators are powers of ten).
    const den = r.den > exactOrders.den ? r.den : exactOrders.den;
    exactOrders = {
      num: exactOrders.num * (den / exactOrders.den) + BigInt(c.uv) * r.num * (den / r.den),
      den,
    };
  }
  // Orders are the sum of the channels' rounded orders so the parts add up to the total shown.
  const orders = channels.reduce((sum, c) => sum + c.orders, 0);
  const totalCostMinor = otherCostMinor + channelSpendMinor;
  const margin = forecastMargin(doc);
  const profitMinor = margin ? ratioRound([gmvMinor, margin.num], [margin.den]) - totalCostMinor : null;
  return {
    uv,
    orders,
    gmvMinor,
    channelSpendMinor,
    totalCostMinor,
    conversion: uv > 0 ? Number(exactOrders.num) / Number(exactOrders.den) / uv : null,
    aovMinor: exactOrders.num > 0n ? ratioRound([gmvMinor, exactOrders.den], [exactOrders.num]) : null,
    roas: channelSpendMinor > 0 && channels.some((c) => c.isComplete) ? gmvMinor / channelSpendMinor : null,
    marginRate: margin?.rate ?? null,
    marginSource: margin?.source ?? null,
    profitMinor,
    profitRoi: profitMinor !== null && totalCostMinor > 0 ? profitMinor / totalCostMinor : null,
  };
}

function forecastValue(metric: GoalMetric, t: ForecastTotals): number | null {
  switch (metric) {
    case 'gmv':
      return t.gmvMinor;
    case 'orders':
    case 'buyers':
      return t.orders;
    case 'uv':
      return t.uv;
    case 'conversion':
      return t.conversion;
    case 'aov':
      return t.aovMinor;
    case 'roas':
      return t.roas;
    case 'roi':
      return t.profitRoi;
    case 'grossMargin':
      return t.marginRate;
    default:
      return null;
  }
}

const forecastable = new Set<GoalMetric>([
  'gmv',
  'orders',
  'buyers',
  'uv',
  'conversion',
  'aov',
  'roas',
  'roi',
  'grossMargin',
]);

function compareGoals(doc: PlanDocument, totals: ForecastTotals): GoalComparison[] {
  const out: GoalComparison[] = [];
  for (const g of [...doc.goals].sort((a, b) => a.order - b.order)) {
    if (g.metric === null || g.target === null || !forecastable.has(g.metric)) continue;
    const forecast = forecastValue(g.metric, totals);
    out.push({
      goalId: g.id,
      metric: g.metric,
      target: g.target,
      forecast,
      attainment: forecast === null || g.target === 0 ? null : forecast / g.target,
    });
  }
  return out;
}
