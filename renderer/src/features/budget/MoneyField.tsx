import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { currencyMinorDigits, minorToDecimalString, parseMoneyInput } from '../../../../shared/budget/money';
import { useLanguage, useMessages } from '../../i18n';
import { budgetMessages } from './messages';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'error'> & {
  valueMinor: number | null;
  currency: string;
  onCommitMinor(minor: number | null): void;
  /** Empty text stores null; otherwise empty restores the value. */
  allowEmpty?: boolean;
  /** Refuse amounts below zero. */
  isNonNegative?: boolean;
};

/**
 * A money field that reads what planners type — "12000", "¥12,000", "1.2万" — exactly
 * (shared/budget/money.ts parseMoneyInput) and stores integer minor units on blur or Enter, one
 * undo step per edit. Text that is no amount is refused with a message and not stored.
 */
export function MoneyField({
  valueMinor,
  currency,
  onCommitMinor,
  allowEmpty,
  isNonNegative,
  ...rest
}: Props) {
  const language = useLanguage();
  const m = useMessages(budgetMessages);
  const digits = currencyMinorDigits(currency);
  const shown = valueMinor === null ? '' : groupThousands(minorToDecimalString(valueMinor, digits));
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(shown);
    setError(null);
  }, [shown]);
  const commit = () => {
    if (draft.trim() === '') {
      if (allowEmpty) {
        if (valueMinor !== null) onCommitMinor(null);
      } else setDraft(shown);
      setError(null);
      return;
    }
    const r = parseMoneyInput(draft, currency);
    if (!r.ok) {
      setError(r.message[language]);
      return;
    }
    if (isNonNegative && r.minor < 0) {
      setError(m.negativeAmount);
      return;
    }
    setError(null);
    setDraft(groupThousands(minorToDecimalString(r.minor, digits)));
    if (r.minor !== valueMinor) onCommitMinor(r.minor);
  };
  return (
    <TextInput
      value={draft}
      inputMode="decimal"
      error={error}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.currentTarget as HTMLInputElement).blur();
        if (e.key === 'Escape') {
          setDraft(shown);
          setError(null);
        }
      }}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
      {...rest}
    />
  );
}

/** "1234567.89" → "1,234,567.89": easier to read in a field, and parseMoneyInput takes it back. */
function groupThousands(decimal: string): string {
  const [whole = '', fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
