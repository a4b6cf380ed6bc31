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

/** The editor of each mechanic, in the order a planner thinks about it. */
export const mechanicFields: Record<MechanicKind, FieldSpec[]> = {
  thresholdReduction: [
    { key: 'thresholdMinor', kind: 'money' },
    { key: 'reductionMinor', kind: 'money' },
    { key: 'stacking', kind: 'bool' },
    { key: 'qualifyingOrders', kind: 'count', zeroMeansForecast: true },
    { key: 'avgBasketMinor', kind: 'money', zeroMeansForecast: true },
    { key: 'qualifyingShare', kind: 'optionalRate' },
    { key: 'orderValueSpread', kind: 'spread' },
  ],
  discount: [
    { key: 'payRate', kind: 'rate' },
    { key: 'coveredGmvMinor', kind: 'money', zeroMeansForecast: true },
  ],
  flashSale: [
    { key: 'regularPriceMinor', kind: 'money' },
    { key: 'flashPriceMinor', kind: 'money' },
    { key: 'quantity', kind: 'count' },
    { key: 'sellThrough', kind: 'rate' },
  ],
  coupon: [
    { key: 'faceValueMinor', kind: 'money' },
    { key: 'thresholdMinor', kind: 'money' },
    { key: 'issued', kind: 'count' },
    { key: 'redemptionRate', kind: 'rate' },
  ],
  depositBoost: [
    { key: 'depositMinor', kind: 'money' },
    { key: 'creditMinor', kind: 'money' },
    { key: 'expectedDeposits', kind: 'count' },
    { key: 'conversionRate', kind: 'rate' },
  ],
  bundle: [
    { key: 'componentsRegularMinor', kind: 'money' },
    { key: 'bundlePriceMinor', kind: 'money' },
    { key: 'expectedBundles', kind: 'count' },
  ],
  gift: [
    { key: 'giftUnitCostMinor', kind: 'money' },
    { key: 'quantity', kind: 'count' },
  ],
  groupBuy: [
    { key: 'regularPriceMinor', kind: 'money' },
    { key: 'groupPriceMinor', kind: 'money' },
    { key: 'groupSize', kind: 'count', min: 2 },
    { key: 'expectedGroups', kind: 'count' },
  ],
  prizePool: [
    { key: 'poolMinor', kind: 'money' },
    { key: 'payoutRate', kind: 'rate' },
  ],
  memberOnly: [
    { key: 'regularPriceMinor', kind: 'money' },
    { key: 'memberPriceMinor', kind: 'money' },
    { key: 'expectedUnits', kind: 'count' },
  ],
  crossStore: [
    { key: 'thresholdMinor', kind: 'money' },
    { key: 'reductionMinor', kind: 'money' },
    { key: 'qualifyingOrders', kind: 'count', zeroMeansForecast: true },
    { key: 'qualifyingShare', kind: 'optionalRate' },
    { key: 'orderValueSpread', kind: 'spread' },
    { key: 'platformShare', kind: 'rate' },
  ],
};
