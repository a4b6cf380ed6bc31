import { ChoiceSelect } from './ChoiceSelect';
import { CommitTextInput } from './CommitInputs';
import type { FieldOf } from './recordColumns';

/**
 * The labelled fields of one record shown as a card (a goal, a risk), each storing one field of
 * `record` through the list's `set` (one undo step per field edit) — the card's counterpart of
 * recordColumns' table cells.
 */
export function recordFields<R extends { id: string }>(
  record: R,
  set: (id: string, patch: Partial<R>) => void,
) {
  const store = (field: keyof R) => (value: unknown) => set(record.id, { [field]: value } as Partial<R>);
  return {
    /** Free text; `title` shows the whole of a value longer than its field. */
    text: (field: FieldOf<R, string>, label: string, opts: { title?: string } = {}) => (
      <CommitTextInput
        size="xs"
        label={label}
        value={record[field] as string}
        onCommit={store(field)}
        {...opts}
      />
    ),
    /** One of a fixed list of choices, with their labels. */
    choice: <T extends string>(
      field: FieldOf<R, T>,
      label: string,
      choices: readonly T[],
      labels: Readonly<Record<T, string>>,
      opts: { 'data-testid'?: string } = {},
    ) => (
      <ChoiceSelect
        label={label}
        value={record[field] as T}
        choices={choices}
        labels={labels}
        onChange={store(field)}
        {...opts}
      />
    ),
  };
}
