import { newId, type IsoDate, type PlanDocument } from '../domain';
import type { hourProfileIdSchema } from '../domain/warroom';
import type { z } from 'zod';

type HourProfileId = z.infer<typeof hourProfileIdSchema>;

/** A day's 24 weights as percentages of the day (sum 100); an all-zero day is spread evenly. */
export function profilePercents(weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => (sum > 0 ? (w / sum) * 100 : 100 / weights.length));
}

/**
 * Sets one hour to `percent` of the day and scales the other hours so the day still sums to 100 %,
 * keeping their proportions; when they are all 0 they share the rest equally (docs/warroom.md,
 * "Editing a day's profile"). `percent` is held to 0–100.
 */
export function setHourPercent(weights: readonly number[], hour: number, percent: number): number[] {
  const p = Math.min(100, Math.max(0, percent));
  const now = profilePercents(weights);
  const others = now.reduce((s, w, h) => (h === hour ? s : s + w), 0);
  return now.map((w, h) => {
    if (h === hour) return p;
    return others > 0 ? (w * (100 - p)) / others : (100 - p) / (now.length - 1);
  });
}

/** The day's own profile, saved with the plan (replaces the template's for that day). */
export function setDayProfile(doc: PlanDocument, date: IsoDate, weights: readonly number[]): PlanDocument {
  const own = doc.hourProfiles.find((p) => p.date === date);
  return {
    ...doc,
    hourProfiles: own
      ? doc.hourProfiles.map((p) => (p === own ? { ...p, weights: [...weights] } : p))
      : [
          ...doc.hourProfiles,
          { id: newId<HourProfileId>(), planId: doc.plan.id, date, weights: [...weights] },
        ],
  };
}

/** Back to the template's profile for the day: the day's own profile is removed. */
export function resetDayProfile(doc: PlanDocument, date: IsoDate): PlanDocument {
  return { ...doc, hourProfiles: doc.hourProfiles.filter((p) => p.date !== date) };
}
