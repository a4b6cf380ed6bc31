import { TextInput, type TextInputProps } from '@mantine/core';
import { formatMinorForInput, parseMoneyInput } from '../../../shared/budget/money';
import { languageOf, useAppMessages, useLocale } from '../i18n';
import { editKeys } from './CommitInputs';
import { useDraftField } from './useDraftField';

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
 * The one money field. It reads what planners type — "12000", "¥12,000", "1.2万", "(300)" —
 * exactly, through the importer's own reader (shared/budget/money.ts parseMoneyInput, no float
 * on the way), and stores integer minor units as it is typed (components/useDraftField). Text
 * that is no amount is refused with a message and not stored.
 */
export function MoneyInput({
  valueMinor,
  currency,
  onCommitMinor,
  allowEmpty,
  isNonNegative,
  ...rest
}: Props) {
  const locale = useLocale();
  const m = useAppMessages();
  const field = useDraftField<number | null>({
    shown: valueMinor === null ? '' : formatMinorForInput(valueMinor, currency),
    read: (text) => {
      if (text.trim() === '') return allowEmpty ? { ok: true, value: null } : { ok: false, message: null };
      const r = parseMoneyInput(text, currency);
      if (!r.ok) return { ok: false, message: r.message[languageOf(locale)] };
      if (isNonNegative && r.minor < 0) return { ok: false, message: m.common.amountNegative };
      return { ok: true, value: r.minor };
    },
    isStored: (v) => v === valueMinor,
    store: onCommitMinor,
  });
  return (
    <TextInput
      value={field.draft}
      inputMode="decimal"
      error={field.error}
      onChange={(e) => field.setDraft(e.currentTarget.value)}
      onBlur={field.commit}
      onKeyDown={editKeys(field)}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
      {...rest}
    />
  );
}
