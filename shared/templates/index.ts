import { double11 } from './double11';
import { mid618 } from './mid618';
import { blackFriday } from './blackFriday';
import { newYear } from './newYear';
import { newProduct } from './newProduct';
import { memberDay } from './memberDay';
import type { CampaignTemplate } from './types';

export type * from './types';
export { suggestPeakDate, blackFridayOf, nextPeakDate } from './peakDates';

/** Every built-in template, in the order the "new plan" dialog lists them. */
export const templates: CampaignTemplate[] = [double11, mid618, blackFriday, newYear, newProduct, memberDay];

export function getTemplate(id: string): CampaignTemplate | undefined {
  return templates.find((t) => t.id === id);
}
