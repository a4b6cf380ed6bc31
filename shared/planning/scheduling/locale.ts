import { languageOf, plural, type Locale } from '../../i18n/locale';

/** Scheduling messages come in both languages; this says which one to write. */
export function isChinese(locale: Locale): boolean {
  return languageOf(locale) === 'zh';
}

/** "1 day" / "3 days" / "3 天". */
export function formatDays(days: number, locale: Locale): string {
  if (isChinese(locale)) return `${days} 天`;
  return plural(locale, days, { one: `${days} day`, other: `${days} days` });
}
