import { NumberInput, TextInput, type NumberInputProps } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLatest } from './useLatest';
import { flushSync } from 'react-dom';
import { useAppMessages, useFormat } from '../i18n';
import { editKeys } from './editKeys';
import { useDraftField, type ReadResult } from './useDraftField';

// No `vars`, `classNames` or `styles`: the same props draw the plain text field a refused entry shows in.
type NumberProps = Omit<NumberInputProps, 'value' | 'onChange' | 'vars' | 'classNames' | 'styles'> & {
  value: number | null;
  /** Stores the value; returning false means the caller refused it and the field shows the stored value again. */
  onCommit(value: number | null): boolean | void;
};

const ok = <T,>(value: T): ReadResult<T> => ({ ok: true, value });
const restore = { ok: false, message: null } as const;

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
 *
 * A refused entry shows as typed. Mantine's number format drops what is not a digit, so "1e2" read
 * "12" beside the message "“e”不是数字", as if 12 had been taken; a "-" in a field that takes no
 * negative number went the same way ("-5" stored as 5). Such a key turns the field into plain text
 * holding exactly what was typed ("1e2", "-5"), refused with its reason; it turns back into the
 * number field once the edit ends on the stored value (typed over and stored, or Escaped).
 */
export function CommitNumberInput({
  value,
  onCommit,
  min,
  max,
  suffix,
  allowDecimal,
  decimalScale,
  thousandSeparator,
  allowNegative,
  hideControls,
  step,
  ...rest
}: NumberProps) {
  const m = useAppMessages();
  const f = useFormat();
  const suffixText = suffix === undefined ? '' : String(suffix);
  const bound = (n: number) => `${f.number(n, 4)}${suffixText}`;
  const kept = (n: number) => (decimalScale === undefined ? n : roundTo(n, decimalScale));
  const stored = value === null ? null : kept(value);
  const shown = stored === null ? '' : String(stored);
  const takesCommas = thousandSeparator === ',' || thousandSeparator === true;
  // A field that takes no negative number refuses one with its lower bound, 0 unless it has one.
  const low = allowNegative === false ? Math.max(min ?? 0, 0) : min;
  // The field shows typed text as it is (a plain text input): it holds what the number format drops.
  const [asTyped, setAsTyped] = useState(false);
  const field = useDraftField<number | null>({
    shown,
    read: (text) => {
      const c = m.common;
      let t = text.trim();
      if (suffixText !== '' && t.endsWith(suffixText)) t = t.slice(0, -suffixText.length).trimEnd();
      const dropped = droppedCharacters(t, '', takesCommas);
      if (dropped !== '') return { ok: false, message: c.notDigits(dropped) };
      t = t.replace(/[,\s]/g, '');
      if (t === '') return ok(null);
      const typed = Number(t);
      // A sign or a point alone ("-") puts the stored value back; more that does not read ("1.2.3") is named.
      if (!Number.isFinite(typed))
        return /^[+-]?\.?$/.test(t) ? restore : { ok: false, message: c.notANumber(text.trim()) };
      const n = kept(typed);
      // A whole number field refuses "1.5" saying so. (Mantine's allowDecimal={false} swallowed
      // the "." key instead, so "1.5" was typed and stored as 15.)
      if (allowDecimal === false && !Number.isInteger(typed)) return { ok: false, message: c.wholeNumber };
      const isLow = low !== undefined && n < low;
      const isHigh = max !== undefined && n > max;
      // Past 2^53 a number is not kept exactly (100000000000000000000 was stored as 1e20).
      if (!isLow && !isHigh)
        return Math.abs(n) > Number.MAX_SAFE_INTEGER ? { ok: false, message: c.tooLargeNumber } : ok(n);
      // The range in words: both ends when it has both, else the one it has.
      const message =
        low !== undefined && max !== undefined
          ? c.between(bound(low), bound(max))
          : isLow
            ? c.atLeast(bound(low!))
            : c.atMost(bound(max!));
      return { ok: false, message };
    },
    isStored: (v) => v === stored,
    store: onCommit,
  });
  const latest = useLatest(field);

  // Where the caret goes in the plain text field, once it takes over from the number field.
  const caret = useRef<number | null>(null);
  const plainInput = useRef<HTMLInputElement | null>(null);
  useLayoutEffect(() => {
    const input = plainInput.current;
    if (!asTyped || input === null || caret.current === null) return;
    input.focus();
    input.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [asTyped]);
  const [plainFocused, setPlainFocused] = useState(false);
  // The edit ended on the stored value (stored, Escaped, or put back): the number field again.
  useEffect(() => {
    if (asTyped && !plainFocused && field.error === null && field.draft === shown) setAsTyped(false);
  }, [asTyped, plainFocused, field.error, field.draft, shown]);

  // The typed text before the number format filters it: a key, a paste, a drop, an input method's text.
  const watchTyping = useCallback(
    (input: HTMLInputElement | null) => {
      if (!input) return;
      const refusesAny = (typed: string) =>
        droppedCharacters(typed, suffixText, takesCommas) !== '' ||
        (allowNegative === false && typed.includes('-'));
      /** The field as it would read with `typed` in place of the selection, shown as typed. */
      const showAsTyped = (typed: string, start: number, end: number) => {
        const text = input.value.slice(0, start) + typed + input.value.slice(end);
        caret.current = start + typed.length;
        latest.current.setDraft(text);
        flushSync(() => setAsTyped(true));
      };
      const selection = () => {
        const start = input.selectionStart ?? input.value.length;
        return [start, input.selectionEnd ?? start] as const;
      };
      const onBeforeInput = (e: InputEvent) => {
        if (e.isComposing || e.inputType === 'insertCompositionText') return;
        const typed = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
        if (typed === '' || !refusesAny(typed)) return;
        e.preventDefault();
        showAsTyped(typed, ...selection());
      };
      // Mantine reads a paste itself (and would drop the letters): a paste that holds any is taken here.
      const onPaste = (e: ClipboardEvent) => {
        const typed = e.clipboardData?.getData('text/plain') ?? '';
        if (!refusesAny(typed)) return;
        e.preventDefault();
        e.stopPropagation();
        showAsTyped(typed, ...selection());
      };
      // An input method's text arrives whole when it is composed; the selection before it is where it goes.
      let before: { value: string; start: number; end: number } | null = null;
      const onCompositionStart = () => {
        const [start, end] = selection();
        before = { value: input.value, start, end };
      };
      const onCompositionEnd = (e: CompositionEvent) => {
        const was = before;
        before = null;
        if (was === null || !refusesAny(e.data)) return;
        const text = was.value.slice(0, was.start) + e.data + was.value.slice(was.end);
        caret.current = was.start + e.data.length;
        latest.current.setDraft(text);
        setAsTyped(true);
      };
      input.addEventListener('beforeinput', onBeforeInput);
      input.addEventListener('paste', onPaste);
      input.addEventListener('compositionstart', onCompositionStart);
      input.addEventListener('compositionend', onCompositionEnd);
      return () => {
        input.removeEventListener('beforeinput', onBeforeInput);
        input.removeEventListener('paste', onPaste);
        input.removeEventListener('compositionstart', onCompositionStart);
        input.removeEventListener('compositionend', onCompositionEnd);
      };
    },
    [suffixText, takesCommas, allowNegative, latest],
  );

  if (asTyped)
    return (
      <TextInput
        ref={plainInput}
        value={field.draft}
        onChange={(e) => field.setDraft(e.currentTarget.value)}
        onFocus={() => setPlainFocused(true)}
        onBlur={() => {
          setPlainFocused(false);
          field.commit();
        }}
        onKeyDown={editKeys(field)}
        error={field.error}
        {...rest}
      />
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
        if (String(v) !== field.draft) field.setDraft(String(v));
      }}
      onBlur={field.commit}
      onKeyDown={editKeys(field)}
      min={min}
      max={max}
      suffix={suffix}
      thousandSeparator={thousandSeparator}
      allowNegative={allowNegative}
      hideControls={hideControls}
      step={step}
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
