import {
  funnelMetrics,
  type BudgetCategoryKey,
  type ChannelId,
  type Goal,
  type GoalDirection,
  type GoalMetric,
  type GoalUnit,
  type PlanDocument,
} from '../domain';
import { sumActuals, type ActualTotals, type Period } from './actualsTotals';
import { actualMoney } from '../figures/actual';
import { cogsBasis, moneyFigures, type CogsBasis } from '../figures/profit';
import { dailyActuals } from '../figures/dailyActuals';
import { isAttainmentBaselineDay } from './baselines';

/**
 * Attainment of the plan's goals and the figures derived from the actuals.
 *
 * Definitions (the app says which, domain.md "Numbers and formulas"):
 * - conversion = buyers ÷ UV (支付转化率 = 支付买家数 ÷ 访客数, as the shop back office has it);
 * - AOV 客单价 = GMV ÷ buyers (支付金额 ÷ 支付买家数, again as the back office has it), rounded
 *   half up to the minor unit;
 * - 投产比 (ROAS) = GMV ÷ ad spend, ad spend = 推广/广告投放 + 达人/KOL;
 * - profit ROI = gross profit ÷ campaign cost, gross profit = GMV − refunds − COGS − (campaign
 *   cost − 让利), the same model as the forecast (shared/figures/profit.ts, docs/figures.md);
 *   without SKU costs or a margin rate there is no COGS and so no profit ROI. Below the coverage
 *   threshold 投产比 and profit ROI are provisional (shared/figures/actual.ts);
 * - 让利率 = discount cost ÷ GMV, discount cost = actuals of the 优惠让利 lines;
 * - coupon redemption = redeemed ÷ claimed; refund rate = refunds ÷ GMV;
 * - cost per order 单均成本 = campaign cost ÷ orders, rounded half up; spend = campaign cost.
 *
 * Attainment follows the goal's direction (docs/figures-goals.md): higher is better, lower is
 * better (refund rate ≤ 5 %), or within a range.
 *
 * Spend of the campaign comes from the budget lines' actuals. The daily actuals' spendMinor (what a
 * back office reports as 推广花费) is used only where no budget line of that scope has an actual —
 * never added to it, as both record the same money. The baseline period has no budget lines, so
 * its spend is the daily spend alone.
 */

export const AD_SPEND_CATEGORIES: readonly BudgetCategoryKey[] = ['advertising', 'kol'];
export const DISCOUNT_CATEGORIES: readonly BudgetCategoryKey[] = ['discount'];

export interface SpendSummary {
  /** Every budget line's actual (campaign cost), minor units; null when nothing is recorded. */
  totalMinor: number | null;
  /** Ad spend for 投产比, minor units. */
  adMinor: number | null;
  /** Discount cost for 让利率, minor units. */
  discountMinor: number | null;
  /** Where ad spend came from. */
  adSource: 'budgetLines' | 'dailyActuals' | null;
}

function categoryKeyOf(doc: PlanDocument): (categoryId: string | null) => BudgetCategoryKey | null {
  const keys = new Map(doc.budgetCategories.map((c) => [c.id as string, c.key]));
  return (id) => (id === null ? null : (keys.get(id) ?? null));
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const v of values) if (v !== null) total = (total ?? 0) + v;
  return total;
}

/**
 * Spend of the campaign, for the whole plan or one channel (`channelId`; budget lines without a
 * channel then do not count).
 */
export function campaignSpend(doc: PlanDocument, channelId?: ChannelId): SpendSummary {
  const keyOf = categoryKeyOf(doc);
  const lines = doc.budgetLines.filter((l) => channelId === undefined || l.channelId === channelId);
  const inCategories = (keys: readonly BudgetCategoryKey[]) =>
    sumOrNull(
      lines.filter((l) => keys.includes(keyOf(l.categoryId) as BudgetCategoryKey)).map((l) => l.actualMinor),
    );
  const fromLines = inCategories(AD_SPEND_CATEGORIES);
  const daily = sumActuals(dailyActuals(doc), 'campaign', channelId).spendMinor;
  const adMinor = fromLines ?? daily;
  return {
    totalMinor: sumOrNull(lines.map((l) => l.actualMinor)),
    adMinor,
    discountMinor: inCategories(DISCOUNT_CATEGORIES),
    adSource: fromLines !== null ? 'budgetLines' : daily !== null ? 'dailyActuals' : null,
  };
}

export interface DerivedFigures {
  conversion: number | null;
  aovMinor: number | null;
  roas: number | null;
  roi: number | null;
  discountRate: number | null;
  redemption: number | null;
  refundRate: number | null;
}

function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/** Rounds a non-negative money quotient half up, exactly: floor((2a + b) / 2b) on integers. */
export function divideMoneyRoundHalfUp(amountMinor: number, divisor: number): number {
  const a = BigInt(amountMinor);
  const b = BigInt(divisor);
  const sign = a < 0n !== b < 0n ? -1n : 1n;
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  return Number(sign * ((2n * absA + absB) / (2n * absB)));
}

export function deriveFigures(
  totals: ActualTotals,
  spend: Pick<SpendSummary, 'adMinor' | 'totalMinor' | 'discountMinor'>,
  basis: CogsBasis = null,
): DerivedFigures {
  const gmv = totals.gmvMinor;
  const money = moneyFigures(basis, {
    paidGmvMinor: gmv,
    refundsMinor: totals.refundsMinor,
    discountMinor: spend.discountMinor ?? 0,
    campaignCostMinor: spend.totalMinor,
    mediaSpendMinor: spend.adMinor,
  });
  // Ratios of two daily figures over the days that have both (docs/figures.md).
  const { conversion, aov } = totals.paired;
  return {
    conversion: ratio(conversion?.numerator ?? null, conversion?.denominator ?? null),
    aovMinor: aov && aov.denominator ? divideMoneyRoundHalfUp(aov.numerator, aov.denominator) : null,
    roas: money.roas,
    roi: money.profitRoi,
    discountRate: ratio(spend.discountMinor, gmv),
    redemption: ratio(totals.couponsRedeemed, totals.couponsClaimed),
    refundRate: ratio(totals.refundsMinor, gmv),
  };
}

/** The figures of one period of the plan (campaign: budget-line spend; baseline: daily spend). */
export function periodFigures(
  doc: PlanDocument,
  period: Period,
): { totals: ActualTotals; derived: DerivedFigures; costMinor: number | null } {
  // Days outside the campaign typed after its start are the long tail's (docs/baselines.md), not
  // the baseline's: the baseline period counts only the days before the campaign, within the
  // chosen before-baseline's range.
  // The baseline period is the days of the one before-baseline the attainment table reads.
  const isBaselineDay = period === 'baseline' ? isAttainmentBaselineDay(doc) : null;
  const rows = isBaselineDay
    ? dailyActuals(doc).filter((a) => a.period !== 'baseline' || isBaselineDay(a.date))
    : dailyActuals(doc);
  const totals = sumActuals(rows, period);
  let spend: Pick<SpendSummary, 'adMinor' | 'totalMinor' | 'discountMinor'>;
  if (period === 'campaign') {
    const money = actualMoney(doc);
    spend = {
      adMinor: money.mediaSpendMinor,
      totalMinor: money.campaignCostMinor,
      discountMinor: money.discountMinor,
    };
  } else {
    spend = { adMinor: totals.spendMinor, totalMinor: totals.spendMinor, discountMinor: null };
  }
  return { totals, derived: deriveFigures(totals, spend, cogsBasis(doc)), costMinor: spend.totalMinor };
}

/**
 * The unit a goal's values are shown and typed in. Profit ROI is a rate — "profit ROI ≥ 60 %"
 * (docs/figures.md), 69.1 % in the review's derived figures — although its goals are stored with
 * the unit 'ratio' (metricUnits, kept for the goals planners already have): shown as a percentage,
 * never as 0.691 beside 69.1 %.
 */
export function shownUnit(metric: GoalMetric | null, unit: GoalUnit): GoalUnit {
  return metric === 'roi' && unit === 'ratio' ? 'rate' : unit;
}

/** The unit each derivable metric is measured in; a goal in another unit cannot be compared. */
export const metricUnits: Record<GoalMetric, GoalUnit | null> = {
  gmv: 'money',
  orders: 'count',
  buyers: 'count',
  uv: 'count',
  conversion: 'rate',
  aov: 'money',
  roas: 'ratio',
  roi: 'ratio',
  newCustomers: 'count',
  repurchase: 'rate',
  grossMargin: 'rate',
  brandSearch: 'count',
  refundRate: 'rate',
  complaintRate: 'rate',
  costPerOrder: 'money',
  discountRate: 'rate',
  spend: 'money',
  custom: null,
};

/** Metrics the daily actuals and budget lines can produce; the rest are typed in the review. */
export const derivableMetrics: readonly GoalMetric[] = [
  ...funnelMetrics,
  'newCustomers',
  'refundRate',
  'costPerOrder',
  'discountRate',
  'spend',
];

export function metricValue(
  metric: GoalMetric,
  totals: ActualTotals,
  derived: DerivedFigures,
  /** Campaign cost of the period (every budget line's actual), minor units, for spend goals. */
  costMinor: number | null = null,
): number | null {
  switch (metric) {
    case 'gmv':
      return totals.gmvMinor;
    case 'orders':
      return totals.orders;
    case 'buyers':
      return totals.buyers;
    case 'uv':
      return totals.uv;
    case 'newCustomers':
      return totals.newCustomers;
    case 'conversion':
      return derived.conversion;
    case 'aov':
      return derived.aovMinor;
    case 'roas':
      return derived.roas;
    case 'roi':
      return derived.roi;
    case 'refundRate':
      return derived.refundRate;
    case 'costPerOrder':
      return costMinor !== null && totals.orders ? divideMoneyRoundHalfUp(costMinor, totals.orders) : null;
    case 'discountRate':
      return derived.discountRate;
    case 'spend':
      return costMinor;
    default:
      return null;
  }
}

/** green ≥ 100 %, amber ≥ 80 %, red below; unknown when there is nothing to compare. */
export type AttainmentStatus = 'met' | 'near' | 'missed' | 'unknown';

/** What a goal is measured against: its direction and, for a range, both ends. */
export interface GoalTarget {
  direction: GoalDirection;
  /** The target; the low end of a range. */
  target: number | null;
  /** The high end of a range; ignored otherwise. */
  targetMax?: number | null;
}

/**
 * Status by direction (docs/figures-goals.md), compared without dividing so 80 % of a money
 * target is decided exactly on integers (5·actual ≥ 4·target) rather than on a rounded quotient.
 * A bare number as the second argument is a higher-is-better target.
 */
export function attainmentStatus(actual: number | null, goal: number | null | GoalTarget): AttainmentStatus {
  const {
    direction,
    target,
    targetMax = null,
  } = typeof goal === 'object' && goal !== null ? goal : { direction: 'higher' as const, target: goal };
  if (actual === null || target === null || target <= 0) return 'unknown';
  const atLeast = (low: number) => (actual >= low ? 'met' : 5 * actual >= 4 * low ? 'near' : 'missed');
  const atMost = (high: number) => (actual <= high ? 'met' : 5 * high >= 4 * actual ? 'near' : 'missed');
  if (direction === 'higher') return atLeast(target);
  if (direction === 'lower') return atMost(target);
  if (targetMax === null || targetMax < target) return 'unknown';
  return actual < target ? atLeast(target) : atMost(targetMax);
}

/**
 * Attainment by direction: higher actual ÷ target; lower target ÷ actual (1 when the actual is 0);
 * range 1 inside, actual ÷ low below, high ÷ actual above. Null when it cannot be computed.
 */
export function attainmentRatio(actual: number | null, goal: GoalTarget): number | null {
  const { direction, target, targetMax = null } = goal;
  if (actual === null || target === null || target <= 0) return null;
  const below = (high: number) => (actual <= 0 ? 1 : high / actual);
  if (direction === 'higher') return actual / target;
  if (direction === 'lower') return below(target);
  if (targetMax === null || targetMax < target) return null;
  if (actual < target) return actual / target;
  return actual > targetMax ? below(targetMax) : 1;
}

export type AttainmentIssue =
  'noMetric' | 'noTarget' | 'noActual' | 'unitMismatch' | 'targetNotPositive' | 'rangeInvalid';

export interface GoalAttainment {
  goal: Goal;
  actual: number | null;
  actualSource: 'actuals' | 'typed' | null;
  target: number | null;
  baseline: number | null;
  baselineSource: 'baselineActuals' | 'goal' | null;
  /** By the goal's direction (see attainmentRatio); null when it cannot be computed (see issue). */
  attainment: number | null;
  status: AttainmentStatus;
  /** actual ÷ baseline − 1 (+0.3 = 30 % more than the baseline). */
  changeVsBaseline: number | null;
  issue: AttainmentIssue | null;
  /**
   * Share of the planned spend behind an actual-spend figure (投产比, profit ROI) that has
   * actuals; null for goals that do not stand on spend.
   */
  coverage: number | null;
  /** The actual is provisional: its coverage is under the plan's threshold (docs/figures.md). */
  isProvisional: boolean;
}

/** The attainment of every goal of the plan, in the goals' order. */
export function goalAttainments(doc: PlanDocument): GoalAttainment[] {
  const campaign = periodFigures(doc, 'campaign');
  const baseline = periodFigures(doc, 'baseline');
  const money = actualMoney(doc);
  const spendCoverage = (metric: GoalMetric | null): { coverage: number | null; isProvisional: boolean } =>
    metric === 'roas'
      ? { coverage: money.mediaCoverage.share, isProvisional: money.isRoasProvisional }
      : metric === 'roi'
        ? { coverage: money.coverage.share, isProvisional: money.isProfitProvisional }
        : { coverage: null, isProvisional: false };
  const typed = new Map((doc.review?.goalActuals ?? []).map((g) => [g.goalId as string, g.value]));
  return [...doc.goals]
    .sort((a, b) => a.order - b.order)
    .map((goal): GoalAttainment => {
      const metric = goal.metric;
      const derivable = metric !== null && derivableMetrics.includes(metric);
      const fromActuals =
        derivable && metric
          ? metricValue(metric, campaign.totals, campaign.derived, campaign.costMinor)
          : null;
      const actual = derivable ? fromActuals : (typed.get(goal.id) ?? null);
      const baselineFromActuals =
        derivable && metric
          ? metricValue(metric, baseline.totals, baseline.derived, baseline.costMinor)
          : null;
      const baselineValue = baselineFromActuals ?? goal.baseline;
      const expectedUnit = metric ? metricUnits[metric] : null;
      let issue: AttainmentIssue | null = null;
      if (metric === null) issue = 'noMetric';
      else if (expectedUnit !== null && goal.unit !== expectedUnit) issue = 'unitMismatch';
      else if (goal.target === null) issue = 'noTarget';
      else if (goal.target <= 0) issue = 'targetNotPositive';
      else if (goal.direction === 'range' && (goal.targetMax === null || goal.targetMax < goal.target))
        issue = 'rangeInvalid';
      else if (actual === null) issue = 'noActual';
      const comparable = issue === null;
      return {
        goal,
        actual,
        actualSource: actual === null ? null : derivable ? 'actuals' : 'typed',
        target: goal.target,
        baseline: baselineValue,
        baselineSource:
          baselineFromActuals !== null ? 'baselineActuals' : goal.baseline !== null ? 'goal' : null,
        attainment: comparable ? attainmentRatio(actual, goal) : null,
        status: comparable ? attainmentStatus(actual, goal) : 'unknown',
        changeVsBaseline:
          actual !== null &&
          baselineValue !== null &&
          baselineValue !== 0 &&
          (expectedUnit === null || goal.unit === expectedUnit)
            ? actual / baselineValue - 1
            : null,
        issue,
        ...spendCoverage(metric),
      };
    });
}
