import type { ActualDay, ActualId, ChannelId, HourlyRecord, IsoDate, PlanDocument } from '../domain';

/**
 * The review's daily actuals (docs/warroom.md "One source of truth"): the days typed or imported
 * as daily rows, and every other day of the war room's hourly data summed into a daily row per
 * whole shop and per channel — so a number entered once, hourly, is never typed again. A daily row
 * figure typed for a day and channel wins over the hours' sum, figure by figure (the back
 * office's final day figures correct the live ones; a figure left blank still comes from the
 * hours). SKU rows are not summed here: they are not in the daily model.
 */

type HourlyFigure = 'uv' | 'buyers' | 'orders' | 'gmvMinor' | 'spendMinor' | 'refundsMinor';
const summed: readonly HourlyFigure[] = ['uv', 'buyers', 'orders', 'gmvMinor', 'spendMinor', 'refundsMinor'];

const fromHours = new WeakMap<readonly HourlyRecord[], ActualDay[]>();

function slotKey(date: IsoDate, channelId: ChannelId | null): string {
  return `${date}|${channelId ?? ''}`;
}

/** Daily rows summed from hourly shop and channel records (unknown stays null, never 0). */
function sumHours(planId: PlanDocument['plan']['id'], hourly: readonly HourlyRecord[]): ActualDay[] {
  const cached = fromHours.get(hourly);
  if (cached) return cached;
  const bySlot = new Map<string, ActualDay>();
  for (const h of hourly) {
    if (h.sku !== null) continue;
    const date = h.hour.slice(0, 10);
    const key = slotKey(date, h.channelId);
    let row = bySlot.get(key);
    if (!row) {
      row = {
        id: `hourly-${date}-${h.channelId ?? 'shop'}` as ActualId,
        planId,
        period: 'campaign',
        date,
        channelId: h.channelId,
        uv: null,
        pv: null,
        buyers: null,
        orders: null,
        gmvMinor: null,
        spendMinor: null,
        couponsClaimed: null,
        couponsRedeemed: null,
        refundsMinor: null,
        newCustomers: null,
      };
      bySlot.set(key, row);
    }
    for (const k of summed) {
      const v = h[k];
      if (v !== null) row[k] = (row[k] ?? 0) + v;
    }
  }
  const rows = [...bySlot.values()].sort((a, b) =>
    a.date === b.date ? (a.channelId ?? '').localeCompare(b.channelId ?? '') : a.date < b.date ? -1 : 1,
  );
  fromHours.set(hourly, rows);
  return rows;
}

/** The campaign's daily rows the review reads: typed/imported figures first, the hours' sums under them. */
export function dailyActuals(doc: Pick<PlanDocument, 'plan' | 'actuals' | 'hourly'>): readonly ActualDay[] {
  if (doc.hourly.length === 0) return doc.actuals;
  const sums = new Map(sumHours(doc.plan.id, doc.hourly).map((r) => [slotKey(r.date, r.channelId), r]));
  if (sums.size === 0) return doc.actuals;
  const rows = doc.actuals.map((a) => {
    if (a.period !== 'campaign') return a;
    const key = slotKey(a.date, a.channelId);
    const fromHours = sums.get(key);
    if (!fromHours) return a;
    sums.delete(key);
    const merged = { ...a };
    for (const k of summed) merged[k] = a[k] ?? fromHours[k];
    return merged;
  });
  return [...rows, ...sums.values()];
}

/** The campaign days whose figures come, at least in part, from the war room's hours. */
export function daysFromHours(doc: Pick<PlanDocument, 'plan' | 'hourly'>): IsoDate[] {
  return [...new Set(sumHours(doc.plan.id, doc.hourly).map((r) => r.date))];
}
