import { addDays, type HourKey, type IsoDate, type PhaseKind, type Plan, type PlanDocument } from '../domain';
import { hourKey } from './hours';

/** What a day's profile is read from: the plan's kind and key dates, and the days set by hand. */
export interface ProfileSource {
  plan: Pick<Plan, 'type' | 'peakDate' | 'keyMoments'>;
  hourProfiles: PlanDocument['hourProfiles'];
}

/**
 * The target curve (docs/warroom.md): goals spread over the days by day shares and over each
 * day's hours by an hourly profile. Day shares are an input everywhere so the figures engine's
 * sales curve can replace `defaultDayShares` without touching the pacing.
 */

/** A 双11/618 peak day: the 00:00 opening and the 20:00 wave carry the day (sum 100). */
export const PEAK_DAY_PROFILE: readonly number[] = [
  20, 6, 3, 2, 1, 1, 1, 1, 2, 3, 4, 4, 4, 4, 3, 3, 3, 3, 3, 4, 10, 6, 5, 4,
];
/** An ordinary campaign day: the evening shape (sum 100). */
export const ORDINARY_DAY_PROFILE: readonly number[] = [
  2, 1, 1, 1, 0, 0, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 7, 9, 10, 8, 5,
];

/** Weight of a phase in the default day shares, by its kind. */
export const PHASE_KIND_WEIGHT: Record<PhaseKind, number> = {
  prep: 0,
  accumulate: 1,
  warmup: 1,
  openingWave: 4,
  burst: 6,
  encore: 1,
  review: 0,
  custom: 1,
};

export type DayShares = ReadonlyMap<IsoDate, number>;

/** Default day shares from the phases' kinds; a plan without phases spreads over its days evenly. */
export function defaultDayShares(doc: Pick<PlanDocument, 'phases' | 'plan'>): Map<IsoDate, number> {
  const shares = new Map<IsoDate, number>();
  const weighted = doc.phases.filter((p) => PHASE_KIND_WEIGHT[p.kind] > 0 && p.startDate <= p.endDate);
  const total = weighted.reduce((s, p) => s + PHASE_KIND_WEIGHT[p.kind], 0);
  if (total === 0) {
    const days: IsoDate[] = [];
    for (let d = doc.plan.startDate; d <= doc.plan.endDate; d = addDays(d, 1)) days.push(d);
    for (const d of days) shares.set(d, 1 / days.length);
    return shares;
  }
  for (const p of weighted) {
    const days: IsoDate[] = [];
    for (let d = p.startDate; d <= p.endDate; d = addDays(d, 1)) days.push(d);
    const each = PHASE_KIND_WEIGHT[p.kind] / total / days.length;
    for (const d of days) shares.set(d, (shares.get(d) ?? 0) + each);
  }
  return shares;
}

const PEAK_PLAN_TYPES = new Set(['double11', 'mid618', 'double12']);

/** True when the default profile of `date` is the peak day's (front-loaded at 00:00 and 20:00). */
export function isPeakProfileDay(doc: Pick<ProfileSource, 'plan'>, date: IsoDate): boolean {
  if (!PEAK_PLAN_TYPES.has(doc.plan.type)) return false;
  if (date === doc.plan.peakDate) return true;
  return doc.plan.keyMoments.some((m) => (m.kind === 'peak' || m.kind === 'firstWave') && m.date === date);
}

/** The 24 weights of a day as stored or defaulted, not normalised (what the editor shows). */
export function profileWeights(doc: ProfileSource, date: IsoDate): number[] {
  const own = doc.hourProfiles.find((p) => p.date === date);
  if (own) return own.weights.slice();
  return (isPeakProfileDay(doc, date) ? PEAK_DAY_PROFILE : ORDINARY_DAY_PROFILE).slice();
}

/** Share of the whole campaign goal that falls in each hour: day share × normalised profile. */
export function hourShares(
  doc: Pick<PlanDocument, 'plan' | 'hourProfiles'>,
  dayShares: DayShares,
): Map<HourKey, number> {
  const out = new Map<HourKey, number>();
  const dates = [...dayShares.keys()].sort();
  for (const date of dates) {
    const share = dayShares.get(date) ?? 0;
    const w = profileWeights(doc, date);
    const sum = w.reduce((s, x) => s + x, 0);
    for (let h = 0; h < 24; h++) out.set(hourKey(date, h), sum > 0 ? (share * w[h]!) / sum : share / 24);
  }
  return out;
}
