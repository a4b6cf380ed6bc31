import { useMemo } from 'react';
import { useLocaleValue, useShowWan } from '../state/settingsStore';
import { currencyMinorDigits, formatMoney } from '../../../shared/budget/money';
import { formatMultiple, languageOf, type Language, type Locale } from '../../../shared/i18n/locale';
import { appMessages, type AppMessages } from './messages';

// The one locale type and its helpers (shared/i18n/locale.ts), for components.
export { languageOf, listIn, plural, textIn, type Language, type Locale } from '../../../shared/i18n/locale';

/**
 * Strings live in typed objects, one per language: `defineMessages(zh, en)` type-checks that the
 * English object has exactly the keys of the Chinese one, so an incomplete translation does not
 * compile. Values may be functions for interpolation and plurals.
 */
export type Messages = Record<string, unknown>;
export interface MessageBundle<T extends Messages> {
  'zh-CN': T;
  'en-US': T;
}

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends Record<string, unknown>
      ? { [K in keyof T]: Widen<T[K]> }
      : T;

export function defineMessages<T extends Messages>(zh: T, en: Widen<T>): MessageBundle<Widen<T>> {
  return { 'zh-CN': zh as Widen<T>, 'en-US': en };
}

export function useLocale(): Locale {
  return useLocaleValue();
}

/** The open locale's language: the key to read a `LocalizedText` from shared/ with. */
export function useLanguage(): Language {
  return languageOf(useLocaleValue());
}

export function useMessages<T extends Messages>(bundle: MessageBundle<T>): T {
  return bundle[useLocaleValue()];
}

/** The app-wide strings (shell, library, plan editor). */
export function useAppMessages(): AppMessages {
  return useMessages(appMessages);
}

export function currencyDigits(currency: string): number {
  return currencyMinorDigits(currency);
}

export interface Formatters {
  locale: Locale;
  /** Formats integer minor units; `wan` shows 万 for large amounts when the planner chose it. */
  money(minor: number, currency: string, opts?: { wan?: boolean }): string;
  date(iso: string, style?: 'short' | 'long'): string;
  /** A moment (an ISO date-time such as a plan's last edit), in local time to the minute. */
  dateTime(isoDateTime: string): string;
  /** At most `maxDigits` decimals (2 unless given) — exactly that many when `fixed` — thousands grouped. */
  number(n: number, maxDigits?: number, opts?: { fixed?: boolean }): string;
  /** A multiple, always two decimals (shared/i18n/locale.ts formatMultiple): a chart's tick, a factor. */
  multiple(x: number): string;
  /**
   * A ratio such as 投产比, as docs/figures.md writes it wherever a planner reads one: the multiple
   * and the same as "1:x", "5.80 (1:5.80)". A goal's target, its forecast and actual, the derived
   * figures and the war room all write it so.
   */
  ratio(x: number): string;
  /**
   * A fraction as a percentage with at most `digits` decimals (1 unless given) — or exactly
   * `digits` when `fixed`, for a column of figures that must line up ("88.0%" under "93.8%").
   */
  percent(fraction: number, digits?: number, opts?: { fixed?: boolean }): string;
}

const intlCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/**
 * One Intl formatter per locale and options, made on first use and shared by every component:
 * constructing one is slow (the first in a page loads ICU's data, tens of milliseconds), and
 * every component that formats used to build its own set while rendering.
 */
function cachedIntl<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = intlCache.get(key) as T | undefined;
  if (!f) {
    f = make();
    intlCache.set(key, f);
  }
  return f;
}

const dateOptions: Record<'short' | 'long', Intl.DateTimeFormatOptions> = {
  short: { month: 'numeric', day: 'numeric', timeZone: 'UTC' },
  long: { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' },
};

export function makeFormatters(locale: Locale, showWan = false): Formatters {
  return {
    locale,
    money(minor, currency, opts) {
      // Exact: the decimal string is built from the integer, never through a float.
      return formatMoney(minor, currency, locale, { wan: opts?.wan ?? showWan });
    },
    date(iso, style = 'long') {
      const fmt = cachedIntl(
        `${locale} date ${style}`,
        () => new Intl.DateTimeFormat(locale, dateOptions[style]),
      );
      return fmt.format(new Date(`${iso}T00:00:00Z`));
    },
    dateTime(isoDateTime) {
      const fmt = cachedIntl(
        `${locale} dateTime`,
        () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
      );
      return fmt.format(new Date(isoDateTime));
    },
    number(n, maxDigits = 2, opts) {
      // Intl's own default is three decimals: "6.618" where two were asked for.
      const least = opts?.fixed ? maxDigits : 0;
      const fmt = cachedIntl(
        `${locale} number ${least}-${maxDigits}`,
        () =>
          new Intl.NumberFormat(locale, { minimumFractionDigits: least, maximumFractionDigits: maxDigits }),
      );
      return fmt.format(n);
    },
    multiple: (x) => formatMultiple(x, locale),
    ratio(x) {
      const m = formatMultiple(x, locale);
      return `${m} (1:${m})`;
    },
    percent(fraction, digits = 1, opts) {
      const least = opts?.fixed ? digits : 0;
      const fmt = cachedIntl(
        `${locale} percent ${least}-${digits}`,
        () =>
          new Intl.NumberFormat(locale, {
            style: 'percent',
            minimumFractionDigits: least,
            maximumFractionDigits: digits,
          }),
      );
      return fmt.format(fraction);
    },
  };
}

export function useFormat(): Formatters {
  const locale = useLocaleValue();
  const showWan = useShowWan();
  return useMemo(() => makeFormatters(locale, showWan), [locale, showWan]);
}
