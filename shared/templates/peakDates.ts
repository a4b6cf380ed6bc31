import { addDays, dayOfWeek, type IsoDate } from '../domain';
import type { TemplateId } from './types';

/**
 * 春节 (first day of the lunar year) for the years a planner is likely to plan. The lunar calendar
 * cannot be computed from a simple rule, so it is a table; outside it no suggestion is made.
 */
const springFestival: Record<number, IsoDate> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

/** 年货节 peaks about three weeks before 春节, leaving time to ship before couriers stop. */
const NEW_YEAR_PEAK_BEFORE_SPRING_FESTIVAL = 21;

/** Black Friday: the day after the fourth Thursday of November. */
export function blackFridayOf(year: number): IsoDate {
  const first = `${year}-11-01`;
  const firstThursday = addDays(first, (4 - dayOfWeek(first) + 7) % 7);
  return addDays(firstThursday, 21 + 1);
}

/**
 * The usual peak day of a template in a year, for the "new plan" dialog to pre-fill; null when
 * the day is the brand's own choice (launches, member days) or the year is outside the table.
 */
export function suggestPeakDate(templateId: TemplateId, year: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
  switch (templateId) {
    case 'double11':
      return `${year}-11-11`;
    case 'mid618':
      return `${year}-06-18`;
    case 'blackFriday':
      return blackFridayOf(year);
    case 'newYear': {
      // 春节 falls between 21 January and 20 February, so the peak three weeks earlier is in the same year.
      const festival = springFestival[year] ?? null;
      if (festival === null) return null;
      return addDays(festival, -NEW_YEAR_PEAK_BEFORE_SPRING_FESTIVAL);
    }
    case 'newProduct':
    case 'memberDay':
      return null;
  }
}

/**
 * The peak the "new plan" dialog pre-fills: the template's usual peak day, the first one on or
 * after `today` (this year's when it is still ahead, else next year's). null when the template
 * has no usual day or the years are outside the tables. A peak that would put early tasks before
 * today is still offered; the dialog's past-start warning says so and offers a later one.
 */
export function nextPeakDate(templateId: TemplateId, today: IsoDate): IsoDate | null {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const peak = suggestPeakDate(templateId, y);
    if (peak !== null && peak >= today) return peak;
  }
  return null;
}
