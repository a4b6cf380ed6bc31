import { double11 } from './double11';
import type { CampaignTemplate } from './types';

export type * from './types';
export { pickText, type PlanLocale } from './text';

/** Every built-in template, in the order the "new plan" dialog lists them. */
export const templates: CampaignTemplate[] = [double11];

export function getTemplate(id: string): CampaignTemplate | undefined {
  return templates.find((t) => t.id === id);
}
