import type { LocalizedText } from './types';

/** The two languages the app ships in. */
export type PlanLocale = 'zh-CN' | 'en-US';

/** The template text in the plan's language: plans store plain text the planner then edits. */
export function pickText(text: LocalizedText, locale: PlanLocale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}
