import { useMemo } from 'react';
import { currencyMinorDigits, formatMoney } from '../../../../shared/budget/money';
import { formatMultiple } from '../../../../shared/i18n/locale';
import { languageOf, useLocale } from '../../i18n';
import { usePlanDoc } from '../../state/planStore';
import { useShowWan } from '../../state/settingsStore';

/**
 * Exact money formatting for the plan's currency (shared/budget/money.ts): Intl formats the
 * exact decimal string of the minor units, so no amount goes through a float on its way out.
 */
export function useMoney() {
  const doc = usePlanDoc();
  const locale = useLocale();
  const wan = useShowWan();
  const currency = doc.plan.currency;
  return useMemo(() => {
    const language = languageOf(locale);
    return {
      currency,
      locale,
      language,
      digits: currencyMinorDigits(currency),
      /** Amounts in tables and cards, in 万 when the planner chose it. */
      money: (minor: number) => formatMoney(minor, currency, locale, { wan }),
      /** Full precision, for inputs and tooltips. */
      exact: (minor: number) => formatMoney(minor, currency, locale),
      /**
       * Axis ticks: compact and approximate by nature (¥700万 / ¥7M), so a float is fine here —
       * it is never read back as money.
       */
      axis: (minor: number) =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          currencyDisplay: 'narrowSymbol',
          notation: 'compact',
          maximumFractionDigits: 1,
        }).format(minor / 10 ** currencyMinorDigits(currency)),
      percent: (fraction: number, digits = 1) =>
        new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(fraction),
      number: (n: number, digits = 2) =>
        new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n),
      /** 投产比 and other multiples: always two decimals, as everywhere else. */
      multiple: (x: number) => formatMultiple(x, locale),
    };
  }, [currency, locale, wan]);
}

export type MoneyFormat = ReturnType<typeof useMoney>;
