/**
 * The app's languages, declared once: every module that takes a locale, holds a text in both
 * languages or picks one of them uses these (docs/architecture.md §9).
 */

/** The two locales the app ships in, both complete. */
export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];

/** The language half of a locale: the key of a `LocalizedText`. */
export type Language = 'zh' | 'en';

/** A text in both languages: names, labels and messages that shared/ writes or returns. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en-US';
}

/** The one mapping from a locale to its language. */
export function languageOf(locale: Locale): Language {
  return locale === 'zh-CN' ? 'zh' : 'en';
}

/** A `LocalizedText` in the locale's language. */
export function textIn(text: LocalizedText, locale: Locale): string {
  return text[languageOf(locale)];
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The form of a counted phrase for `n`, chosen by the locale's plural rules (Intl.PluralRules):
 * `plural('en-US', n, { one: '1 day', other: `${n} days` })`. Chinese has no plural forms, so
 * `other` is always its form. A form the locale's rule names but `forms` lacks falls back to `other`.
 */
export function plural(
  locale: Locale,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return forms[rules.select(n)] ?? forms.other;
}

/**
 * A list of names in running text: "A、B、C" in Chinese, "A, B, C" in English. The one way to
 * join names a screen shows, so an English screen never shows Chinese list marks.
 */
export function listIn(locale: Locale, items: readonly string[]): string {
  return items.join(languageOf(locale) === 'zh' ? '、' : ', ');
}

const multipleFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * 投产比 (ROAS), a multiple, as docs/figures.md writes it: always two decimals ("5.80", "6.00",
 * "3.00") — the one form for the forecast, the review, the compare screen and the war room.
 */
export function formatMultiple(x: number, locale: Locale): string {
  let fmt = multipleFormats.get(locale);
  if (!fmt) {
    fmt = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    multipleFormats.set(locale, fmt);
  }
  return fmt.format(x);
}

/**
 * A table of names in both languages, written as two columns like a screen's `defineMessages(zh,
 * en)`: one record per language with the same keys (the compiler refuses a key missing from
 * either), read back as one `LocalizedText` per key in the Chinese column's order.
 */
export function labelTable<K extends string>(
  zh: Record<K, string>,
  en: NoInfer<Record<K, string>>,
): Record<K, LocalizedText> {
  const table = {} as Record<K, LocalizedText>;
  for (const key of Object.keys(zh) as K[]) table[key] = { zh: zh[key], en: en[key] };
  return table;
}

/** One language's column of a `labelTable`: what a screen's messages hold for that language. */
export function labelColumn<K extends string>(
  table: Record<K, LocalizedText>,
  language: Language,
): Record<K, string> {
  const column = {} as Record<K, string>;
  for (const key of Object.keys(table) as K[]) column[key] = table[key][language];
  return column;
}
