import {
  NumberInput,
  Textarea,
  TextInput,
  type NumberInputProps,
  type TextInputProps,
  type TextareaProps,
} from '@mantine/core';
import { useEffect, useState } from 'react';

/**
 * Text fields that store on blur or Enter, not on every keystroke: one edit is one undo step,
 * and typing never waits for the database.
 */
type TextProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onCommit(value: string): void;
  /** Refuse empty text (restores the previous value). */
  isRequired?: boolean;
};

export function CommitTextInput({ value, onCommit, isRequired, ...rest }: TextProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    const next = draft.trim();
    if (isRequired && next === '') {
      setDraft(value);
      return;
    }
    if (next !== value) onCommit(next);
  };
  return (
    <TextInput
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.currentTarget as HTMLInputElement).blur();
        if (e.key === 'Escape') {
          setDraft(value);
          (e.currentTarget as HTMLInputElement).blur();
        }
      }}
      {...rest}
    />
  );
}

type AreaProps = Omit<TextareaProps, 'value' | 'onChange'> & { value: string; onCommit(value: string): void };

export function CommitTextarea({ value, onCommit, ...rest }: AreaProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <Textarea
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => {
        if (draft !== value) onCommit(draft);
      }}
      {...rest}
    />
  );
}

type NumberProps = Omit<NumberInputProps, 'value' | 'onChange'> & {
  value: number | null;
  onCommit(value: number | null): void;
};

/** A number stored on blur; empty means null ("not set"). */
export function CommitNumberInput({ value, onCommit, ...rest }: NumberProps) {
  const [draft, setDraft] = useState<number | string>(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  return (
    <NumberInput
      value={draft}
      onChange={setDraft}
      onBlur={() => {
        const next = draft === '' ? null : Number(draft);
        if (next !== null && !Number.isFinite(next)) {
          setDraft(value ?? '');
          return;
        }
        if (next !== value) onCommit(next);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.currentTarget as HTMLInputElement).blur();
      }}
      {...rest}
    />
  );
}

/** Money typed in major units (元, dollars), stored as integer minor units. */
export function MoneyInput({
  valueMinor,
  onCommitMinor,
  digits,
  ...rest
}: Omit<NumberProps, 'value' | 'onCommit'> & {
  valueMinor: number | null;
  onCommitMinor(v: number | null): void;
  digits: number;
}) {
  const scale = 10 ** digits;
  return (
    <CommitNumberInput
      value={valueMinor === null ? null : valueMinor / scale}
      onCommit={(v) => onCommitMinor(v === null ? null : Math.round(v * scale))}
      decimalScale={digits}
      thousandSeparator=","
      {...rest}
    />
  );
}

/** A rate typed as a percentage (3.5), stored as a fraction (0.035). */
export function PercentInput({
  valueFraction,
  onCommitFraction,
  ...rest
}: Omit<NumberProps, 'value' | 'onCommit'> & {
  valueFraction: number | null;
  onCommitFraction(v: number | null): void;
}) {
  return (
    <CommitNumberInput
      value={valueFraction === null ? null : Math.round(valueFraction * 1e6) / 1e4}
      onCommit={(v) => onCommitFraction(v === null ? null : Math.round(v * 1e4) / 1e6)}
      suffix="%"
      min={0}
      max={100}
      decimalScale={4}
      {...rest}
    />
  );
}
