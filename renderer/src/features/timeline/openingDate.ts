import type { IsoDate } from '../../../../shared/domain';

/**
 * Where the timeline opens: today while the campaign runs (what the planner is working on now),
 * otherwise the peak day — before or after the campaign, that is the day everything hangs on.
 */
export function openingDate(
  plan: { startDate: IsoDate; endDate: IsoDate; peakDate: IsoDate },
  today: IsoDate,
): IsoDate {
  return today >= plan.startDate && today <= plan.endDate ? today : plan.peakDate;
}
