import type { ReactNode } from 'react';
import { ChoiceSelect } from './ChoiceSelect';
import { CommitTextInput, PercentInput } from './CommitInputs';
import { IsoDateInput } from './IsoDateInput';
import { MoneyInput } from './MoneyInput';
import type { RecordColumn } from './RecordList';

/** The fields of R that hold a V (and nothing wider). */
export type FieldOf<R, V> = {
  [F in keyof R]-?: [R[F]] extends [V] ? ([V] extends [R[F]] ? F : never) : never;
}[keyof R];

/**
 * The columns a RecordTable is made of, each editing one field of its row's record through the
 * list's `set` (one undo step per field edit); every cell's accessible name is its header.
 */
export function recordColumns<R extends { id: string }>(set: (id: string, patch: Partial<R>) => void) {
  const store = (r: R, field: keyof R) => (value: unknown) => set(r.id, { [field]: value } as Partial<R>);
  const column = (header: string, width: number | undefined, cell: (r: R) => ReactNode): RecordColumn<R> => ({
    header,
    width,
    cell,
  });
  return {
    /** Any other cell: the header, its width and what one record's cell shows. */
    custom: column,
    /**
     * Free text; `isRequired` refuses an empty value (the stored text comes back). The whole
     * text is the cell's tooltip: a name or a sentence can be longer than its column.
     */
    text: (field: FieldOf<R, string>, header: string, opts: { width?: number; isRequired?: boolean } = {}) =>
      column(header, opts.width, (r) => (
        <CommitTextInput
          size="xs"
          value={r[field] as string}
          isRequired={opts.isRequired}
          onCommit={store(r, field)}
          aria-label={header}
          title={r[field] as string}
        />
      )),
    /** A `YYYY-MM-DD` date; a field that may be empty is `clearable`, any other keeps its date. */
    date: (
      field: FieldOf<R, string> | FieldOf<R, string | null>,
      header: string,
      opts: { width: number; clearable?: boolean; error?(r: R): string | undefined },
    ) =>
      column(header, opts.width, (r) => (
        <IsoDateInput
          size="xs"
          value={r[field] as string | null}
          clearable={opts.clearable}
          onChange={(v) => (opts.clearable || v) && store(r, field)(v)}
          aria-label={header}
          error={opts.error?.(r)}
        />
      )),
    /** One of a fixed list of choices (a kind, a category), with their labels. */
    choice: <T extends string>(
      field: FieldOf<R, T>,
      header: string,
      choices: readonly T[],
      labels: Readonly<Record<T, string>>,
      width: number,
    ) =>
      column(header, width, (r) => (
        <ChoiceSelect
          value={r[field] as T}
          choices={choices}
          labels={labels}
          onChange={store(r, field)}
          aria-label={header}
        />
      )),
    /** A rate typed in percent, stored as a fraction (or empty). */
    percent: (field: FieldOf<R, number | null>, header: string, width: number) =>
      column(header, width, (r) => (
        <PercentInput
          size="xs"
          valueFraction={r[field] as number | null}
          onCommitFraction={store(r, field)}
          aria-label={header}
        />
      )),
    /** An amount in minor units of `currency`, never negative (or empty). */
    money: (field: FieldOf<R, number | null>, header: string, width: number, currency: string) =>
      column(header, width, (r) => (
        <MoneyInput
          size="xs"
          valueMinor={r[field] as number | null}
          currency={currency}
          allowEmpty
          isNonNegative
          onCommitMinor={store(r, field)}
          aria-label={header}
        />
      )),
  };
}
