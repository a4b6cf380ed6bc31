import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';

type Props<T extends string> = Omit<SegmentedControlProps, 'value' | 'data' | 'onChange'> & {
  value: T;
  /** The choices in the order shown. */
  choices: readonly T[];
  /** Each choice's label in the current language. */
  labels: Readonly<Record<T, string>>;
  onChange(value: T): void;
};

/**
 * A few choices side by side, one always on (group the budget by, which period, which method):
 * ChoiceSelect's counterpart as a segmented control, handing back the choice as the list's type.
 */
export function ChoiceSegments<T extends string>({ value, choices, labels, onChange, ...rest }: Props<T>) {
  return (
    <SegmentedControl
      size="xs"
      {...rest}
      value={value}
      data={choices.map((c) => ({ value: c, label: labels[c] }))}
      onChange={(v) => {
        const choice = choices.find((c) => c === v);
        if (choice !== undefined) onChange(choice);
      }}
    />
  );
}
