import type { MechanicKind } from '../../../../shared/domain';

/**
 * How each mechanic parameter is edited: money (minor units), a whole count, a rate, a rate that
 * may be left blank (blank = estimated), a spread σ (a plain number), a switch.
 */
export type FieldKind = 'money' | 'count' | 'rate' | 'optionalRate' | 'spread' | 'bool';

export type FieldKey =
  | 'thresholdMinor'
  | 'reductionMinor'
  | 'stacking'
  | 'qualifyingOrders'
  | 'avgBasketMinor'
  | 'qualifyingShare'
  | 'orderValueSpread'
  | 'payRate'
  | 'coveredGmvMinor'
  | 'regularPriceMinor'
  | 'flashPriceMinor'
  | 'quantity'
  | 'sellThrough'
  | 'faceValueMinor'
  | 'issued'
  | 'redemptionRate'
  | 'depositMinor'
  | 'creditMinor'
  | 'expectedDeposits'
  | 'conversionRate'
  | 'componentsRegularMinor'
  | 'bundlePriceMinor'
  | 'expectedBundles'
  | 'giftUnitCostMinor'
  | 'groupPriceMinor'
  | 'groupSize'
  | 'expectedGroups'
  | 'poolMinor'
  | 'payoutRate'
  | 'memberPriceMinor'
  | 'expectedUnits'
  | 'platformShare';

export interface FieldSpec {
  key: FieldKey;
  kind: FieldKind;
  /** 0 is read as "estimate from the forecast / SKUs" (see shared/budget/promotionCost.ts). */
  zeroMeansForecast?: boolean;
  min?: number;
}

/** A parameter edited as `kind`, with what else it needs (a minimum, 0 read as "estimate"). */
const field =
  (kind: FieldKind) =>
  (key: FieldKey, extra: Omit<FieldSpec, 'key' | 'kind'> = {}): FieldSpec => ({ key, kind, ...extra });
const money = field('money');
const count = field('count');
const rate = field('rate');
const forecast = { zeroMeansForecast: true };
/** A 满减's share of orders reaching the threshold (blank = estimated) and the spread it is estimated from. */
const thresholdShare = [field('optionalRate')('qualifyingShare'), field('spread')('orderValueSpread')];

/** The editor of each mechanic, in the order a planner thinks about it. */
export const mechanicFields: Record<MechanicKind, FieldSpec[]> = {
  thresholdReduction: [
    money('thresholdMinor'),
    money('reductionMinor'),
    field('bool')('stacking'),
    count('qualifyingOrders', forecast),
    money('avgBasketMinor', forecast),
    ...thresholdShare,
  ],
  discount: [rate('payRate'), money('coveredGmvMinor', forecast)],
  flashSale: [money('regularPriceMinor'), money('flashPriceMinor'), count('quantity'), rate('sellThrough')],
  coupon: [money('faceValueMinor'), money('thresholdMinor'), count('issued'), rate('redemptionRate')],
  depositBoost: [
    money('depositMinor'),
    money('creditMinor'),
    count('expectedDeposits'),
    rate('conversionRate'),
  ],
  bundle: [money('componentsRegularMinor'), money('bundlePriceMinor'), count('expectedBundles')],
  gift: [money('giftUnitCostMinor'), count('quantity')],
  groupBuy: [
    money('regularPriceMinor'),
    money('groupPriceMinor'),
    count('groupSize', { min: 2 }),
    count('expectedGroups'),
  ],
  prizePool: [money('poolMinor'), rate('payoutRate')],
  memberOnly: [money('regularPriceMinor'), money('memberPriceMinor'), count('expectedUnits')],
  crossStore: [
    money('thresholdMinor'),
    money('reductionMinor'),
    count('qualifyingOrders', forecast),
    ...thresholdShare,
    rate('platformShare'),
  ],
};
