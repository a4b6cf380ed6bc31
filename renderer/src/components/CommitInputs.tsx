import { TextInput, Textarea, type TextInputProps, type TextareaProps } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { isValidIsoDate } from '../../../shared/domain';
import { editKeys } from './editKeys';
import { useDraftField, type ReadResult } from './useDraftField';

export { editKeys } from './editKeys';
export { CommitNumberInput, PercentInput } from './CommitNumberInput';

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
  /**
   * Why text that reads (a real date, an HH:mm) is still refused (a day outside the campaign), or
   * null. Refused like text that does not read: it stays as typed with the reason, nothing is stored.
   */
  problem?(value: string): string | null;
  /** Shows the reason under the field, as a number field does (else only as its title: a table row). */
  showReason?: boolean;
};

/** The reason text that does not read is refused: fixed, or worded from what was typed. */
type Reason = string | ((typed: string) => string);

/**
 * Plain text that must read a certain way before it is stored. The field shows exactly the stored
 * text, so a date reads YYYY-MM-DD and a time 24-hour HH:mm whatever the browser's language
 * (native date/time inputs format by the browser's locale, not the app's). A refused value — text
 * that does not read, or that `problem` refuses — stays in the field, marked invalid with the reason
 * as its title (and under it with `showReason`), until fixed or Escaped; nothing of it is stored.
 */
function CommitCheckedInput({
  value,
  onCommit,
  onInvalid,
  problem,
  showReason,
  check,
  message,
  allowEmpty,
  title,
  ...rest
}: CheckedProps & { check(v: string): boolean; message: Reason; allowEmpty?: boolean }) {
  const field = useDraftField<string>({
    shown: value,
    read: (text) => {
      const next = text.trim();
      if (next === '') return allowEmpty ? ok('') : restore;
      if (!check(next)) return { ok: false, message: typeof message === 'string' ? message : message(next) };
      const why = problem?.(next) ?? null;
      return why === null ? ok(next) : { ok: false, message: why };
    },
    isStored: (v) => v === value,
    store: onCommit,
    onRefused: onInvalid,
  });
  const invalid = field.error !== null;
  return (
    <TextInput
      value={field.draft}
      error={showReason ? field.error : invalid}
      aria-invalid={invalid}
      title={field.error ?? title}
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
  message: Reason;
  /** Clearing the field stores '' (no date) instead of restoring the stored one. */
  allowEmpty?: boolean;
}) {
  return <CommitCheckedInput check={isValidIsoDate} message={message} placeholder="YYYY-MM-DD" {...rest} />;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A 24-hour HH:mm time; empty stores '' (no time). */
export function CommitTimeText({ message, ...rest }: CheckedProps & { message: Reason }) {
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
