import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import { choiceControl, type ChoiceProps } from './choiceControl';

/**
 * A few choices side by side, one always on (group the budget by, which period, which method):
 * ChoiceSelect's counterpart as a segmented control.
 */
export function ChoiceSegments<T extends string>({
  value,
  choices,
  labels,
  onChange,
  ...rest
}: Omit<SegmentedControlProps, 'value' | 'data' | 'onChange'> & ChoiceProps<T>) {
  return <SegmentedControl size="xs" {...rest} {...choiceControl({ value, choices, labels, onChange })} />;
}
