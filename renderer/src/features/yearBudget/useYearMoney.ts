import { useMemo } from 'react';
import { formatMoney } from '../../../../shared/budget/money';
import { useLocale } from '../../i18n';
import { useShowWan } from '../../state/settingsStore';

/** The one money format (shared/budget/money.ts) for the year's currency, in 万 when chosen. */
export function useYearMoney(currency: string) {
  const locale = useLocale();
  const wan = useShowWan();
  return useMemo(
    () => ({
      money: (minor: number) => formatMoney(minor, currency, locale, { wan }),
      signed: (minor: number) => (minor > 0 ? '+' : '') + formatMoney(minor, currency, locale, { wan }),
      percent: (fraction: number) =>
        new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction),
    }),
    [currency, locale, wan],
  );
}

export type YearMoney = ReturnType<typeof useYearMoney>;
