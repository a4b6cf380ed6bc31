/** The app's two locales; scheduling messages come in both. */
export type Locale = 'zh-CN' | 'en-US';

export function isChinese(locale: Locale): boolean {
  return locale === 'zh-CN';
}

/** "1 day" / "3 days" / "3 天". */
export function formatDays(days: number, locale: Locale): string {
  if (isChinese(locale)) return `${days} 天`;
  return Math.abs(days) === 1 ? `${days} day` : `${days} days`;
}
