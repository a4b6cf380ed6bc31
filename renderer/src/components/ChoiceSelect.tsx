import { Select, type SelectProps } from '@mantine/core';

type Props<T extends string> = Omit<SelectProps, 'value' | 'data' | 'onChange' | 'allowDeselect'> & {
  value: T;
  /** The choices in the order shown. */
  choices: readonly T[];
  /** Each choice's label in the current language (m.enums.x); by default the choice itself. */
  labels?: Readonly<Record<T, string>>;
  onChange(value: T): void;
};

/**
 * A field that always holds one of a fixed list of choices (a kind, a status, a level): it
 * cannot be emptied, and it hands back the choice typed as the list's own type.
 */
export function ChoiceSelect<T extends string>({ value, choices, labels, onChange, ...rest }: Props<T>) {
  return (
    <Select
      size="xs"
      {...rest}
      value={value}
      allowDeselect={false}
      data={choices.map((c) => ({ value: c, label: labels?.[c] ?? c }))}
      onChange={(v) => {
        const choice = choices.find((c) => c === v);
        if (choice !== undefined) onChange(choice);
      }}
    />
  );
}
