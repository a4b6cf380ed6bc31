import { addDays, type IsoDate } from '../domain';
import { getTemplate } from '../templates';

/** What a template's peak would put before today (docs/scheduling.md, "A template peak…"). */
export interface PastStartCheck {
  /** Tasks that would start before `today`. */
  count: number;
  /** The earliest peak at which no task starts before `today`: today − the earliest start offset. */
  earliestPeak: IsoDate;
}

/**
 * Checks a template's peak against today before the plan is made. null for an unknown template or
 * one without tasks. Pure: `today` comes from the caller.
 */
export function checkPastStarts(
  templateId: string,
  peakDate: IsoDate,
  today: IsoDate,
): PastStartCheck | null {
  const template = getTemplate(templateId);
  if (!template || template.tasks.length === 0) return null;
  let count = 0;
  let earliestOffset = Infinity;
  for (const task of template.tasks) {
    if (addDays(peakDate, task.startOffset) < today) count++;
    earliestOffset = Math.min(earliestOffset, task.startOffset);
  }
  return { count, earliestPeak: addDays(today, -earliestOffset) };
}
