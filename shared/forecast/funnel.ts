import {
  funnelMetrics,
  spanDays,
  type ChannelId,
  type GoalDirection,
  type GoalId,
  type GoalMetric,
  type PhaseId,
  type PlanDocument,
} from '../domain';
import { multiplyRound, ratioRound, toFraction } from '../budget/exact';
import { allocateProportionally } from '../budget/money';
import { cogsBasis, lineKinds, moneyFigures } from '../figures/profit';
import { phaseWeights as curveWeights } from '../figures/salesCurve';
import {
  attainmentRatio,
  attainmentStatus,
  divideMoneyRoundHalfUp,
  type AttainmentStatus,
} from '../review/attainment';

/**
 * The sales forecast: a funnel per channel, UV × conversion × AOV → paid GMV, split over the
 * phases by the sales curve, totalled and held against the plan's goals, with both ROIs — each
 * says what it is (docs/figures.md):
 *
 * - 投产比 (ROAS) = GMV ÷ channel spend. What Chinese ad platforms call "ROI": "ROI 3" = 1:3.
 * - Profit ROI = gross profit ÷ campaign cost, gross profit = paid GMV − COGS − (campaign cost −
 *   让利): the 让利 is already missing from paid GMV, so it is not taken off a second time.
 *   Campaign cost is the whole budget (every planned line plus channel spend not yet budgeted as
 *   lines). COGS comes from the SKUs' cost share at 活动价, else from the plan's margin rate at
 *   regular price (shared/figures/profit.ts, the same model the review uses for the actuals).
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
  /**
   * GMV, orders and UV follow the sales curve ('salesCurve'; the phases' lengths when no phase
   * weighs anything); spend follows the channel's phase-tagged lines where it has any.
   */
  phaseWeighting: 'salesCurve' | 'phaseDays' | 'none';
}

export interface GoalComparison {
  goalId: GoalId;
  metric: GoalMetric;
  /** Which way is good (docs/figures-goals.md); the forecast is held against it like the actual. */
  direction: GoalDirection;
  target: number;
  /** The high end of a 'range' goal; null otherwise. */
  targetMax: number | null;
  /** In the goal's own unit: minor units for money, a fraction for rates, a multiple for roas/roi. */
  forecast: number | null;
  /**
   * By the goal's direction, as the review's attainment: higher forecast ÷ target, lower
   * target ÷ forecast, range 1 inside; null when either is missing or the target is not positive.
   */
  attainment: number | null;
  /** met / near / missed by direction; 'unknown' without a forecast. */
  status: AttainmentStatus;
  /**
   * Why the forecast gives no value for this goal's metric (docs/figures-goals.md): 'afterSales'
   * for refund and complaint rates (after-sales figures the funnel has no input for),
   * 'notModelled' for the other metrics the funnel does not model; null when it is forecast.
   */
  notForecast: NotForecastReason | null;
}

export type NotForecastReason = 'afterSales' | 'notModelled';

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
  /** 让利: planned price reductions (优惠让利 lines but gifts and prize pools), already out of GMV. */
  discountMinor: number;
  /** Cost of goods sold; null when neither SKUs nor the plan's margin rate give it. */
  cogsMinor: number | null;
  /** Gross margin of the goods at paid prices, (GMV − COGS) ÷ GMV. */
  marginRate: number | null;
  /** Where COGS came from: the SKUs' cost prices, or the plan's margin rate at regular price. */
  marginSource: 'plan' | 'products' | null;
  /** Gross profit = GMV − COGS − (total cost − 让利); refunds are not forecast (0). */
  profitMinor: number | null;
  /** Profit ROI = gross profit ÷ total cost. */
  profitRoi: number | null;
  /** The per-phase totals by the sales curve, in the phases' order. */
  byPhase: PhaseForecast[];
  /**
   * At least one channel has UV, conversion and AOV. Without one the forecast has no GMV, orders,
   * AOV or profit: screens show them unknown ("—"), not ¥0 (unknown is not zero).
   */
  isModelled: boolean;
}

export interface Forecast {
  channels: ChannelForecast[];
  totals: ForecastTotals;
  goals: GoalComparison[];
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

function orderedPhases(doc: PlanDocument) {
  return [...doc.phases].sort((a, b) => a.order - b.order || a.startDate.localeCompare(b.startDate));
}

/** The curve's weights, or the phases' lengths when no phase of the plan weighs anything. */
function curve(doc: PlanDocument, of: 'gmv' | 'uv'): { weights: number[]; kind: 'salesCurve' | 'phaseDays' } {
  const weights = curveWeights(doc, of);
  if (weights.some((w) => w > 0)) return { weights, kind: 'salesCurve' };
  return {
    weights: orderedPhases(doc).map((p) => Math.max(0, spanDays(p.startDate, p.endDate))),
    kind: 'phaseDays',
  };
}

/** Where a channel's money goes: its phase-tagged budget lines, else its visitors' curve. */
function spendWeights(doc: PlanDocument, channelId: ChannelId, uvWeights: number[]): number[] {
  const phases = orderedPhases(doc);
  const index = new Map(phases.map((p, i) => [p.id as string, i]));
  const weights = phases.map(() => 0);
  for (const line of doc.budgetLines) {
    if (line.channelId !== channelId || line.phaseId === null) continue;
    const i = index.get(line.phaseId);
    if (i !== undefined) weights[i] = (weights[i] ?? 0) + Math.max(0, line.plannedMinor);
  }
  return weights.some((w) => w > 0) ? weights : uvWeights;
}

function splitOverPhases(doc: PlanDocument, c: Omit<ChannelForecast, 'phases' | 'phaseWeighting'>) {
  if (doc.phases.length === 0) return { phases: [], phaseWeighting: 'none' as const };
  const g = curve(doc, 'gmv');
  const u = curve(doc, 'uv');
  const uv = allocateProportionally(c.uv, u.weights);
  const orders = allocateProportionally(c.orders, g.weights);
  const gmv = allocateProportionally(c.gmvMinor, g.weights);
  const spend = allocateProportionally(c.spendMinor, spendWeights(doc, c.channelId, u.weights));
  const phases = orderedPhases(doc).map((p, i) => ({
    phaseId: p.id,
    uv: uv[i] ?? 0,
    orders: orders[i] ?? 0,
    gmvMinor: gmv[i] ?? 0,
    spendMinor: spend[i] ?? 0,
  }));
  return { phases, phaseWeighting: g.kind };
}

/** The campaign's per-phase totals: the channels' parts added up. */
function phaseTotals(doc: PlanDocument, channels: ChannelForecast[]): PhaseForecast[] {
  return orderedPhases(doc).map((p, i) => {
    const parts = channels.map((c) => c.phases[i]);
    const sum = (pick: (x: PhaseForecast) => number) => parts.reduce((s, x) => s + (x ? pick(x) : 0), 0);
    return {
      phaseId: p.id,
      uv: sum((x) => x.uv),
      orders: sum((x) => x.orders),
      gmvMinor: sum((x) => x.gmvMinor),
      spendMinor: sum((x) => x.spendMinor),
    };
  });
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
  const isModelled = channels.some((c) => c.isComplete);
  const kindOf = lineKinds(doc);
  const discountMinor = doc.budgetLines
    .filter((l) => kindOf(l) === 'discount')
    .reduce((sum, l) => sum + l.plannedMinor, 0);
  const basis = cogsBasis(doc);
  const money = moneyFigures(basis, {
    paidGmvMinor: gmvMinor,
    refundsMinor: 0,
    discountMinor,
    campaignCostMinor: totalCostMinor,
    mediaSpendMinor: channelSpendMinor,
  });
  return {
    uv,
    orders,
    gmvMinor,
    channelSpendMinor,
    totalCostMinor,
    conversion: uv > 0 ? Number(exactOrders.num) / Number(exactOrders.den) / uv : null,
    aovMinor: exactOrders.num > 0n ? ratioRound([gmvMinor, exactOrders.den], [exactOrders.num]) : null,
    roas: channelSpendMinor > 0 && isModelled ? gmvMinor / channelSpendMinor : null,
    discountMinor,
    cogsMinor: money.cogsMinor,
    marginRate: money.grossMargin,
    marginSource: basis?.source ?? null,
    profitMinor: isModelled ? money.grossProfitMinor : null,
    profitRoi: isModelled ? money.profitRoi : null,
    byPhase: phaseTotals(doc, channels),
    isModelled,
  };
}

function forecastValue(metric: GoalMetric, t: ForecastTotals): number | null {
  switch (metric) {
    case 'gmv':
      return t.isModelled ? t.gmvMinor : null;
    case 'orders':
    case 'buyers':
      return t.isModelled ? t.orders : null;
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
      return t.isModelled ? t.marginRate : null;
    case 'spend':
      return t.totalCostMinor;
    case 'costPerOrder':
      return t.orders > 0 ? divideMoneyRoundHalfUp(t.totalCostMinor, t.orders) : null;
    case 'discountRate':
      return t.gmvMinor > 0 ? t.discountMinor / t.gmvMinor : null;
    default:
      return null;
  }
}

const forecastable = new Set<GoalMetric>([
  ...funnelMetrics,
  'grossMargin',
  'spend',
  'costPerOrder',
  'discountRate',
]);

function compareGoals(doc: PlanDocument, totals: ForecastTotals): GoalComparison[] {
  const out: GoalComparison[] = [];
  for (const g of [...doc.goals].sort((a, b) => a.order - b.order)) {
    if (g.metric === null || g.target === null) continue;
    // A goal the funnel cannot answer is listed with the reason, never left out in silence.
    const notForecast: NotForecastReason | null = forecastable.has(g.metric)
      ? null
      : g.metric === 'refundRate' || g.metric === 'complaintRate'
        ? 'afterSales'
        : 'notModelled';
    const forecast = notForecast ? null : forecastValue(g.metric, totals);
    const against = { direction: g.direction, target: g.target, targetMax: g.targetMax };
    out.push({
      goalId: g.id,
      metric: g.metric,
      direction: g.direction,
      target: g.target,
      targetMax: g.direction === 'range' ? g.targetMax : null,
      forecast,
      attainment: attainmentRatio(forecast, against),
      status: attainmentStatus(forecast, against),
      notForecast,
    });
  }
  return out;
}
