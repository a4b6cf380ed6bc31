import {
  NumberInput,
  Textarea,
  TextInput,
  type NumberInputProps,
  type TextInputProps,
  type TextareaProps,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { isValidIsoDate } from '../../../shared/domain';

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

type CheckedProps = Omit<TextProps, 'isRequired' | 'onCommit'> & {
  /** Stores the value; returning false means the caller refused it and the field shows the stored value again. */
  onCommit(value: string): boolean | void;
  /** Told why typed text was refused (it stays in the field, marked red, and is not stored). */
  onInvalid?(message: string): void;
};

/**
 * Plain text that must read a certain way before it is stored. The field shows exactly the stored
 * text, so a date reads YYYY-MM-DD and a time 24-hour HH:mm whatever the browser's language
 * (native date/time inputs format by the browser's locale, not the app's). A refused value stays
 * in the field, marked invalid with the reason as its title, until fixed or Escaped.
 */
function CommitCheckedInput({
  value,
  onCommit,
  onInvalid,
  check,
  message,
  allowEmpty,
  title,
  ...rest
}: CheckedProps & { check(v: string): boolean; message: string; allowEmpty?: boolean }) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState(false);
  // Escape blurs the field to drop the draft; that blur must not store the draft it just dropped.
  const dropping = useRef(false);
  useEffect(() => {
    setDraft(value);
    setError(false);
  }, [value]);
  const commit = () => {
    if (dropping.current) {
      dropping.current = false;
      return;
    }
    const next = draft.trim();
    if (next === '' && !allowEmpty) {
      setDraft(value);
      setError(false);
      return;
    }
    if (next !== '' && !check(next)) {
      if (!error) onInvalid?.(message);
      setError(true);
      return;
    }
    setError(false);
    if (next !== value && onCommit(next) === false) setDraft(value);
  };
  return (
    <TextInput
      value={draft}
      error={error}
      aria-invalid={error}
      title={error ? message : title}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.currentTarget as HTMLInputElement).blur();
        if (e.key === 'Escape') {
          dropping.current = true;
          setDraft(value);
          setError(false);
          (e.currentTarget as HTMLInputElement).blur();
        }
      }}
      {...rest}
    />
  );
}

/**
 * A date typed as YYYY-MM-DD, stored on blur or Enter; light enough for every row of a long
 * table (a plain text field, no calendar popover — forms use IsoDateInput for that).
 */
export function CommitDateText({
  message,
  ...rest
}: CheckedProps & {
  /** The reason shown when the text is not a real YYYY-MM-DD date, in the UI's language. */
  message: string;
}) {
  return <CommitCheckedInput check={isValidIsoDate} message={message} placeholder="YYYY-MM-DD" {...rest} />;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A 24-hour HH:mm time stored on blur or Enter; empty stores '' (no time). */
export function CommitTimeText({ message, ...rest }: CheckedProps & { message: string }) {
  return (
    <CommitCheckedInput
      check={(v) => HH_MM.test(v)}
      message={message}
      allowEmpty
      placeholder="HH:mm"
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
