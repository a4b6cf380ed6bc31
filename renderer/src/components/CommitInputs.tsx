import {
  NumberInput,
  TextInput,
  Textarea,
  type NumberInputProps,
  type TextInputProps,
  type TextareaProps,
} from '@mantine/core';
import { useCallback, useLayoutEffect, useRef, type ChangeEvent, type KeyboardEvent } from 'react';
import { isValidIsoDate } from '../../../shared/domain';
import { useAppMessages, useFormat } from '../i18n';
import { useDraftField, type ReadResult } from './useDraftField';

/**
 * Fields that store what is typed half a second after the last keystroke, on blur and on Enter
 * (components/useDraftField): one field edit is one undo step, typing never waits for the
 * database, and leaving the page never loses a draft. Escape takes the edit back.
 */
type TextProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onCommit(value: string): void;
  /** Refuse empty text (restores the previous value). */
  isRequired?: boolean;
};

/** Enter ends the edit (stores it), Escape takes it back; both leave the field. */
export function editKeys(field: { cancel(): void }) {
  return (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && e.currentTarget instanceof HTMLInputElement) e.currentTarget.blur();
    if (e.key === 'Escape') {
      field.cancel();
      e.currentTarget.blur();
    }
  };
}

const ok = <T,>(value: T): ReadResult<T> => ({ ok: true, value });
const restore = { ok: false, message: null } as const;

/** A text field's draft (useDraftField) and the props that bind an input or a textarea to it. */
function useTextDraft(
  value: string,
  onCommit: (value: string) => void,
  read: (text: string) => ReadResult<string>,
) {
  const field = useDraftField<string>({ shown: value, read, isStored: (v) => v === value, store: onCommit });
  const bind = {
    value: field.draft,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      field.setDraft(e.currentTarget.value),
    onBlur: field.commit,
  };
  return { field, bind };
}

export function CommitTextInput({ value, onCommit, isRequired, ...rest }: TextProps) {
  const { field, bind } = useTextDraft(value, onCommit, (text) =>
    isRequired && text.trim() === '' ? restore : ok(text.trim()),
  );
  return <TextInput {...bind} onKeyDown={editKeys(field)} {...rest} />;
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
  const field = useDraftField<string>({
    shown: value,
    read: (text) => {
      const next = text.trim();
      if (next === '') return allowEmpty ? ok('') : restore;
      return check(next) ? ok(next) : { ok: false, message };
    },
    isStored: (v) => v === value,
    store: onCommit,
    onRefused: onInvalid,
  });
  const invalid = field.error !== null;
  return (
    <TextInput
      value={field.draft}
      error={invalid}
      aria-invalid={invalid}
      title={invalid ? message : title}
      onChange={(e) => field.setDraft(e.currentTarget.value)}
      onBlur={field.commit}
      onKeyDown={editKeys(field)}
      {...rest}
    />
  );
}

/**
 * A date typed as YYYY-MM-DD; light enough for every row of a long table (a plain text field, no
 * calendar popover — forms use IsoDateInput for that).
 */
export function CommitDateText({
  message,
  ...rest
}: CheckedProps & {
  /** The reason shown when the text is not a real YYYY-MM-DD date, in the UI's language. */
  message: string;
  /** Clearing the field stores '' (no date) instead of restoring the stored one. */
  allowEmpty?: boolean;
}) {
  return <CommitCheckedInput check={isValidIsoDate} message={message} placeholder="YYYY-MM-DD" {...rest} />;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A 24-hour HH:mm time; empty stores '' (no time). */
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
  const { field, bind } = useTextDraft(value, onCommit, ok);
  return (
    <Textarea
      {...bind}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          field.cancel();
          e.currentTarget.blur();
        }
      }}
      {...rest}
    />
  );
}

type NumberProps = Omit<NumberInputProps, 'value' | 'onChange'> & {
  value: number | null;
  /** Stores the value; returning false means the caller refused it and the field shows the stored value again. */
  onCommit(value: number | null): boolean | void;
};

/**
 * `n` rounded half away from zero to `digits` decimals, through its decimal text (12.34567 → 12.3457,
 * 1.005 → 1.01, where `Math.round(n * 100) / 100` gives 1).
 */
function roundTo(n: number, digits: number): number {
  const text = String(Math.abs(n));
  const scaled = text.includes('e') ? Math.abs(n) * 10 ** digits : Number(`${text}e${digits}`);
  const rounded = Math.round(scaled);
  return Math.sign(n) * (text.includes('e') ? rounded / 10 ** digits : Number(`${rounded}e-${digits}`));
}

/** What a number field takes as typed: digits, the decimal point, a sign, thousands commas, spaces. */
const NUMBER_CHAR = /[0-9.,+\-\s]/;

/**
 * The characters of `typed` a number field would drop without a word (Mantine's number format keeps
 * only digits, so "1e20" became 120); `suffix` (a typed "%") is no such character. A comma counts
 * only where the field groups thousands with it: elsewhere "1,5" would be read as 15.
 */
function droppedCharacters(typed: string, suffix: string, takesCommas: boolean): string {
  return [...typed]
    .filter((ch) => (!NUMBER_CHAR.test(ch) || (ch === ',' && !takesCommas)) && !suffix.includes(ch))
    .join('');
}

/**
 * A number; empty means null ("not set"). A number outside `min`–`max` is refused with the range
 * in words, like any text that does not read — not stored while typed and then clamped on blur
 * (a weight of 150 % stored for half a second, or turned into 100 % without a word).
 *
 * Decimals, one rule: a field keeps `decimalScale` decimals. More may be typed; what is stored is
 * the typed number rounded to them (half away from zero), and the field shows what is stored from
 * then on — a value stored with more decimals (an import) shows rounded the same way, and leaving
 * the field without typing stores nothing. Mantine's own decimalScale is not used: it cut the keys
 * past the scale, so "12.34567" was stored as 12.3456 without a word. `allowDecimal={false}` refuses
 * a decimal, saying so ("应为整数").
 */
export function CommitNumberInput({
  value,
  onCommit,
  min,
  max,
  suffix,
  allowDecimal,
  decimalScale,
  ...rest
}: NumberProps) {
  const m = useAppMessages();
  const f = useFormat();
  const bound = (n: number) => `${f.number(n, 4)}${suffix ?? ''}`;
  const kept = (n: number) => (decimalScale === undefined ? n : roundTo(n, decimalScale));
  const stored = value === null ? null : kept(value);
  // Characters typed in this edit that the field dropped ("e" of "1e20"): what is left ("120") is
  // not what was typed, so it is refused until the field is emptied, typed over whole or Escaped.
  const dropped = useRef('');
  const takesCommas = rest.thousandSeparator === ',' || rest.thousandSeparator === true;
  const field = useDraftField<number | null>({
    shown: stored === null ? '' : String(stored),
    read: (text) => {
      const c = m.common;
      if (dropped.current !== '') return { ok: false, message: c.notDigits(dropped.current) };
      const t = text.replace(/,/g, '').trim();
      if (t === '') return ok(null);
      const typed = Number(t);
      if (!Number.isFinite(typed)) return restore;
      const n = kept(typed);
      // A whole number field refuses "1.5" saying so. (Mantine's allowDecimal={false} swallowed
      // the "." key instead, so "1.5" was typed and stored as 15.)
      if (allowDecimal === false && !Number.isInteger(typed)) return { ok: false, message: c.wholeNumber };
      const low = min !== undefined && n < min;
      const high = max !== undefined && n > max;
      // Past 2^53 a number is not kept exactly (100000000000000000000 was stored as 1e20).
      if (!low && !high)
        return Math.abs(n) > Number.MAX_SAFE_INTEGER ? { ok: false, message: c.tooLargeNumber } : ok(n);
      // The range in words: both ends when it has both, else the one it has.
      const message =
        min !== undefined && max !== undefined
          ? c.between(bound(min), bound(max))
          : low
            ? c.atLeast(bound(min!))
            : c.atMost(bound(max!));
      return { ok: false, message };
    },
    isStored: (v) => v === stored,
    store: onCommit,
  });
  const latest = useRef(field);
  useLayoutEffect(() => {
    latest.current = field;
  });
  // The typed text before the number format filters it: a paste, a key, an input method's text.
  const watchTyping = useCallback(
    (input: HTMLInputElement | null) => {
      if (!input) return;
      const onBeforeInput = (e: InputEvent) => {
        const typed = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
        if (typed === '') return;
        const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
        const bad = droppedCharacters(typed, suffix === undefined ? '' : String(suffix), takesCommas);
        if (bad === '' && !whole) return;
        dropped.current = whole ? bad : dropped.current + bad;
        // Read again now: the dropped key may change nothing the format lets through.
        latest.current.setDraft(latest.current.draft);
      };
      input.addEventListener('beforeinput', onBeforeInput);
      return () => input.removeEventListener('beforeinput', onBeforeInput);
    },
    [suffix, takesCommas],
  );
  return (
    <NumberInput
      ref={watchTyping}
      // Only "." is a decimal point. Mantine also takes "," for one, so "12,000" typed key by key
      // read 12.000 and was stored as 12; a comma is the thousands separator planners type.
      allowedDecimalSeparators={['.']}
      value={field.draft}
      // Mantine reports the text again as a number when the field is left ("1.5" → 1.5), from the
      // render before an Escape: taken as typing, it put back the text Escape had just taken back.
      onChange={(v) => {
        if (String(v) === '') dropped.current = '';
        if (String(v) !== field.draft) field.setDraft(String(v));
      }}
      onBlur={field.commit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') dropped.current = '';
        editKeys(field)(e);
      }}
      min={min}
      max={max}
      suffix={suffix}
      clampBehavior="none"
      error={field.error}
      {...rest}
    />
  );
}

/**
 * A rate typed as a percentage (3.5), stored as a fraction (0.035). `decimalScale` (4 unless given)
 * counts the percentage's decimals: 12.34567 is stored as 0.123457 and then shows 12.3457 %.
 */
export function PercentInput({
  valueFraction,
  onCommitFraction,
  decimalScale = 4,
  ...rest
}: Omit<NumberProps, 'value' | 'onCommit'> & {
  valueFraction: number | null;
  onCommitFraction(v: number | null): void;
}) {
  return (
    <CommitNumberInput
      value={valueFraction === null ? null : roundTo(valueFraction * 100, decimalScale)}
      // The percentage arrives rounded to its decimals; the fraction takes two more.
      onCommit={(v) => onCommitFraction(v === null ? null : roundTo(v / 100, decimalScale + 2))}
      suffix="%"
      min={0}
      max={100}
      decimalScale={decimalScale}
      {...rest}
    />
  );
}
