import type { Plan } from '../domain';
import { lastYearChoice } from '../review/baselines';

/** A pair the compare screen offers: last year's campaign (the reference) and this year's. */
export interface SuggestedComparison {
  earlier: Plan;
  later: Plan;
}

/**
 * "This 双11 against last 双11" without searching the picker (docs/compare.md, suggestions): every
 * plan whose last-year baseline default finds a plan (same template and platform, peak within 60
 * days of one year earlier — the rule of docs/baselines.md) makes a pair, the latest peaks first.
 */
export function suggestedComparisons(library: readonly Plan[], limit = 4): SuggestedComparison[] {
  const live = library.filter((p) => p.deletedAt === null);
  return live
    .flatMap((later) => {
      const earlier = lastYearChoice(later, live).preset;
      return earlier ? [{ earlier, later }] : [];
    })
    .sort(
      (a, b) => b.later.peakDate.localeCompare(a.later.peakDate) || a.later.name.localeCompare(b.later.name),
    )
    .slice(0, limit);
}
