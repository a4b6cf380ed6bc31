import { Select, type SelectProps } from '@mantine/core';
import { choiceControl, type ChoiceProps } from './choiceControl';

/**
 * A field that always holds one of a fixed list of choices (a kind, a status, a level): it
 * cannot be emptied, and it hands back the choice typed as the list's own type.
 */
export function ChoiceSelect<T extends string>({
  value,
  choices,
  labels,
  onChange,
  ...rest
}: Omit<SelectProps, 'value' | 'data' | 'onChange' | 'allowDeselect'> & ChoiceProps<T>) {
  return (
    <Select
      size="xs"
      {...rest}
      {...choiceControl({ value, choices, labels, onChange })}
      allowDeselect={false}
    />
  );
}
