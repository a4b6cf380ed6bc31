import { minorPerMajor } from '../budget/money';
import { newRecord, type ChannelId, type HourKey, type PlanDocument } from '../domain';
import { computeFigures } from '../figures/engine';
import { lineSpendByChannel } from '../forecast/funnel';
import { defaultDayShares, hourShares } from './curve';
import { hourlyIndex, recordsOfDay } from './hourlyIndex';
import type { Pacing } from './pacing';

/** docs/warroom.md "Reallocation": the window, the share of what is left that moves. */
export const REALLOCATION_WINDOW_HOURS = 6;
export const REALLOCATION_SHARE = 0.2;

export interface ChannelReturn {
  channelId: ChannelId;
  name: string;
  /** Σ GMV and spend of the channel rows over the window, minor units. */
  windowGmvMinor: number;
  windowSpendMinor: number;
  /** Recent 投产比: window GMV ÷ window spend; null without spend in the window. */
  recentRoas: number | null;
  planRoas: number | null;
  /** The forecast's spend of the channel (lines, else planned spend). */
  budgetMinor: number;
  spentMinor: number;
  leftMinor: number;
}

export interface Reallocation {
  /** The elapsed campaign hours the recent 投产比 is taken over. */
  window: HourKey[];
  channels: ChannelReturn[];
  from: ChannelReturn;
  to: ChannelReturn;
  amountMinor: number;
  /** The forecast's total GMV without and with the move (the figures engine's what-if). */
  forecastGmvMinor: number;
  whatIfGmvMinor: number;
  effectMinor: number;
  /** Expected UV of the two channels in the what-if (visitors follow spend), by channel id. */
  whatIfUv: Record<string, number>;
}

/** The last elapsed campaign hours (share > 0, before `at`), at most the window's length. */
function windowHours(doc: PlanDocument, at: HourKey): HourKey[] {
  const hours: HourKey[] = [];
  for (const [h, share] of hourShares(doc, defaultDayShares(doc))) if (h < at && share > 0) hours.push(h);
  return hours.sort().slice(-REALLOCATION_WINDOW_HOURS);
}

/** Every channel's recent and planned 投产比 and its budget left, at the pacing's moment. */
export function channelReturns(
  doc: PlanDocument,
  pacing: Pacing,
): { window: HourKey[]; channels: ChannelReturn[] } {
  const window = windowHours(doc, pacing.at);
  const inWindow = new Set(window);
  const index = hourlyIndex(doc.hourly);
  const sums = new Map<string, { gmv: number; spend: number }>();
  for (const date of new Set(window.map((h) => h.slice(0, 10)))) {
    for (const r of recordsOfDay(index, date)) {
      if (r.sku !== null || r.channelId === null || !inWindow.has(r.hour)) continue;
      const s = sums.get(r.channelId) ?? { gmv: 0, spend: 0 };
      s.gmv += r.gmvMinor ?? 0;
      s.spend += r.spendMinor ?? 0;
      sums.set(r.channelId, s);
    }
  }
  const forecast = computeFigures(doc).recomputed.forecast;
  const budgetOf = new Map(forecast.channels.map((c) => [c.channelId as string, c.baseSpendMinor]));
  const channels = pacing.channels.map((c): ChannelReturn => {
    const s = sums.get(c.channelId) ?? { gmv: 0, spend: 0 };
    const budget = budgetOf.get(c.channelId) ?? 0;
    return {
      channelId: c.channelId,
      name: c.name,
      windowGmvMinor: s.gmv,
      windowSpendMinor: s.spend,
      recentRoas: s.spend > 0 ? s.gmv / s.spend : null,
      planRoas: c.planRoas,
      budgetMinor: budget,
      spentMinor: c.spendMinor,
      leftMinor: Math.max(0, budget - c.spendMinor),
    };
  });
  return { window, channels };
}

/** The suggestion of docs/warroom.md "Reallocation", or null when there is none. */
export function suggestReallocation(doc: PlanDocument, pacing: Pacing): Reallocation | null {
  const { window, channels } = channelReturns(doc, pacing);
  const judged = channels.filter((c) => c.recentRoas !== null);
  const weak = judged
    .filter((c) => c.planRoas !== null && c.recentRoas! < c.planRoas && c.leftMinor > 0)
    .sort((a, b) => a.recentRoas! - b.recentRoas!)[0];
  if (!weak) return null;
  const strong = judged
    .filter((c) => c.channelId !== weak.channelId)
    .sort((a, b) => b.recentRoas! - a.recentRoas!)[0];
  if (!strong || strong.recentRoas! <= weak.recentRoas!) return null;
  const unit = minorPerMajor(doc.plan.currency);
  const amount = Math.floor((weak.leftMinor * REALLOCATION_SHARE) / unit) * unit;
  if (amount < unit) return null;
  const before = computeFigures(doc).recomputed.forecast.totals.gmvMinor;
  const whatIf = computeFigures(doc, {
    whatIf: [
      { channelId: weak.channelId, spendMinor: weak.budgetMinor - amount },
      { channelId: strong.channelId, spendMinor: strong.budgetMinor + amount },
    ],
  }).recomputed.forecast;
  const after = whatIf.totals.gmvMinor;
  const whatIfUv: Record<string, number> = {};
  for (const c of whatIf.channels)
    if (c.channelId === weak.channelId || c.channelId === strong.channelId) whatIfUv[c.channelId] = c.uv;
  return {
    window,
    channels,
    from: weak,
    to: strong,
    amountMinor: amount,
    forecastGmvMinor: before,
    whatIfGmvMinor: after,
    effectMinor: after - before,
    whatIfUv,
  };
}

/**
 * Applies a suggestion: for each of the two channels, a transfer line (−A / +A) when its spend
 * comes from budget lines, else its planned spend changed — each with `note` — and its expected
 * UV set to the what-if's, so the forecast then shows what the what-if showed. One edit.
 */
export function applyReallocation(
  doc: PlanDocument,
  { suggestion: r, note, item }: { suggestion: Reallocation; note: string; item: string },
): PlanDocument {
  const fromLines = lineSpendByChannel(doc);
  let next = doc;
  let order = doc.budgetLines.reduce((m, l) => Math.max(m, l.order), 0);
  for (const [channelId, delta] of [
    [r.from.channelId, -r.amountMinor],
    [r.to.channelId, r.amountMinor],
  ] as const) {
    const uv = r.whatIfUv[channelId];
    if (uv !== undefined)
      next = {
        ...next,
        channels: next.channels.map((c) =>
          c.id === channelId && c.expectedUv !== null ? { ...c, expectedUv: uv } : c,
        ),
      };
    if (fromLines.has(channelId)) {
      const first = [...next.budgetLines]
        .filter((l) => l.channelId === channelId)
        .sort((a, b) => a.order - b.order)[0];
      order += 1;
      next = {
        ...next,
        budgetLines: [
          ...next.budgetLines,
          newRecord('budgetLines', doc.plan.id, {
            categoryId: first?.categoryId ?? null,
            channelId,
            item,
            plannedMinor: delta,
            notes: note,
            order,
          }),
        ],
      };
    } else {
      next = {
        ...next,
        channels: next.channels.map((c) =>
          c.id === channelId
            ? {
                ...c,
                plannedSpendMinor: (c.plannedSpendMinor ?? 0) + delta,
                notes: c.notes ? `${c.notes}\n${note}` : note,
              }
            : c,
        ),
      };
    }
  }
  return next;
}
