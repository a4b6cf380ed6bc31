import type { Phase } from '../domain';

/** A phase drawn as a tinted band behind a chart whose x axis is a list of dates. */
export interface PhaseBand {
  label: string;
  color: string;
  /** Inclusive indices into the chart's `labels`. */
  fromIndex: number;
  toIndex: number;
}

/**
 * The phases that overlap the axis `dates` (consecutive days), clipped to it, in the order they
 * start (then the planner's order), which is the order their names are laid out left to right.
 * The budget's spend curve and the review's daily trend both use it.
 */
export function phaseBandsOver(dates: readonly string[], phases: readonly Phase[]): PhaseBand[] {
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return [];
  const index = new Map(dates.map((d, i) => [d, i]));
  const bands: PhaseBand[] = [];
  const ordered = [...phases].sort((a, b) =>
    a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.order - b.order,
  );
  for (const phase of ordered) {
    if (phase.endDate < first || phase.startDate > last) continue;
    const fromIndex = index.get(phase.startDate < first ? first : phase.startDate);
    const toIndex = index.get(phase.endDate > last ? last : phase.endDate);
    if (fromIndex !== undefined && toIndex !== undefined) {
      bands.push({ label: phase.name, color: phase.color, fromIndex, toIndex });
    }
  }
  return bands;
}
