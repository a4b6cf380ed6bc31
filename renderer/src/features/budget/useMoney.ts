import { useMemo } from 'react';
import { currencyMinorDigits, formatMoney } from '../../../../shared/budget/money';
import { languageOf, useFormat, useLocale } from '../../i18n';
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
  const f = useFormat();
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
      // Percentages, numbers and multiples as every other screen writes them (i18n's Formatters).
      percent: f.percent,
      number: f.number,
      multiple: f.multiple,
      ratio: f.ratio,
    };
  }, [currency, locale, wan, f]);
}

export type MoneyFormat = ReturnType<typeof useMoney>;
